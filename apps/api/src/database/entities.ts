import { AuditEntry } from '../app/audit/entities/audit-entry.entity';
import { ApplicationAttachment } from '../app/applications/attachments/application-attachment.entity';
import { ApplicationCounter } from '../app/applications/entities/application-counter.entity';
import { ApplicationRevision } from '../app/applications/entities/application-revision.entity';
import { ApplicationSection } from '../app/applications/entities/application-section.entity';
import { ApplicationSubmission } from '../app/applications/entities/application-submission.entity';
import { Application } from '../app/applications/entities/application.entity';
import { RecoveryCode } from '../app/auth/entities/recovery-code.entity';
import { RefreshToken } from '../app/auth/entities/refresh-token.entity';
import { Session } from '../app/auth/entities/session.entity';
import { UserToken } from '../app/auth/entities/user-token.entity';
import { CallAmendment } from '../app/calls/entities/call-amendment.entity';
import { CallLot } from '../app/calls/entities/call-lot.entity';
import { Call } from '../app/calls/entities/call.entity';
import { EvaluationAssignment } from '../app/evaluation/assignments/evaluation-assignment.entity';
import { EligibilityCheck } from '../app/evaluation/eligibility/eligibility-check.entity';
import { AwardDecision } from '../app/evaluation/results/award-decision.entity';
import { Evaluation } from '../app/evaluation/scoring/evaluation.entity';
import { Moderation } from '../app/evaluation/scoring/moderation.entity';
import { ExportJob } from '../app/exports/export-job.entity';
import { ContractCounter } from '../app/grants/entities/contract-counter.entity';
import { GrantReport } from '../app/grants/entities/grant-report.entity';
import { GrantTranche } from '../app/grants/entities/grant-tranche.entity';
import { Grant } from '../app/grants/entities/grant.entity';
import { Payment } from '../app/grants/entities/payment.entity';
import { WorkerHeartbeat } from '../app/housekeeping/entities/worker-heartbeat.entity';
import { NotificationPreference } from '../app/notifications/entities/notification-preference.entity';
import { Notification } from '../app/notifications/entities/notification.entity';
import { OutboxMessage } from '../app/notifications/entities/outbox-message.entity';
import { Organisation } from '../app/organisations/entities/organisation.entity';
import { Region } from '../app/regions/entities/region.entity';
import { User, UserRole } from '../app/users/entities/user.entity';

/** Every entity, listed explicitly so the bundled API needs no file globbing. */
export const ENTITIES = [
  Application,
  ApplicationSection,
  ApplicationRevision,
  ApplicationSubmission,
  ApplicationCounter,
  ApplicationAttachment,
  Region,
  Organisation,
  User,
  UserRole,
  Session,
  RefreshToken,
  UserToken,
  RecoveryCode,
  WorkerHeartbeat,
  AuditEntry,
  Notification,
  NotificationPreference,
  OutboxMessage,
  Call,
  CallLot,
  CallAmendment,
  EligibilityCheck,
  EvaluationAssignment,
  Evaluation,
  Moderation,
  AwardDecision,
  ExportJob,
  Grant,
  GrantTranche,
  GrantReport,
  Payment,
  ContractCounter,
];
