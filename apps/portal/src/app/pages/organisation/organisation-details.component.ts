import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { TranslocoDirective } from '@jsverse/transloco';
import { REGION_NAMES } from '@skema/contracts';
import { formatIban } from '@skema/domain';
import { LanguageService } from '../../core/i18n/language.service';
import { SkDatePipe } from '../../shared/pipes/date.pipe';
import { OrganisationDto } from './organisation-api';

/** The profile as a description list: label, value; on a phone, one under the other. */
@Component({
  selector: 'sk-organisation-details',
  imports: [MatCard, MatCardContent, SkDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" *transloco="let t; prefix: 'organisation'">
      <mat-card-content>
        @let o = organisation();
        <dl class="details">
          <dt>{{ t('fields.legalName') }}</dt>
          <dd>{{ o.legalName }}</dd>
          <dt>{{ t('fields.acronym') }}</dt>
          <dd>{{ o.acronym || '—' }}</dd>
          <dt>{{ t('fields.registrationNumber') }}</dt>
          <dd>{{ o.registrationNumber }}</dd>
          <dt>{{ t('fields.legalForm') }}</dt>
          <dd>{{ t('legalForms.' + o.legalForm) }}</dd>
          <dt>{{ t('fields.address') }}</dt>
          <dd>{{ o.address || '—' }}</dd>
          <dt>{{ t('fields.email') }}</dt>
          <dd>
            <a [href]="'mailto:' + o.email">{{ o.email }}</a>
          </dd>
          <dt>{{ t('fields.phone') }}</dt>
          <dd>{{ o.phone || '—' }}</dd>
          <dt>{{ t('fields.regions') }}</dt>
          <dd>{{ regions() }}</dd>
          <dt>{{ t('fields.areasOfWork') }}</dt>
          <dd>
            <ul class="areas" role="list">
              @for (area of o.areasOfWork; track area) {
                <li>{{ t('areasOfWork.' + area) }}</li>
              }
            </ul>
          </dd>
          <dt>{{ t('fields.iban') }}</dt>
          <dd class="iban">{{ iban() }}</dd>
          @if (o.verifiedAt) {
            <dt>{{ t('verifiedAt') }}</dt>
            <dd>{{ o.verifiedAt | skDate: 'long' }}</dd>
          }
        </dl>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .details {
      display: grid;
      grid-template-columns: minmax(10rem, max-content) 1fr;
      gap: 8px 24px;
      margin: 0;
    }
    dt {
      font-weight: 500;
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .areas {
      margin: 0;
      padding-left: 1.1rem;
    }
    .iban {
      font-variant-numeric: tabular-nums;
    }
    @media (max-width: 599.98px) {
      .details {
        grid-template-columns: 1fr;
        gap: 2px;
      }
      dd {
        margin-bottom: 8px;
      }
    }
  `,
})
export class OrganisationDetailsComponent {
  private readonly language = inject(LanguageService).language;
  readonly organisation = input.required<OrganisationDto>();

  protected readonly regions = computed(() =>
    this.organisation()
      .regions.map((code) => REGION_NAMES[code][this.language()])
      .join(', '),
  );
  protected readonly iban = computed(() => {
    const iban = this.organisation().iban;
    return iban ? formatIban(iban) : '—';
  });
}
