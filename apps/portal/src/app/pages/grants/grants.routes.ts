import { Routes } from '@angular/router';
import { AwardedGrantsPageComponent } from './awarded-grants-page.component';

export default [{ path: '', title: 'nav.awardedGrants', component: AwardedGrantsPageComponent }] satisfies Routes;
