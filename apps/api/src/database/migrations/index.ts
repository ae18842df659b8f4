import { Initial1795572176413 } from './1795572176413-Initial';
import { Identity1795574325314 } from './1795574325314-Identity';
import { AuditLog1795574681343 } from './1795574681343-AuditLog';
import { Notifications1795574833521 } from './1795574833521-Notifications';
import { Calls1795577292167 } from './1795577292167-Calls';
import { Applications1795577903712 } from './1795577903712-Applications';
import { ApplicationNotifications1795578600000 } from './1795578600000-ApplicationNotifications';
import { Submissions1795578700000 } from './1795578700000-Submissions';
import { Attachments1795578800000 } from './1795578800000-Attachments';
import { Receipts1795578900000 } from './1795578900000-Receipts';
import { EligibilityChecks1795579000000 } from './1795579000000-EligibilityChecks';
import { EvaluationAssignments1795579100000 } from './1795579100000-EvaluationAssignments';
import { EvaluationScoringResults1795579200000 } from './1795579200000-EvaluationScoringResults';
import { ReferenceCounters1795579300000 } from './1795579300000-ReferenceCounters';
import { Grants1795579400000 } from './1795579400000-Grants';

/** Every migration in order; listed explicitly so the bundled API and CLI need no file globbing. */
export const MIGRATIONS = [
  Initial1795572176413,
  Identity1795574325314,
  AuditLog1795574681343,
  Notifications1795574833521,
  Calls1795577292167,
  Applications1795577903712,
  ApplicationNotifications1795578600000,
  Submissions1795578700000,
  Attachments1795578800000,
  Receipts1795578900000,
  EligibilityChecks1795579000000,
  EvaluationAssignments1795579100000,
  EvaluationScoringResults1795579200000,
  ReferenceCounters1795579300000,
  Grants1795579400000,
];
