import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACTED_PATHS } from './logging.module';

/** What a developer might log by hand must not leak credentials or personal data. */
describe('log redaction', () => {
  function logged(object: object): string {
    let output = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        output += String(chunk);
        done();
      },
    });
    pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink).info(object, 'event');
    return output;
  }

  it('censors tokens, passwords, contact details and private notes', () => {
    const line = logged({
      req: { headers: { authorization: 'Bearer abc.def', cookie: 'refresh=xyz' } },
      body: { password: 'hunter2', email: 'person@example.org', phone: '+355 69 000 0000', note: 'private' },
      user: { refreshToken: 'r-123', iban: 'AL47212110090000000235698741' },
    });
    for (const secret of ['abc.def', 'refresh=xyz', 'hunter2', 'person@example.org', '+355 69', 'private', 'r-123', 'AL47']) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('[redacted]');
  });

  it('keeps what operators need', () => {
    expect(logged({ req: { method: 'GET', path: '/api/health' }, code: 'not_found' })).toContain('/api/health');
  });
});
