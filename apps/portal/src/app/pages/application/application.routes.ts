import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { unsavedChangesGuard } from './unsaved-changes.guard';

/** One application: the editor (drafts), or the read-only view with status, receipt and history. */
export default [
  {
    path: '',
    title: 'pageTitles.application',
    // The calls scope brings the countdown's words (the header shows the calls page's countdown).
    providers: [provideTranslocoScope('application', 'calls')],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./application-page.component').then((m) => m.ApplicationPageComponent),
  },
] satisfies Routes;
