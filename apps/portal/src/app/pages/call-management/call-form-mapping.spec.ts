import { PRAG_FULL_APPLICATION_GRID } from '@skema/contracts';
import { validateGrid } from '@skema/domain';
import { FormControl } from '@angular/forms';
import { formPathOfField, sectionOfField } from './call-field-paths';
import { gapPercent } from './call-form';
import {
  type AmendFormValue,
  type CallFormValue,
  amendFormFromDto,
  amendmentRequest,
  callFormFromDto,
  callRequestFromForm,
  gridFromForm,
  gridToForm,
  newCallForm,
} from './call-form-mapping';
import { callDto } from './call-management.testing';
import {
  eurToCents,
  formatHundredths,
  isoToTiraneLocal,
  keyFromText,
  mebibytesToBytes,
  percentToBasisPoints,
  tiraneLocalToIso,
} from './typed-values';

describe('money and shares typed as text', () => {
  it('converts euro to cents exactly, where float arithmetic would not', () => {
    expect(eurToCents('1234.56')).toBe(123_456);
    expect(eurToCents('1234,56')).toBe(123_456);
    expect(eurToCents('1 234,5')).toBe(123_450);
    expect(eurToCents('0.29')).toBe(29); // 0.29 × 100 = 28.999999999999996 in floats
    expect(eurToCents('1.13')).toBe(113); // 1.13 × 100 = 112.99999999999999
    expect(eurToCents('60000')).toBe(6_000_000);
    expect(eurToCents('100000000')).toBe(10_000_000_000);
  });

  it('refuses what is not an amount with at most 2 decimals', () => {
    for (const text of ['', '12.345', '-5', '1e5', 'abc', '1.234,56', '12.', '.5']) expect(eurToCents(text)).toBeNull();
  });

  it('reads a percentage as basis points and writes hundredths back', () => {
    expect(percentToBasisPoints('90')).toBe(9_000);
    expect(percentToBasisPoints('87.5')).toBe(8_750);
    expect(formatHundredths(123_456)).toBe('1234.56');
    expect(formatHundredths(123_450, ',')).toBe('1234,50');
    expect(formatHundredths(6_000_000)).toBe('60000');
    expect(formatHundredths(5)).toBe('0.05');
  });

  it('reads file sizes in mebibytes', () => {
    expect(mebibytesToBytes('25')).toBe(25 * 1024 * 1024);
    expect(mebibytesToBytes('0.5')).toBe(512 * 1024);
  });
});

describe('Tirana wall-clock times', () => {
  it('converts a datetime-local value to the instant in Tirana, summer or winter', () => {
    expect(tiraneLocalToIso('2027-01-31T12:00')).toBe('2027-01-31T11:00:00.000Z');
    expect(tiraneLocalToIso('2027-07-15T12:00')).toBe('2027-07-15T10:00:00.000Z');
    expect(tiraneLocalToIso('2027-02-30T12:00')).toBeNull();
    expect(tiraneLocalToIso('')).toBeNull();
  });

  it('shows an instant back as the clock in Tirana reads it', () => {
    expect(isoToTiraneLocal('2027-01-31T11:00:00.000Z')).toBe('2027-01-31T12:00');
  });
});

describe('keys', () => {
  it('are made from a text, without Albanian marks, unique in their list', () => {
    expect(keyFromText('Statuti i organizatës')).toBe('statuti-i-organizates');
    expect(keyFromText('Çertifikata', new Set(['certifikata']))).toBe('certifikata-2');
    expect(keyFromText('  —  ', new Set(), 'document')).toBe('document');
  });
});

describe('the evaluation grid', () => {
  it('round-trips the PRAG grid with maxima computed from the criteria', () => {
    const grid = gridFromForm(gridToForm(PRAG_FULL_APPLICATION_GRID));
    expect(grid).toEqual(PRAG_FULL_APPLICATION_GRID);
    expect(validateGrid(grid!)).toEqual([]);
  });

  it('recomputes section maxima and the total when a criterion changes', () => {
    const form = gridToForm(PRAG_FULL_APPLICATION_GRID);
    form.sections[0].criteria[0].weight = 2;
    const grid = gridFromForm(form)!;
    expect(grid.sections[0].maxScore).toBe(25);
    expect(grid.maxScore).toBe(105);
  });

  it('is null without sections', () => {
    expect(gridFromForm({ passThreshold: null, sections: [] })).toBeNull();
  });
});

