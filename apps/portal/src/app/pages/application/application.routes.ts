import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** One application: the editor (drafts), or the read-only view with status, receipt and history. */
export default [
  {
    path: '',
    title: 'pageTitles.application',
    providers: [provideTranslocoScope('application')],
    loadComponent: () => import('./application-page.component').then((m) => m.ApplicationPageComponent),
  },
] satisfies Routes;
