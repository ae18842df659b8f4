import { toServiceStatuses } from './system-status';

describe('toServiceStatuses', () => {
  it('counts the API as up whenever it answered', () => {
    const statuses = toServiceStatuses({ status: 'error', details: {} });

    expect(statuses[0]).toEqual({ id: 'api', state: 'up' });
  });

  it('reads each checked service, and calls one the API did not report unknown', () => {
    expect(toServiceStatuses({ status: 'error', details: { database: { status: 'down' } } })).toEqual([
      { id: 'api', state: 'up' },
      { id: 'database', state: 'down' },
      { id: 'redis', state: 'unknown' },
    ]);
  });
});
