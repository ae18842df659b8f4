import { Routes } from '@angular/router';
import { SystemStatusPageComponent } from './system-status-page.component';

export default [{ path: '', title: 'nav.status', component: SystemStatusPageComponent }] satisfies Routes;
