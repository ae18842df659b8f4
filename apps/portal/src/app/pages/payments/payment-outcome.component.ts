import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { type ActionFailure, PaymentFailureComponent } from './payment-failure.component';

/** What the last action on this tab did: done (a status), or refused with the API's reasons (an alert). */
export type PaymentOutcome =
  | { readonly kind: 'success'; readonly message: string }
  | { readonly kind: 'failure'; readonly title: string; readonly failure: ActionFailure };

/**
 * The outcome above the table. It can take focus: after an action whose row left the table (prepared,
 * approved, paid, rejected), focus moves here rather than to the top of the page.
 */
@Component({
  selector: 'sk-payment-outcome',
  imports: [NoticeComponent, PaymentFailureComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { tabindex: '-1', class: 'sk-payment-outcome' },
  template: `
    @let current = outcome();
    @if (current.kind === 'success') {
      <sk-notice kind="success"
        ><p>{{ current.message }}</p></sk-notice
      >
    } @else {
      <sk-payment-failure [failure]="current.failure" [title]="current.title" />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    :host:focus {
      outline: none;
    }
    :host:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
      border-radius: var(--mat-sys-corner-medium);
    }
  `,
})
export class PaymentOutcomeComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly outcome = input.required<PaymentOutcome>();

  focus(): void {
    this.host.nativeElement.focus();
  }
}
