import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { TranslocoDirective } from '@jsverse/transloco';
import { DeviceDto } from '@skema/contracts';
import { Subject, firstValueFrom, startWith, switchMap } from 'rxjs';
import { Loadable, loadable } from '../../shared/data/loadable';
import { ErrorStateComponent } from '../../shared/error-state/error-state.component';
import { LoadingIndicatorComponent } from '../../shared/loading/loading-indicator.component';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { AccountApi } from './account-api';
import { describeDevice } from './device-label';

interface DeviceRow extends DeviceDto {
  readonly browser: string | null;
  readonly system: string | null;
}

/** Where the person is signed in; any other device can be signed out from here ("End"). */
@Component({
  selector: 'sk-devices',
  imports: [
    ErrorStateComponent,
    LoadingIndicatorComponent,
    MatButton,
    MatCard,
    MatCardContent,
    MatIcon,
    SkDatePipe,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './devices.component.html',
  styleUrl: './devices.component.scss',
})
export class DevicesComponent {
  private readonly api = inject(AccountApi);
  private readonly reloads = new Subject<void>();

  protected readonly ending = signal<string | null>(null);
  protected readonly devices = toSignal(
    this.reloads.pipe(
      startWith(undefined),
      switchMap(() => loadable(this.api.devices())),
    ),
    { initialValue: { kind: 'loading' } as Loadable<DeviceDto[]> },
  );

  protected rows(devices: readonly DeviceDto[]): DeviceRow[] {
    // The current device first: it is the one people look for to make sense of the rest.
    return [...devices]
      .sort((a, b) => Number(b.current) - Number(a.current) || b.lastUsedAt.localeCompare(a.lastUsedAt))
      .map((device) => ({ ...device, ...describeDevice(device.userAgent) }));
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected async end(device: DeviceDto): Promise<void> {
    this.ending.set(device.id);
    try {
      await firstValueFrom(this.api.endDevice(device.id));
      this.reload();
    } catch {
      // The snackbar has said why; the list stays as it was.
    } finally {
      this.ending.set(null);
    }
  }
}
