import { Routes } from '@angular/router';
import { AcceptInvitationPageComponent } from './accept-invitation-page.component';

export default [
  { path: '', title: 'acceptInvitation.title', component: AcceptInvitationPageComponent },
] satisfies Routes;
