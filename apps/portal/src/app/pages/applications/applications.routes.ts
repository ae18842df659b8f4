import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/**
 * `/applications`: the list (a CSO's own applications, or staff's submitted ones) and, as its own
 * lazy chunk, one application (the applicant's editor, or the staff's read-only view).
 */
export default [
  {
    path: '',
    title: 'pageTitles.applications',
    providers: [provideTranslocoScope('applications')],
    loadComponent: () => import('./applications-page.component').then((m) => m.ApplicationsPageComponent),
  },
  { path: ':id', loadChildren: () => import('../application/application.routes') },
] satisfies Routes;
