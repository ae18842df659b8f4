import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** `/my-grants`: the grant contracts (a CSO's own, or every one for staff) and one grant's page. */
export default [
  {
    path: '',
    providers: [provideTranslocoScope('grant')],
    children: [
      {
        path: '',
        title: 'pageTitles.grantList',
        loadComponent: () => import('./list/grant-list-page.component').then((m) => m.GrantListPageComponent),
      },
      {
        path: ':id',
        title: 'pageTitles.grant',
        loadComponent: () => import('./detail/grant-page.component').then((m) => m.GrantPageComponent),
      },
    ],
  },
] satisfies Routes;
