import type { EntityManager } from 'typeorm';
import { writeOutboxMessage } from '../../notifications/outbox/outbox-write';
import { RECEIPT_TOPIC, type ReceiptRequest } from './receipt.constants';

/**
 * Asks for a submission's receipt with the submission's own transaction: the request commits (or
 * rolls back) with the submission, and waits in the outbox while Redis is down.
 */
export function requestReceipt(manager: EntityManager, request: ReceiptRequest): Promise<string> {
  return writeOutboxMessage(manager, RECEIPT_TOPIC, request);
}
