import { Routes } from '@angular/router';
import { OrganisationPageComponent } from './organisation-page.component';

/**
 * Mounted twice: `/organisation` is the applicant's own (e-mails link there), `/organisations/:id`
 * any one the person may read (a programme manager verifying a new CSO).
 */
export default [
  { path: '', title: 'organisation.title', component: OrganisationPageComponent },
  { path: ':id', title: 'organisation.title', component: OrganisationPageComponent },
] satisfies Routes;
