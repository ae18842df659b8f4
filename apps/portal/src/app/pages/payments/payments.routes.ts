import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** `/payments`: the finance officers' workspace (the guard in app.routes asks for `payments.read`). */
export default [
  {
    path: '',
    title: 'pageTitles.payments',
    providers: [provideTranslocoScope('payments')],
    loadComponent: () => import('./payments-page.component').then((m) => m.PaymentsPageComponent),
  },
] satisfies Routes;
