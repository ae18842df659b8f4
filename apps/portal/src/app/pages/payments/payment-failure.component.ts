import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { type ApiFailure, describeApiFailure } from '../../core/http/api-failure';
import { NoticeComponent } from '../../shared/notice/notice.component';

/** Why an action on a payment was refused: the API's sentence and, below it, every reason it gave. */
export interface ActionFailure {
  readonly message: string;
  /**
   * The problem's `errors[].message`: each block of a tranche not payable, the award, the committed
   * amount and this payment when the award would be exceeded.
   */
  readonly reasons: readonly string[];
}

export function actionFailure(failure: ApiFailure, transloco: TranslocoService): ActionFailure {
  const reasons = failure.kind === 'problem' ? (failure.problem.errors ?? []).map((error) => error.message) : [];
  return { message: describeApiFailure(failure, transloco), reasons };
}

/** An action's refusal, as an alert (read out at once), with the reasons as a list. */
@Component({
  selector: 'sk-payment-failure',
  imports: [NoticeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = failure();
    <sk-notice kind="error">
      @if (title(); as heading) {
        <p class="title">{{ heading }}</p>
      }
      <p>{{ current.message }}</p>
      @if (current.reasons.length > 0) {
        <ul>
          @for (reason of current.reasons; track $index) {
            <li>{{ reason }}</li>
          }
        </ul>
      }
    </sk-notice>
  `,
  styles: `
    .title {
      font-weight: 600;
    }
    ul {
      margin: 4px 0 0;
      padding-inline-start: 20px;
    }
  `,
})
export class PaymentFailureComponent {
  readonly failure = input.required<ActionFailure>();
  /** What could not be done, e.g. "The payment for SK-G-2026-0003 could not be prepared". */
  readonly title = input<string>('');
}
