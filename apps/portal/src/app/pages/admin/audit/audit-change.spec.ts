import { changedFields } from './audit-change';

describe('changedFields', () => {
  it('lines up the columns an update changed', () => {
    expect(changedFields({ before: { phone: '+355 1', verified_at: null }, after: { phone: '+355 2', verified_at: '2026-01-01' } })).toEqual([
      { field: 'phone', before: '+355 1', after: '+355 2' },
      { field: 'verified_at', before: 'null', after: '2026-01-01' },
    ]);
  });

  it('leaves the empty side of an insert or a delete empty', () => {
    expect(changedFields({ before: null, after: { id: 'a', roles: ['admin'] } })).toEqual([
      { field: 'id', before: null, after: 'a' },
      { field: 'roles', before: null, after: '["admin"]' },
    ]);
    expect(changedFields({ before: { id: 'a' }, after: null })).toEqual([{ field: 'id', before: 'a', after: null }]);
  });
});
