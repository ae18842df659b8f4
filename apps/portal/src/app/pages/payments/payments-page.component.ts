import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { map } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { NoticeComponent } from '../../shared/notice/notice.component';
import { DueTabComponent } from './due-tab.component';
import { LedgerTabComponent } from './ledger-tab.component';
import { PAYMENT_TABS, type PaymentTab, tabFromParams, tabQueryParams } from './payment-query';
import { PaymentQueueTabComponent } from './payment-queue-tab.component';

/**
 * `/payments`: the finance officers' workspace, as tabs in the order of a payment's life: tranches
 * due (prepare), payments to approve (a second finance officer: four eyes), approved ones to mark
 * paid, and the ledger of all. The open tab, its page and the ledger's filters live in the address.
 * Programme managers read it all; only finance officers act.
 */
@Component({
  selector: 'sk-payments-page',
  imports: [
    DueTabComponent,
    LedgerTabComponent,
    MatTab,
    MatTabContent,
    MatTabGroup,
    NoticeComponent,
    PaymentQueueTabComponent,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'payments'">
      <header class="sk-page-header">
        <h1 id="payments-heading" tabindex="-1">{{ t('title') }}</h1>
        <p>{{ t('intro') }}</p>
      </header>
      @if (!canManage) {
        <sk-notice kind="info"
          ><p>{{ t('readOnly') }}</p></sk-notice
        >
      }
      <mat-tab-group
        [selectedIndex]="tabIndex()"
        (selectedIndexChange)="selectTab($event)"
        mat-stretch-tabs="false"
        animationDuration="0"
        [aria-label]="t('tabsLabel')"
      >
        @for (name of tabs; track name) {
          <mat-tab [label]="t('tabs.' + name)">
            <ng-template matTabContent>
              <div class="tab-body">
                @switch (name) {
                  @case ('due') {
                    <sk-due-tab />
                  }
                  @case ('requested') {
                    <sk-payment-queue-tab status="requested" />
                  }
                  @case ('approved') {
                    <sk-payment-queue-tab status="approved" />
                  }
                  @case ('ledger') {
                    <sk-ledger-tab />
                  }
                }
              </div>
            </ng-template>
          </mat-tab>
        }
      </mat-tab-group>
    </ng-container>
  `,
  styles: `
    .tab-body {
      padding: 16px 0;
    }
  `,
})
export class PaymentsPageComponent {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly canManage = inject(AuthService).can('payments.manage');
  protected readonly tabs = PAYMENT_TABS;
  protected readonly tab = toSignal(this.route.queryParamMap.pipe(map(tabFromParams)), { requireSync: true });
  protected readonly tabIndex = computed(() => this.tabs.indexOf(this.tab()));

  protected selectTab(index: number): void {
    const tab: PaymentTab | undefined = this.tabs[index];
    if (!tab || tab === this.tab()) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: tabQueryParams(tab) });
  }
}
