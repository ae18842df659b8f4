import { Routes } from '@angular/router';
import { ForgotPasswordPageComponent } from './forgot-password-page.component';

export default [{ path: '', title: 'forgotPassword.title', component: ForgotPasswordPageComponent }] satisfies Routes;
