import { Route } from '@angular/router';

/** Every page is its own lazy chunk; `title` is a translation key (see TranslatedTitleStrategy). */
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', loadChildren: () => import('./pages/home/home.routes') },
  { path: 'calls', loadChildren: () => import('./pages/calls/calls.routes') },
  { path: 'grants', loadChildren: () => import('./pages/grants/grants.routes') },
  { path: 'register', loadChildren: () => import('./pages/register/register.routes') },
  { path: 'status', loadChildren: () => import('./pages/status/status.routes') },
  { path: '**', loadChildren: () => import('./pages/not-found/not-found.routes') },
];
