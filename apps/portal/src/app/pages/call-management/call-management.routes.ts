import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { permissionGuard } from '../../core/auth/auth.guards';

/** `/manage/calls`: the programme manager's calls in every state, the call editor and a call's evaluation. */
export default [
  {
    path: '',
    providers: [provideTranslocoScope('call-management')],
    children: [
      {
        path: '',
        title: 'pageTitles.manageCalls',
        loadComponent: () => import('./call-list-page.component').then((m) => m.CallListPageComponent),
      },
      {
        path: 'new',
        title: 'pageTitles.newCall',
        loadComponent: () => import('./call-editor-page.component').then((m) => m.CallEditorPageComponent),
      },
      {
        path: ':id',
        title: 'pageTitles.editCall',
        loadComponent: () => import('./call-editor-page.component').then((m) => m.CallEditorPageComponent),
      },
      {
        // The evaluation workspace: its own words, and the call pages' (status chip, dialogs).
        path: ':id/evaluation',
        title: 'pageTitles.callEvaluation',
        canMatch: [permissionGuard('evaluation.manage')],
        providers: [provideTranslocoScope('evaluation-management', 'call-management')],
        loadComponent: () =>
          import('../evaluation-management/evaluation-page.component').then((m) => m.EvaluationPageComponent),
      },
    ],
  },
] satisfies Routes;
