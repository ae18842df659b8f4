/**
 * What Skema tells people (DESIGN §6): each kind of notification, the channels it uses, and the
 * shapes the portal reads. The API renders the texts; the portal only shows them.
 */
export const NOTIFICATION_KINDS = [
  'email_confirmation',
  'password_reset',
  'invitation',
  'organisation_verified',
  /** To programme managers: a CSO registered and waits for verification. */
  'organisation_registered',
  'role_changed',
  /** A sign-in from a new device, or the password changed. */
  'security_alert',
  /** To the CSO's staff: its application was submitted, with the reference (the receipt follows). */
  'application_submitted',
  /** To the person who submitted: the receipt (PDF) is ready, attached to the e-mail. */
  'application_receipt',
  /** To the CSO's staff: the application failed the eligibility check, with each failed item and its note. */
  'application_ineligible',
  /** To CSOs holding a draft: a published call was amended (deadline, envelopes, grid, texts). */
  'call_amended',
  /** To the CSO's staff: the call's results are published — selected (award), reserve or rejected, with a link to scores and comments. */
  'evaluation_result',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationChannels {
  /** Shown under the bell. Kinds whose link carries a one-time secret are e-mail only. */
  inApp: boolean;
  /** `mandatory`: always e-mailed; `optional`: e-mailed unless the person turned it off (default on). */
  email: 'mandatory' | 'optional';
}

export const NOTIFICATION_CHANNELS: Record<NotificationKind, NotificationChannels> = {
  email_confirmation: { inApp: false, email: 'mandatory' },
  password_reset: { inApp: false, email: 'mandatory' },
  invitation: { inApp: false, email: 'mandatory' },
  organisation_verified: { inApp: true, email: 'optional' },
  organisation_registered: { inApp: true, email: 'optional' },
  role_changed: { inApp: true, email: 'optional' },
  security_alert: { inApp: true, email: 'mandatory' },
  application_submitted: { inApp: true, email: 'mandatory' },
  application_receipt: { inApp: true, email: 'mandatory' },
  application_ineligible: { inApp: true, email: 'mandatory' },
  call_amended: { inApp: true, email: 'mandatory' },
  evaluation_result: { inApp: true, email: 'mandatory' },
};

/** Kinds a person cannot stop receiving by e-mail (account access and security). */
export const MANDATORY_EMAIL_KINDS: readonly NotificationKind[] = NOTIFICATION_KINDS.filter(
  (kind) => NOTIFICATION_CHANNELS[kind].email === 'mandatory',
);

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export function isEmailMandatory(kind: NotificationKind): boolean {
  return NOTIFICATION_CHANNELS[kind].email === 'mandatory';
}

/** One in-app notification, rendered in the language of the request. */
export interface NotificationDto {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path inside the portal (e.g. `/organisations/…`), or null. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface UnreadNotificationsDto {
  count: number;
}

/** Whether one kind also comes by e-mail; `mandatory` kinds always do and cannot be changed. */
export interface NotificationPreferenceDto {
  kind: NotificationKind;
  email: boolean;
  mandatory: boolean;
}

export interface UpdateNotificationPreferencesRequest {
  preferences: { kind: NotificationKind; email: boolean }[];
}
