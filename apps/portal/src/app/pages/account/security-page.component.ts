import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DevicesComponent } from './devices.component';
import { TwoFactorComponent } from './two-factor.component';

/** Linked from security e-mails ("a new device", "password changed"): second factor and devices. */
@Component({
  selector: 'sk-security-page',
  imports: [DevicesComponent, TwoFactorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sk-stack">
      <sk-two-factor />
      <sk-devices />
    </div>
  `,
})
export class SecurityPageComponent {}
