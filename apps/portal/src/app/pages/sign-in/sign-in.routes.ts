import { Routes } from '@angular/router';
import { SignInPageComponent } from './sign-in-page.component';

export default [{ path: '', title: 'signIn.title', component: SignInPageComponent }] satisfies Routes;
