import { Routes } from '@angular/router';
import { HomePageComponent } from './home-page.component';

export default [{ path: '', title: 'nav.home', component: HomePageComponent }] satisfies Routes;
