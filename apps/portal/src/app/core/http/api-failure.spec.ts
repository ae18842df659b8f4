import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { ProblemDetails } from '@skema/contracts';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { describeApiFailure, toApiFailure } from './api-failure';

const problem: ProblemDetails = {
  type: 'https://skema.example/problems/deadline-passed',
  title: 'Deadline passed',
  status: 409,
  detail: 'Afati i fundit i kësaj thirrjeje ka kaluar.',
  code: 'deadline_passed',
};

describe('toApiFailure', () => {
  it('recognises problem details and keeps the translated detail', () => {
    const failure = toApiFailure(new HttpErrorResponse({ status: 409, error: problem }));

    expect(failure).toEqual({ kind: 'problem', status: 409, problem });
  });

  it('calls a request that never got an answer unreachable', () => {
    expect(toApiFailure(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }))).toEqual({
      kind: 'unreachable',
    });
  });

  it.each([
    [504, '<html>Gateway Timeout</html>'],
    [500, ''], // the dev-server proxy when nothing listens on :3000
  ])('calls a %s without problem details unreachable: the API behind the proxy is down', (status, body) => {
    expect(toApiFailure(new HttpErrorResponse({ status, error: body }))).toEqual({ kind: 'unreachable' });
  });

  it('keeps a server error the API itself described', () => {
    const internal = { ...problem, status: 500, code: 'internal_error', detail: 'Ndodhi një gabim në server.' };
    expect(toApiFailure(new HttpErrorResponse({ status: 500, error: internal }))).toEqual({
      kind: 'problem',
      status: 500,
      problem: internal,
    });
  });

  it('reports any other answer as unexpected, with its status', () => {
    expect(toApiFailure(new HttpErrorResponse({ status: 404, error: '<html>Not Found</html>' }))).toEqual({
      kind: 'unexpected',
      status: 404,
    });
  });

  it('reports a failure that is not HTTP as unexpected, without a status', () => {
    expect(toApiFailure(new TypeError('boom'))).toEqual({ kind: 'unexpected', status: null });
  });
});

describe('describeApiFailure', () => {
  let transloco: TranslocoService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] });
    transloco = TestBed.inject(TranslocoService);
  });

  it("quotes the API's own detail", () => {
    expect(describeApiFailure({ kind: 'problem', status: 409, problem }, transloco)).toBe(problem.detail);
  });

  it('explains an unreachable API in the active language', () => {
    expect(describeApiFailure({ kind: 'unreachable' }, transloco)).toContain('nuk arrin të lidhet me serverin');
    transloco.setActiveLang('en');
    expect(describeApiFailure({ kind: 'unreachable' }, transloco)).toBe(
      'Skema cannot reach the server. Check your internet connection and try again.',
    );
  });

  it('gives the status of an unexpected answer', () => {
    expect(describeApiFailure({ kind: 'unexpected', status: 418 }, transloco)).toContain('(kodi 418)');
  });
});
