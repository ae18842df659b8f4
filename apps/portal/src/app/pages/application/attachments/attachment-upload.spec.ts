import { HttpEventType, HttpHeaders, HttpResponse, HttpXhrBackend } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { RequiredAttachmentDto } from '@skema/contracts';
import { acceptAttribute, fileProblem, uploadPercent } from './attachment-upload';
import { UPLOAD_BACKEND } from './upload-http';

const statute: RequiredAttachmentDto = {
  key: 'statute',
  name: { sq: 'Statuti', en: 'Statute' },
  acceptedTypes: ['pdf', 'jpg'],
  maxSizeBytes: 1_000,
};

describe('attachment uploads', () => {
  it('reads progress as a whole percentage', () => {
    expect(uploadPercent({ type: HttpEventType.UploadProgress, loaded: 333, total: 1_000 })).toBe(33);
    expect(uploadPercent({ type: HttpEventType.UploadProgress, loaded: 1_000, total: 1_000 })).toBe(100);
    expect(uploadPercent({ type: HttpEventType.UploadProgress, loaded: 10 })).toBeNull();
    expect(uploadPercent(new HttpResponse({ status: 201, headers: new HttpHeaders() }))).toBeNull();
  });

  it('offers the accepted types in the file picker', () => {
    expect(acceptAttribute(['pdf', 'jpg'])).toBe('.pdf,.jpg,.jpeg');
  });

  it('refuses before sending what is too large or not of an accepted type', () => {
    expect(fileProblem({ name: 'statuti.PDF', size: 1_000 }, statute)).toBeNull();
    expect(fileProblem({ name: 'foto.jpeg', size: 10 }, statute)).toBeNull();
    expect(fileProblem({ name: 'statuti.pdf', size: 1_001 }, statute)).toEqual({
      kind: 'too_large',
      maxSizeBytes: 1_000,
    });
    expect(fileProblem({ name: 'statuti.docx', size: 10 }, statute)).toEqual({ kind: 'wrong_type' });
    expect(fileProblem({ name: 'statuti', size: 10 }, statute)).toEqual({ kind: 'wrong_type' });
  });
});

describe('UPLOAD_BACKEND', () => {
  it('is XMLHttpRequest, the backend that reports upload progress', () => {
    expect(TestBed.inject(UPLOAD_BACKEND)).toBeInstanceOf(HttpXhrBackend);
  });
});
