import { Routes } from '@angular/router';
import { permissionGuard } from '../../core/auth/auth.guards';

/** The administrator's pages (DESIGN §7): each checks its own permission, as the API does. */
export default [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
  {
    path: 'users',
    title: 'admin.users.title',
    canMatch: [permissionGuard('users.read')],
    loadComponent: () => import('./users/users-page.component').then((m) => m.UsersPageComponent),
  },
  {
    path: 'audit',
    title: 'admin.audit.title',
    canMatch: [permissionGuard('audit.read')],
    loadComponent: () => import('./audit/audit-page.component').then((m) => m.AuditPageComponent),
  },
  {
    path: 'queues',
    title: 'admin.queues.title',
    canMatch: [permissionGuard('queues.manage')],
    loadComponent: () => import('./queues/queues-page.component').then((m) => m.QueuesPageComponent),
  },
] satisfies Routes;
