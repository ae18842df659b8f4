import { Routes } from '@angular/router';
import { ConfirmEmailPageComponent } from './confirm-email-page.component';

export default [{ path: '', title: 'confirmEmail.title', component: ConfirmEmailPageComponent }] satisfies Routes;
