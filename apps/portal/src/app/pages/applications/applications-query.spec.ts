import { convertToParamMap } from '@angular/router';
import { fileNameFrom } from './applications-api';
import { applicationsQueryParams, filterParams, parseApplicationsQuery } from './applications-query';

const CALL_ID = '6f1c2b7e-3d4a-4c1e-9b2a-1a2b3c4d5e6f';

describe('applications list query', () => {
  it('reads a complete address for staff', () => {
    const query = parseApplicationsQuery(
      convertToParamMap({ callId: CALL_ID, region: 'DIB', status: 'reserve', q: ' Shpresa ', sort: 'reference', page: '4', pageSize: '50' }),
      true,
    );

    expect(query).toEqual({ callId: CALL_ID, region: 'DIB', status: 'reserve', q: 'Shpresa', sort: 'reference', page: 4, pageSize: 50 });
  });

  it('falls back to defaults for what the API would refuse', () => {
    const query = parseApplicationsQuery(
      convertToParamMap({ callId: '1', region: 'ROM', status: 'lost', q: 'x'.repeat(150), sort: 'name', page: '-1', pageSize: '2.5' }),
      true,
    );

    expect(query).toEqual({ callId: null, region: null, status: null, q: 'x'.repeat(100), sort: '-updatedAt', page: 1, pageSize: 20 });
  });

  it('has no filters for an applicant', () => {
    const query = parseApplicationsQuery(convertToParamMap({ region: 'DIB', q: 'x', page: '2' }), false);

    expect(filterParams(query)).toEqual({});
    expect(query.page).toBe(2);
  });

  it('leaves defaults out of the address and clears what is no longer set', () => {
    const query = parseApplicationsQuery(convertToParamMap({ status: 'submitted', page: '1' }), true);

    expect(applicationsQueryParams(query)).toEqual({
      callId: null,
      region: null,
      status: 'submitted',
      q: null,
      sort: null,
      page: null,
      pageSize: null,
    });
  });
});

describe('fileNameFrom', () => {
  it('reads the plain and the RFC 6266 extended form, preferring the extended one', () => {
    expect(fileNameFrom('attachment; filename="applications.csv"', 'x.csv')).toBe('applications.csv');
    expect(fileNameFrom('attachment; filename=list.csv', 'x.csv')).toBe('list.csv');
    expect(fileNameFrom(`attachment; filename="aplikime.csv"; filename*=UTF-8''aplikimet%20e%20dor%C3%ABzuara.csv`, 'x.csv')).toBe(
      'aplikimet e dorëzuara.csv',
    );
  });

  it('never lets a name choose a folder, and falls back when there is no name', () => {
    expect(fileNameFrom('attachment; filename="../../etc/passwd"', 'x.csv')).toBe('passwd');
    expect(fileNameFrom('attachment', 'x.csv')).toBe('x.csv');
    expect(fileNameFrom(null, 'x.csv')).toBe('x.csv');
  });
});
