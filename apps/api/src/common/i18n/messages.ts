import type { Locale } from '@skema/contracts';
import { GRANTS_MESSAGES } from './grants-messages';
import { RESULTS_MESSAGES } from './results-messages';
import { SCORING_MESSAGES } from './scoring-messages';

/**
 * Every message a person may read in an API error, in both languages. Keys are the stable `code` of
 * the problem details; `{name}` placeholders are filled from the exception's params.
 */
export const ERROR_MESSAGES = {
  bad_request: { sq: 'Kërkesa nuk është e vlefshme.', en: 'The request is not valid.' },
  validation_failed: {
    sq: 'Disa fusha nuk janë plotësuar saktë. Ju lutemi korrigjojini dhe provoni përsëri.',
    en: 'Some fields are not filled in correctly. Please correct them and try again.',
  },
  unauthorized: { sq: 'Ju lutemi hyni në llogari për të vazhduar.', en: 'Please sign in to continue.' },
  forbidden: { sq: 'Nuk keni të drejtë për këtë veprim.', en: 'You are not allowed to do this.' },
  not_found: { sq: 'Nuk u gjet ajo që kërkuat.', en: 'What you asked for was not found.' },
  route_not_found: {
    sq: 'Adresa {path} nuk ekziston në API.',
    en: 'The address {path} does not exist in the API.',
  },
  method_not_allowed: { sq: 'Ky veprim nuk lejohet këtu.', en: 'This method is not allowed here.' },
  conflict: {
    sq: 'Ndryshimi bie ndesh me gjendjen aktuale. Rifreskoni faqen dhe provoni përsëri.',
    en: 'The change conflicts with the current state. Refresh and try again.',
  },
  payload_too_large: { sq: 'Të dhënat e dërguara janë shumë të mëdha.', en: 'The data sent is too large.' },
  unsupported_media_type: {
    sq: 'Ky lloj të dhënash nuk pranohet.',
    en: 'This type of content is not accepted.',
  },
  malformed_body: {
    sq: 'Të dhënat e dërguara nuk janë JSON i vlefshëm.',
    en: 'The data sent is not valid JSON.',
  },
  too_many_requests: {
    sq: 'Shumë kërkesa në pak kohë. Prisni pak dhe provoni përsëri.',
    en: 'Too many requests in a short time. Wait a moment and try again.',
  },
  service_unavailable: {
    sq: 'Shërbimi nuk është i disponueshëm për momentin. Provoni përsëri pas pak.',
    en: 'The service is unavailable at the moment. Please try again shortly.',
  },
  invalid_credentials: {
    sq: 'E-maili ose fjalëkalimi nuk është i saktë. Pas disa përpjekjeve të gabuara, hyrja pezullohet për pak minuta.',
    en: 'The e-mail or password is not right. After several failed attempts, signing in is paused for a few minutes.',
  },
  second_factor_required: {
    sq: 'Shkruani kodin nga aplikacioni i vërtetimit (ose një kod rezervë).',
    en: 'Enter the code from your authenticator app (or a recovery code).',
  },
  second_factor_invalid: { sq: 'Kodi nuk është i saktë ose ka skaduar.', en: 'The code is not right or has expired.' },
  second_factor_setup_required: {
    sq: 'Për këtë rol duhet të aktivizoni vërtetimin me dy hapa para se të vazhdoni.',
    en: 'Your role requires two-step verification: turn it on before you continue.',
  },
  second_factor_mandatory: {
    sq: 'Vërtetimi me dy hapa është i detyrueshëm për rolin tuaj.',
    en: 'Two-step verification is mandatory for your role.',
  },
  email_not_confirmed: {
    sq: 'Konfirmoni adresën e e-mailit me lidhjen që ju dërguam, pastaj hyni.',
    en: 'Confirm your e-mail address with the link we sent you, then sign in.',
  },
  session_expired: {
    sq: 'Seanca juaj përfundoi. Ju lutemi hyni përsëri.',
    en: 'Your session has ended. Please sign in again.',
  },
  token_invalid: {
    sq: 'Kjo lidhje nuk është e vlefshme ose ka skaduar. Kërkoni një të re.',
    en: 'This link is not valid or has expired. Ask for a new one.',
  },
  password_too_short: {
    sq: 'Fjalëkalimi duhet të ketë të paktën {min} karaktere.',
    en: 'The password must have at least {min} characters.',
  },
  password_too_long: { sq: 'Fjalëkalimi është shumë i gjatë.', en: 'The password is too long.' },
  password_too_weak: {
    sq: 'Ky fjalëkalim merret me mend lehtë. Zgjidhni një frazë më të gjatë e më pak të zakonshme.',
    en: 'This password is easy to guess. Choose a longer, less common phrase.',
  },
  password_wrong: { sq: 'Fjalëkalimi aktual nuk është i saktë.', en: 'The current password is not right.' },
  email_taken: {
    sq: 'Ekziston tashmë një llogari me këtë e-mail. Hyni ose rivendosni fjalëkalimin.',
    en: 'An account with this e-mail already exists. Sign in or reset the password.',
  },
  organisation_exists: {
    sq: 'Një organizatë me këtë NUIS është regjistruar tashmë. Kërkojini një kolegu t’ju ftojë.',
    en: 'An organisation with this NUIS is already registered. Ask a colleague to invite you.',
  },
  notification_email_mandatory: {
    sq: 'Njoftimet për llogarinë dhe sigurinë vijnë gjithmonë me e-mail dhe nuk mund të çaktivizohen.',
    en: 'Account and security notifications always come by e-mail and cannot be turned off.',
  },
  call_not_editable: {
    sq: 'Vetëm një thirrje në draft mund të ndryshohet drejtpërdrejt; një thirrje e publikuar ndryshohet me një ndryshim të regjistruar.',
    en: 'Only a draft call can be edited directly; a published call changes through a logged amendment.',
  },
  call_not_amendable: {
    sq: 'Vetëm një thirrje e publikuar mund të ndryshohet me ndryshim; një draft ndryshohet drejtpërdrejt.',
    en: 'Only a published call can be amended; a draft is edited directly.',
  },
  call_stale_version: {
    sq: 'Dikush tjetër e ndryshoi këtë thirrje ndërkohë. Rifreskoni faqen, shihni ndryshimet dhe provoni përsëri.',
    en: 'Someone else changed this call in the meantime. Refresh, review their changes and try again.',
  },
  call_incomplete: {
    sq: 'Thirrja nuk mund të publikohet ende. Plotësoni ose korrigjoni pikat e listuara.',
    en: 'The call cannot be published yet. Complete or correct the points listed.',
  },
  call_amendment_invalid: {
    sq: 'Ndryshimi nuk mund të regjistrohet. Korrigjoni pikat e listuara.',
    en: 'The amendment cannot be recorded. Correct the points listed.',
  },
  call_amendment_empty: {
    sq: 'Ndryshimi nuk ndryshon asgjë në thirrje.',
    en: 'The amendment changes nothing in the call.',
  },
  call_deadline_not_passed: {
    sq: 'Thirrja mund të mbyllet vetëm pasi të ketë kaluar afati i fundit ({deadline}).',
    en: 'The call can be closed only once its deadline ({deadline}) has passed.',
  },
  illegal_transition: {
    // Shared by calls and applications (withdrawal, eligibility): it must not name either.
    sq: 'Ky veprim nuk lejohet në gjendjen aktuale.',
    en: 'This action is not possible in the current state.',
  },
  call_not_open: {
    sq: 'Kjo thirrje nuk pranon aplikime tani (nuk është hapur ose afati i fundit ka kaluar).',
    en: 'This call is not taking applications now (it has not opened or the deadline has passed).',
  },
  application_exists: {
    sq: 'Organizata juaj ka tashmë një aplikim për këtë lot. Vazhdoni atë.',
    en: 'Your organisation already has an application for this lot. Continue that one.',
  },
  application_not_editable: {
    sq: 'Ky aplikim nuk mund të ndryshohet më: është dorëzuar ose afati i fundit ka kaluar.',
    en: 'This application can no longer be changed: it was submitted or the deadline has passed.',
  },
  section_conflict: {
    sq: 'Një koleg e ndryshoi këtë seksion ndërkohë. Shikoni versionin e tij, pastaj ruani përsëri.',
    en: 'A colleague changed this section in the meantime. Look at their version, then save again.',
  },
  section_too_large: {
    sq: 'Ky seksion është shumë i gjatë për t’u ruajtur.',
    en: 'This section is too long to be saved.',
  },
  application_incomplete: {
    sq: 'Aplikimi nuk mund të dorëzohet ende. Plotësoni atë që mungon (lista më poshtë).',
    en: 'The application cannot be submitted yet. Complete what is missing (listed below).',
  },
  deadline_passed: {
    sq: 'Afati i fundit ka kaluar sipas orës së serverit (Europe/Tirane). Aplikimi nuk u dorëzua.',
    en: 'The deadline has passed by the server’s clock (Europe/Tirane). The application was not submitted.',
  },
  eligibility_before_deadline: {
    sq: 'Verifikimi i pranueshmërisë fillon pasi të kalojë afati i fundit i thirrjes ({deadline}).',
    en: 'The eligibility check starts once the call’s deadline ({deadline}) has passed.',
  },
  eligibility_decision_invalid: {
    sq: 'Vendimi nuk mund të ruhet: çdo kriter i listës së thirrjes duhet vendosur një herë, dhe çdo kriter i paplotësuar duhet të ketë një shënim (lista më poshtë).',
    en: 'The decision cannot be saved: every item of the call’s checklist must be decided once, and every item not met needs a note (listed below).',
  },
  evaluator_ineligible: {
    sq: 'Ky vlerësues nuk mund ta vlerësojë këtë aplikim: është anëtar i OShC-së aplikuese ose ka deklaruar konflikt interesi.',
    en: 'This evaluator may not evaluate this application: a member of the applying CSO, or a declared conflict of interest.',
  },
  evaluator_unknown: {
    sq: 'Nuk ka vlerësues aktiv me këtë identifikues.',
    en: 'There is no active evaluator with this identifier.',
  },
  evaluator_already_assigned: {
    sq: 'Ky vlerësues është caktuar tashmë për këtë aplikim.',
    en: 'This evaluator is already assigned to this application.',
  },
  assignment_not_open: {
    sq: 'Vlerësuesit caktohen vetëm për aplikime të pranueshme.',
    en: 'Evaluators are assigned to eligible applications only.',
  },
  declaration_already_made: {
    sq: 'Deklarata për këtë caktim është bërë tashmë.',
    en: 'The declaration for this assignment has already been made.',
  },
  assignment_conflict_kept: {
    sq: 'Një konflikt interesi i deklaruar mbetet si shënim që e mban vlerësuesin larg këtij aplikimi; nuk mund të hiqet.',
    en: 'A declared conflict of interest stays as the record that keeps the evaluator off this application; it cannot be removed.',
  },
  receipt_pending: {
    sq: 'Vërtetimi i dorëzimit po përgatitet. Provoni përsëri pas pak; do t’ju vijë edhe me e-mail.',
    en: 'The submission receipt is being prepared. Try again shortly; it will also reach you by e-mail.',
  },
  attachment_missing_file: {
    sq: 'Zgjidhni një skedar për të ngarkuar (pjesa «file» e një formulari multipart/form-data).',
    en: 'Choose a file to upload (the «file» part of a multipart/form-data form).',
  },
  attachment_too_large: {
    sq: 'Skedari është më i madh se {limit} MB, kufiri për këtë dokument. Nuk u ruajt.',
    en: 'The file is larger than {limit} MB, the limit for this document. It was not kept.',
  },
  attachment_type_not_accepted: {
    sq: 'Ky dokument pranohet vetëm si {expected}. Sipas përmbajtjes, «{fileName}» nuk është i tillë.',
    en: 'This document is accepted only as {expected}. By its content, «{fileName}» is not.',
  },
  attachment_extension_mismatch: {
    sq: 'Emri i «{fileName}» mbaron me .{extension}, por përmbajtja e tij është {detected}. Ruajeni me llojin e duhur dhe ngarkojeni përsëri.',
    en: 'The name «{fileName}» ends in .{extension}, but its content is {detected}. Save it as the right type and upload it again.',
  },
  internal_error: {
    sq: 'Ndodhi një gabim i papritur. U regjistrua dhe do ta shqyrtojmë.',
    en: 'An unexpected error occurred. It has been logged and we will look into it.',
  },
  ...SCORING_MESSAGES,
  ...RESULTS_MESSAGES,
  ...GRANTS_MESSAGES,
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export const ERROR_TITLES: Record<number, Record<Locale, string>> = {
  400: { sq: 'Kërkesë e pavlefshme', en: 'Bad request' },
  401: { sq: 'Nevojitet identifikimi', en: 'Unauthorized' },
  403: { sq: 'E ndaluar', en: 'Forbidden' },
  404: { sq: 'Nuk u gjet', en: 'Not found' },
  405: { sq: 'Metodë e palejuar', en: 'Method not allowed' },
  409: { sq: 'Konflikt', en: 'Conflict' },
  413: { sq: 'Të dhëna shumë të mëdha', en: 'Payload too large' },
  415: { sq: 'Lloj i pambështetur', en: 'Unsupported media type' },
  422: { sq: 'Të dhëna të papërpunueshme', en: 'Unprocessable content' },
  429: { sq: 'Shumë kërkesa', en: 'Too many requests' },
  500: { sq: 'Gabim i brendshëm', en: 'Internal server error' },
  503: { sq: 'Shërbim i padisponueshëm', en: 'Service unavailable' },
};

export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translateError(code: ErrorCode, locale: Locale, params?: Record<string, string | number>): string {
  return interpolate(ERROR_MESSAGES[code][locale], params);
}
