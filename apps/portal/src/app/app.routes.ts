import { Route } from '@angular/router';
import { accountGuard, guestGuard, permissionGuard, signedInGuard } from './core/auth/auth.guards';

/**
 * Every page is its own lazy chunk; `title` is a translation key (see TranslatedTitleStrategy).
 * Guards are `canMatch`, so a page the person may not use is never downloaded.
 */
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', loadChildren: () => import('./pages/home/home.routes') },
  { path: 'calls', loadChildren: () => import('./pages/calls/calls.routes') },
  { path: 'grants', loadChildren: () => import('./pages/grants/grants.routes') },
  { path: 'status', loadChildren: () => import('./pages/status/status.routes') },
  { path: 'sign-in', canMatch: [guestGuard], loadChildren: () => import('./pages/sign-in/sign-in.routes') },
  { path: 'register', canMatch: [guestGuard], loadChildren: () => import('./pages/register/register.routes') },
  { path: 'confirm-email', loadChildren: () => import('./pages/confirm-email/confirm-email.routes') },
  { path: 'forgot-password', loadChildren: () => import('./pages/password/forgot-password.routes') },
  { path: 'reset-password', loadChildren: () => import('./pages/password/reset-password.routes') },
  { path: 'accept-invitation', loadChildren: () => import('./pages/accept-invitation/accept-invitation.routes') },
  { path: 'account', canMatch: [accountGuard], loadChildren: () => import('./pages/account/account.routes') },
  {
    path: 'organisation',
    canMatch: [permissionGuard('organisation.read')],
    loadChildren: () => import('./pages/organisation/organisation.routes'),
  },
  {
    path: 'organisations',
    canMatch: [permissionGuard('organisation.read')],
    loadChildren: () => import('./pages/organisation/organisation.routes'),
  },
  {
    path: 'applications',
    canMatch: [permissionGuard('applications.list')],
    loadChildren: () => import('./pages/applications/applications.routes'),
  },
  {
    // A CSO's own grant contracts, or every one for programme and finance staff (`/grants` is the public list).
    path: 'my-grants',
    canMatch: [permissionGuard('grants.read')],
    loadChildren: () => import('./pages/grant/grant.routes'),
  },
  {
    path: 'evaluations',
    canMatch: [permissionGuard('evaluation.evaluate')],
    loadChildren: () => import('./pages/evaluations/evaluations.routes'),
  },
  {
    path: 'manage/calls',
    canMatch: [permissionGuard('calls.manage')],
    loadChildren: () => import('./pages/call-management/call-management.routes'),
  },
  {
    path: 'payments',
    canMatch: [permissionGuard('payments.read')],
    loadChildren: () => import('./pages/payments/payments.routes'),
  },
  {
    path: 'notifications',
    canMatch: [signedInGuard],
    loadChildren: () => import('./pages/notifications/notifications.routes'),
  },
  { path: 'admin', canMatch: [signedInGuard], loadChildren: () => import('./pages/admin/admin.routes') },
  { path: 'forbidden', loadChildren: () => import('./pages/forbidden/forbidden.routes') },
  { path: '**', loadChildren: () => import('./pages/not-found/not-found.routes') },
];
