import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { unsavedChangesGuard } from '../application/unsaved-changes.guard';

/**
 * `/evaluations`: the evaluator's assignments and, as its own lazy chunk, one score sheet beside the
 * application it scores. The application scope brings the words of the read-only application sections
 * the sheet page embeds.
 */
export default [
  {
    path: '',
    providers: [provideTranslocoScope('evaluations', 'application')],
    children: [
      {
        path: '',
        title: 'pageTitles.evaluations',
        loadComponent: () => import('./evaluations-page.component').then((m) => m.EvaluationsPageComponent),
      },
      {
        path: ':assignmentId',
        title: 'pageTitles.evaluationSheet',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () =>
          import('./sheet/evaluation-sheet-page.component').then((m) => m.EvaluationSheetPageComponent),
      },
    ],
  },
] satisfies Routes;
