import { convertToParamMap } from '@angular/router';
import { PAGE_SIZE_DEFAULT } from '@skema/contracts';
import { DEFAULT_GRANT_SORT, grantListQueryFromParams, grantListQueryParams } from './grant-list-query';

describe('the grant list in the address', () => {
  it('reads filters, order and page, and writes them back with the defaults left out', () => {
    const query = grantListQueryFromParams(
      convertToParamMap({ status: 'suspended', region: 'KUK', q: '  Shpresa ', sort: '-awardCents', page: '3' }),
    );
    expect(query).toEqual({
      status: 'suspended',
      region: 'KUK',
      q: 'Shpresa',
      sort: '-awardCents',
      page: 3,
      pageSize: PAGE_SIZE_DEFAULT,
    });
    expect(grantListQueryParams(query)).toEqual({
      status: 'suspended',
      region: 'KUK',
      q: 'Shpresa',
      sort: '-awardCents',
      page: 3,
      pageSize: null,
    });
  });

  it('falls back to the defaults for what a hand-edited link gets wrong, never asking the API for a 400', () => {
    const query = grantListQueryFromParams(
      convertToParamMap({ status: 'paid', region: 'XYZ', sort: 'organisationName', page: '0', pageSize: '1000' }),
    );
    expect(query).toEqual({
      status: null,
      region: null,
      q: '',
      sort: DEFAULT_GRANT_SORT,
      page: 1,
      pageSize: PAGE_SIZE_DEFAULT,
    });
    expect(grantListQueryParams(query)).toEqual({
      status: null,
      region: null,
      q: null,
      sort: null,
      page: null,
      pageSize: null,
    });
  });
});
