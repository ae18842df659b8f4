import { Routes } from '@angular/router';
import { ResetPasswordPageComponent } from './reset-password-page.component';

export default [{ path: '', title: 'resetPassword.title', component: ResetPasswordPageComponent }] satisfies Routes;