describe('the create request', () => {
  function filledForm(): CallFormValue {
    return {
      ...newCallForm(),
      title: { sq: ' Thirrja e parë 2027 ', en: 'First call 2027' },
      text: { sq: 'Tekst', en: 'Text' },
      opensAt: '2027-01-10T09:00',
      deadline: '2027-03-01T12:00',
      totalBudget: '300000',
      minGrant: '10000',
      maxGrant: '60000.50',
      maxCofinancingShare: '90',
      lots: [
        { regionCode: 'TIR', included: true, envelope: '100000' },
        { regionCode: 'KUK', included: false, envelope: '5' },
        { regionCode: 'DIB', included: true, envelope: '75000,25' },
        { regionCode: 'SAR', included: false, envelope: '' },
      ],
      eligibility: [
        { key: '', text: { sq: 'E regjistruar në Shqipëri', en: 'Registered in Albania' } },
        { key: '', text: { sq: 'E regjistruar', en: 'Registered in Albania' } },
      ],
      requiredAttachments: [{ key: '', name: { sq: 'Statuti', en: 'Statute' }, acceptedTypes: ['pdf', 'docx'], maxSizeMb: '10' }],
    };
  }

  it('sends cents, basis points, instants, the ticked lots only and generated keys', () => {
    const request = callRequestFromForm(filledForm());
    expect(request).toMatchObject({
      title: { sq: 'Thirrja e parë 2027', en: 'First call 2027' },
      opensAt: '2027-01-10T08:00:00.000Z',
      deadline: '2027-03-01T11:00:00.000Z',
      totalBudgetCents: 30_000_000,
      minGrantCents: 1_000_000,
      maxGrantCents: 6_000_050,
      maxCofinancingShareBp: 9_000,
      minDurationMonths: 6,
      maxDurationMonths: 18,
      lots: [
        { regionCode: 'TIR', envelopeCents: 10_000_000 },
        { regionCode: 'DIB', envelopeCents: 7_500_025 },
      ],
      requiredAttachments: [{ key: 'statute', acceptedTypes: ['pdf', 'docx'], maxSizeBytes: 10_485_760 }],
    });
    expect(request.eligibility?.map((item) => item.key)).toEqual(['registered-in-albania', 'registered-in-albania-2']);
    expect(request.grid?.maxScore).toBe(100);
  });

  it('survives a round trip through the API shape', () => {
    const call = callDto();
    const form = callFormFromDto(call);
    expect(form.lots.map((lot) => [lot.regionCode, lot.included, lot.envelope])).toEqual([
      ['TIR', true, '100000'],
      ['KUK', true, '75000.50'],
      ['DIB', false, ''],
      ['SAR', false, ''],
    ]);
    const request = callRequestFromForm(form);
    const { id: _id, reference: _r, status: _s, lots, publishedAt: _p, closedAt: _c, ...afterClosed } = call;
    const { createdAt: _ca, updatedAt: _u, version: _v, resultsPublishedAt: _rp, ...rest } = afterClosed;
    expect(request).toEqual({ ...rest, lots: lots.map(({ regionCode, envelopeCents }) => ({ regionCode, envelopeCents })) });
  });

  it('carries the divergence gap as basis points of the grid maximum, 20% by default', () => {
    expect(newCallForm().divergenceGap).toBe('20');
    expect(callRequestFromForm(newCallForm()).divergenceGapBp).toBe(2_000);
    expect(callRequestFromForm({ ...newCallForm(), divergenceGap: '12,5' }).divergenceGapBp).toBe(1_250);
    expect(callFormFromDto(callDto({ divergenceGapBp: 1_550 }), ',').divergenceGap).toBe('15,50');
    const valid = (text: string) => gapPercent(new FormControl(text)) === null;
    expect(['0', '20', '12.5', '100'].every(valid)).toBe(true);
    expect(['100.01', '-1', '20.125', 'twenty'].some(valid)).toBe(false);
  });
});

describe('the amendment request', () => {
  const call = callDto({ status: 'published', version: 7 });

  function amended(change: (value: AmendFormValue) => void): AmendFormValue {
    const value = amendFormFromDto(call);
    value.reason = { sq: 'Afati zgjatet me dy javë', en: 'The deadline moves by two weeks' };
    change(value);
    return value;
  }

  it('holds the version, the reason and only what changed', () => {
    const request = amendmentRequest(
      call,
      amended((value) => {
        value.deadline = '2027-02-14T12:00';
        value.lots[1].envelope = '80000';
      }),
    );
    expect(request).toEqual({
      version: 7,
      reason: { sq: 'Afati zgjatet me dy javë', en: 'The deadline moves by two weeks' },
      deadline: '2027-02-14T11:00:00.000Z',
      lots: [
        { regionCode: 'TIR', envelopeCents: 10_000_000 },
        { regionCode: 'KUK', envelopeCents: 8_000_000 },
      ],
    });
  });

  it('sends the grid and texts only when they differ', () => {
    expect(Object.keys(amendmentRequest(call, amended(() => undefined)))).toEqual(['version', 'reason']);
    const request = amendmentRequest(
      call,
      amended((value) => {
        value.grid.sections[4].criteria[1].weight = 1;
        value.grid.sections[3].criteria[0].weight = 2;
        value.title.en = 'Employment for survivors (amended)';
      }),
    );
    expect(request.title).toEqual({ sq: call.title.sq, en: 'Employment for survivors (amended)' });
    expect(request.grid?.sections.map((s) => s.maxScore)).toEqual([20, 30, 20, 20, 10]);
    expect(request.text).toBeUndefined();
  });
});

describe('API field paths', () => {
  const lots = [{ included: false }, { included: true }, { included: false }, { included: true }];

  it('map onto form controls, lots counted among the regions ticked', () => {
    expect(formPathOfField('totalBudgetCents', lots)).toBe('totalBudget');
    expect(formPathOfField('maxCofinancingShareBp', lots)).toBe('maxCofinancingShare');
    expect(formPathOfField('divergenceGapBp', lots)).toBe('divergenceGap');
    expect(formPathOfField('lots.1.envelopeCents', lots)).toBe('lots.3.envelope');
    expect(formPathOfField('lots.0.regionCode', lots)).toBe('lots.1.included');
    expect(formPathOfField('requiredAttachments.2.maxSizeBytes', lots)).toBe('requiredAttachments.2.maxSizeMb');
    expect(formPathOfField('grid.sections.1.criteria.0.weight', lots)).toBe('grid.sections.1.criteria.0.weight');
    expect(formPathOfField('title.sq', lots)).toBe('title.sq');
  });

  it('name the part of the form they belong to', () => {
    expect(sectionOfField('deadline')).toBe('basics');
    expect(sectionOfField('maxGrantCents')).toBe('money');
    expect(sectionOfField('lots')).toBe('lots');
    expect(sectionOfField('grid.maxScore')).toBe('grid');
    expect(sectionOfField('divergenceGapBp')).toBe('grid');
    expect(sectionOfField('requiredAttachments')).toBe('attachments');
    expect(sectionOfField('somethingElse')).toBeNull();
  });
});
