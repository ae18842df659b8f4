import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** `/calls`: the open calls for proposals and, as its own lazy chunk, one call with the way to apply. */
export default [
  {
    path: '',
    providers: [provideTranslocoScope('calls')],
    children: [
      {
        path: '',
        title: 'nav.openCalls',
        loadComponent: () => import('./open-calls-page.component').then((m) => m.OpenCallsPageComponent),
      },
      {
        path: ':id',
        title: 'pageTitles.callDetail',
        loadComponent: () => import('./call-detail-page.component').then((m) => m.CallDetailPageComponent),
      },
    ],
  },
] satisfies Routes;
