import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** `/manage/calls`: the programme manager's calls in every state, and the call editor. */
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
    ],
  },
] satisfies Routes;
