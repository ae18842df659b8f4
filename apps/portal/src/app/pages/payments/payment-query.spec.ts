import { convertToParamMap } from '@angular/router';
import {
  ledgerQueryFromParams,
  ledgerQueryParams,
  pageRequestFromParams,
  pageRequestParams,
  tabFromParams,
  tabQueryParams,
} from './payment-query';

describe('the payments workspace address', () => {
  it('reads the tab, falling back to the tranches due', () => {
    expect(tabFromParams(convertToParamMap({ tab: 'ledger' }))).toBe('ledger');
    expect(tabFromParams(convertToParamMap({ tab: 'paid' }))).toBe('due');
    expect(tabFromParams(convertToParamMap({}))).toBe('due');
    expect(tabQueryParams('due')).toEqual({});
    expect(tabQueryParams('requested')).toEqual({ tab: 'requested' });
  });

  it('reads a page leniently and writes it without the defaults', () => {
    expect(pageRequestFromParams(convertToParamMap({ page: '3', pageSize: '50' }))).toEqual({ page: 3, pageSize: 50 });
    expect(pageRequestFromParams(convertToParamMap({ page: '-1', pageSize: '1000' }))).toEqual({
      page: 1,
      pageSize: 20,
    });
    expect(pageRequestParams({ page: 1, pageSize: 20 })).toEqual({ page: null, pageSize: null });
    expect(pageRequestParams({ page: 2, pageSize: 50 })).toEqual({ page: 2, pageSize: 50 });
  });

  it('reads the ledger’s filters and order, dropping what the API would refuse', () => {
    const query = ledgerQueryFromParams(
      convertToParamMap({ status: 'paid', region: 'KUK', q: '  VMA ', sort: '-amountCents', page: '2' }),
    );
    expect(query).toEqual({ status: 'paid', region: 'KUK', q: 'VMA', sort: '-amountCents', page: 2, pageSize: 20 });
    expect(ledgerQueryFromParams(convertToParamMap({ status: 'lost', region: 'XYZ', sort: 'organisation' }))).toEqual({
      status: null,
      region: null,
      q: '',
      sort: '-preparedAt',
      page: 1,
      pageSize: 20,
    });
    expect(ledgerQueryParams(query)).toEqual({
      status: 'paid',
      region: 'KUK',
      q: 'VMA',
      sort: '-amountCents',
      page: 2,
      pageSize: null,
    });
    expect(ledgerQueryParams({ ...query, sort: '-preparedAt', status: null, q: ' ' })).toMatchObject({
      sort: null,
      status: null,
      q: null,
    });
  });
});
