import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import { EuFlagComponent } from '../../shared/eu-flag/eu-flag.component';
import { SystemApi } from '../api/system-api.service';

/** EU visibility rules ask every funded product to show the emblem and the disclaimer. */
@Component({
  selector: 'sk-site-footer',
  imports: [EuFlagComponent, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './site-footer.component.html',
  styleUrl: './site-footer.component.scss',
})
export class SiteFooterComponent {
  /** `undefined` while asking, `null` when the API could not say: the footer must never block. */
  protected readonly apiVersion = toSignal(
    inject(SystemApi)
      .info()
      .pipe(
        map((info) => info.version),
        catchError(() => of(null)),
      ),
  );
}
