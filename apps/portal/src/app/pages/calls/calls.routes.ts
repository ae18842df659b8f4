import { Routes } from '@angular/router';
import { OpenCallsPageComponent } from './open-calls-page.component';

export default [{ path: '', title: 'nav.openCalls', component: OpenCallsPageComponent }] satisfies Routes;
