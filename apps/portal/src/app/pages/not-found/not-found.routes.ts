import { Routes } from '@angular/router';
import { NotFoundPageComponent } from './not-found-page.component';

export default [{ path: '', title: 'notFound.title', component: NotFoundPageComponent }] satisfies Routes;
