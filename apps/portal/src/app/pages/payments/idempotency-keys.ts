import type { ApiFailure } from '../../core/http/api-failure';

/**
 * One idempotency key per intent to pay a tranche. The key is made at the first click and kept until
 * the server gives a definite answer, so whatever sends the request again (a double click, "try again"
 * after the answer was lost on the way back) sends the same key and the API returns the payment it
 * already prepared instead of a second one. A definite answer (the payment, or a refusal such as
 * "not payable") ends the intent: a later click is a new one.
 */
export class IdempotencyKeys {
  private readonly keys = new Map<string, string>();

  constructor(private readonly newKey: () => string = newIdempotencyKey) {}

  /** The key of the intent under way for this tranche, made now if there is none. */
  keyFor(trancheId: string): string {
    let key = this.keys.get(trancheId);
    if (!key) {
      key = this.newKey();
      this.keys.set(trancheId, key);
    }
    return key;
  }

  /** The server answered for good: the next attempt is a new intent with a new key. */
  settle(trancheId: string): void {
    this.keys.delete(trancheId);
  }
}

/**
 * Whether a failure leaves it unknown if the server acted: no answer at all (offline, a gateway
 * without the API behind it), the server's own failure, or something that was not an HTTP answer.
 * Then the key must be kept for the next attempt; a refusal (4xx) is definite.
 */
export function outcomeUnknown(failure: ApiFailure): boolean {
  if (failure.kind === 'unreachable') return true;
  return failure.status === null || failure.status >= 500;
}

/**
 * A random (version 4) UUID, which the API requires. `crypto.randomUUID` exists only in secure
 * contexts (HTTPS, localhost); a portal reached over plain HTTP builds the same from random bytes.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
