import { Routes } from '@angular/router';
import { ForbiddenPageComponent } from './forbidden-page.component';

export default [{ path: '', title: 'forbidden.title', component: ForbiddenPageComponent }] satisfies Routes;
