import { Routes } from '@angular/router';
import { NotificationPreferencesPageComponent } from './notification-preferences-page.component';
import { NotificationsPageComponent } from './notifications-page.component';

export default [
  { path: '', title: 'notifications.title', component: NotificationsPageComponent },
  { path: 'preferences', title: 'notifications.preferences.title', component: NotificationPreferencesPageComponent },
] satisfies Routes;
