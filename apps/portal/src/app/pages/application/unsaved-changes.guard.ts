import { CanDeactivateFn } from '@angular/router';

/** A page that may hold changes not yet on the server. */
export interface LeavesSafely {
  /** Saves what it can; resolves false when the person chose to stay. */
  canLeave(): Promise<boolean>;
}

/** Before leaving the application page: save what is waiting, and ask when something could not be saved. */
export const unsavedChangesGuard: CanDeactivateFn<LeavesSafely> = (component) => component.canLeave();
