import { isValidIban, isValidNuis } from '@skema/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** An IBAN with a valid ISO 13616 checksum (spaces allowed). */
export const IsIban = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isIban', validator: { validate: (value: unknown) => typeof value === 'string' && isValidIban(value) } }, options);

/** An Albanian NUIS/NIPT: letter, 8 digits, letter. */
export const IsNuis = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isNuis', validator: { validate: (value: unknown) => typeof value === 'string' && isValidNuis(value) } }, options);
