import { Routes } from '@angular/router';
import { RegisterPageComponent } from './register-page.component';

export default [{ path: '', title: 'nav.register', component: RegisterPageComponent }] satisfies Routes;
