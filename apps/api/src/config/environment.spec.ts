import { Environment, InvalidEnvironmentError, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('gives working defaults for a developer machine', () => {
    const env = validateEnvironment({});
    expect(env).toBeInstanceOf(Environment);
    expect(env).toMatchObject({ PORT: 3000, RUN_WORKERS: true, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/skema' });
  });

  it('converts strings from the environment to their types', () => {
    const env = validateEnvironment({ PORT: '8080', RUN_WORKERS: 'false', MIGRATIONS_RUN: '0', HOUSEKEEPING_INTERVAL_MS: '5000' });
    expect(env).toMatchObject({ PORT: 8080, RUN_WORKERS: false, MIGRATIONS_RUN: false, HOUSEKEEPING_INTERVAL_MS: 5000 });
  });

  it('ignores unrelated variables', () => {
    expect(() => validateEnvironment({ PATH: '/usr/bin', HOME: '/root' })).not.toThrow();
  });

  it('refuses to start with a clear message naming every wrong setting', () => {
    let error: unknown;
    try {
      validateEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', RUN_WORKERS: 'maybe', NODE_ENV: 'staging' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Skema cannot start: the configuration is invalid\./);
    expect(message).toContain('PORT="eighty"');
    expect(message).toContain('DATABASE_URL must be a postgres:// URL');
    expect(message).toContain('RUN_WORKERS="maybe"');
    expect(message).toContain('NODE_ENV="staging"');
    expect((error as InvalidEnvironmentError).problems).toHaveLength(4);
  });
});
