import { Routes } from '@angular/router';
import { AccountLayoutComponent } from './account-layout.component';
import { ProfilePageComponent } from './profile-page.component';
import { SecurityPageComponent } from './security-page.component';

export default [
  {
    path: '',
    component: AccountLayoutComponent,
    children: [
      { path: '', title: 'account.profile.title', component: ProfilePageComponent },
      { path: 'security', title: 'account.security.title', component: SecurityPageComponent },
    ],
  },
] satisfies Routes;
