export type { PaymentDueDto } from '@skema/contracts';
