import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TRANSLOCO_LOADER, type Translation, type TranslocoLoader } from '@jsverse/transloco';
import {
  type GrantSummaryDto,
  type Page,
  type PaymentDto,
  type PaymentDueDto,
  type ProblemDetails,
  type Role,
  type TrancheDto,
  rolesAllow,
} from '@skema/contracts';
import { of } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import paymentsRoutes from './payments.routes';

/**
 * For this folder's specs only (never imported by the app): the workspace mounted as the app mounts
 * it (`/payments`), a signed-in person of the given role, a fake backend, and the API's shapes.
 */

export const FINANCE_1 = '5f0c1f0e-0d7e-4c57-9a43-3a1f1a4b0001';
export const FINANCE_2 = '5f0c1f0e-0d7e-4c57-9a43-3a1f1a4b0002';
export const GRANT_KUK = '7a1d2e3f-1111-4c57-9a43-3a1f1a4b0101';
export const GRANT_TIR = '7a1d2e3f-2222-4c57-9a43-3a1f1a4b0102';
export const TRANCHE_TIR = 'b1c2d3e4-0000-4c57-9a43-3a1f1a4b0299';

export interface SignedInAs {
  readonly id: string;
  readonly roles: Role[];
}

async function startPaymentsTest(
  translocoTesting: EnvironmentProviders,
  dictionaries: Readonly<Record<string, Translation>>,
  person: SignedInAs,
  providers: Provider[],
): Promise<{ backend: HttpTestingController; harness: RouterTestingHarness }> {
  window.localStorage.clear();
  const loader: TranslocoLoader = { getTranslation: (lang: string) => of(dictionaries[lang]) };
  const user = signal({ id: person.id, roles: person.roles });
  const auth: Pick<AuthService, 'whenReady' | 'isSignedIn' | 'needsSecondFactorSetup' | 'can'> & {
    user: () => { id: string } | null;
  } = {
    whenReady: () => Promise.resolve(),
    isSignedIn: computed(() => true),
    needsSecondFactorSetup: computed(() => false),
    can: (permission) => rolesAllow(person.roles, permission),
    user: () => user(),
  };
  TestBed.configureTestingModule({
    providers: [
      translocoTesting,
      { provide: TRANSLOCO_LOADER, useValue: loader },
      provideNoopAnimations(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'payments', children: paymentsRoutes }], withComponentInputBinding()),
      { provide: AuthService, useValue: auth },
      ...providers,
    ],
  });
  return { backend: TestBed.inject(HttpTestingController), harness: await RouterTestingHarness.create() };
}

/**
 * The workspace as a person uses it, for the specs: open an address, read what is shown (the words,
 * not the icons' ligatures), click and type, and answer the fake backend.
 */
export class PaymentsPage {
  private constructor(
    readonly backend: HttpTestingController,
    readonly harness: RouterTestingHarness,
  ) {}

  /**
   * Signs the person in and opens `path`. `translocoTesting` is the specs' `provideTranslocoTesting()`:
   * it reads JSON files, which only the spec build can.
   */
  static async open(
    translocoTesting: EnvironmentProviders,
    dictionaries: Readonly<Record<string, Translation>>,
    path: string,
    person: SignedInAs = { id: FINANCE_1, roles: ['finance_officer'] },
    providers: Provider[] = [],
  ): Promise<PaymentsPage> {
    const { backend, harness } = await startPaymentsTest(translocoTesting, dictionaries, person, providers);
    const page = new PaymentsPage(backend, harness);
    await page.go(path);
    return page;
  }

  get root(): HTMLElement {
    return this.harness.routeNativeElement as HTMLElement;
  }

  get url(): string {
    return TestBed.inject(Router).url;
  }

  dialog(): HTMLElement | null {
    return document.querySelector<HTMLElement>('mat-dialog-container');
  }

  /** The words a person reads: icons' ligatures left out, separate elements kept apart. */
  text(element: Element | null = this.root): string {
    if (!element) return '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const words: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('mat-icon')) words.push(node.textContent ?? '');
    }
    return words.join(' ').replace(/\s+/g, ' ').trim();
  }

  tabs(): HTMLElement[] {
    return Array.from(this.root.querySelectorAll<HTMLElement>('[role="tab"]'));
  }

  selectedTab(): string {
    return this.text(this.tabs().find((tab) => tab.getAttribute('aria-selected') === 'true') ?? null);
  }

  /** The table's rows with data (not the "nothing here" row). */
  rows(): HTMLElement[] {
    return Array.from(this.root.querySelectorAll<HTMLElement>('tbody tr.mat-mdc-row')).filter(
      (row) => !row.querySelector('.empty'),
    );
  }

  cells(row: Element): string[] {
    return Array.from(row.querySelectorAll('td')).map((cell) => this.text(cell));
  }

  /** A button by its accessible name (`aria-label`) or its words. */
  button(label: string, within: ParentNode = this.root): HTMLButtonElement {
    const found = Array.from(within.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.getAttribute('aria-label') === label || this.text(b) === label,
    );
    if (!found) throw new Error(`No button "${label}"`);
    return found;
  }

  /** The live region that says how many rows were found. */
  count(): string {
    return this.text(this.root.querySelector('p.count[aria-live="polite"]'));
  }

  async go(path: string): Promise<void> {
    await this.harness.navigateByUrl(path);
    await this.stable();
  }

  async stable(): Promise<void> {
    for (let i = 0; i < 10; i++) await Promise.resolve();
    await this.harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await this.harness.fixture.whenStable();
  }

  async click(element: HTMLElement): Promise<void> {
    element.click();
    await this.stable();
  }

  async type(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await this.stable();
  }

  /** `GET /api/payments/due`. */
  due(): TestRequest {
    return this.backend.expectOne((r) => r.url === '/api/payments/due');
  }

  /** `GET /api/payments` (a queue or the ledger). */
  list(): TestRequest {
    return this.backend.expectOne((r) => r.method === 'GET' && r.url === '/api/payments');
  }

  /** Checks nothing was left unanswered and closes any dialog left open. */
  finish(): void {
    this.backend.verify({ ignoreCancelled: true });
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  }
}

/** A request's query parameters as a plain object. */
export function params(request: TestRequest): Record<string, string | null> {
  return Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));
}

/** The key the portal sent with a payment's preparation. */
export function keyOf(request: TestRequest): string {
  return (request.request.body as { idempotencyKey: string }).idempotencyKey;
}

/** An API refusal as the exception filter writes it. */
export function problem(
  status: number,
  code: string,
  detail: string,
  errors?: ProblemDetails['errors'],
): ProblemDetails {
  return { type: 'about:blank', title: code, status, detail, code, ...(errors ? { errors } : {}) };
}

export function grantSummary(overrides: Partial<GrantSummaryDto> = {}): GrantSummaryDto {
  return {
    id: GRANT_KUK,
    contractNumber: 'SK-G-2026-KUK-001',
    applicationId: 'a-1',
    applicationReference: 'SK-2026-KUK-0001',
    organisationId: 'o-1',
    organisationName: 'Shoqata VMA Kukës',
    callReference: 'CFP-2026-001',
    regionCode: 'KUK',
    title: null,
    status: 'contracted',
    startDate: '2027-03-01',
    endDate: '2028-02-29',
    awardCents: 3_600_000,
    committedCents: 0,
    paidCents: 0,
    ...overrides,
  };
}

export function tranche(overrides: Partial<TrancheDto> = {}): TrancheDto {
  return {
    id: 'b1c2d3e4-0000-4c57-9a43-3a1f1a4b0201',
    sequence: 1,
    kind: 'pre_financing',
    plannedCents: 2_880_000,
    reportDueOn: null,
    payable: true,
    blocks: [],
    payableCents: 2_880_000,
    paidCents: 0,
    payment: null,
    ...overrides,
  };
}

export function dueRow(grant: Partial<GrantSummaryDto> = {}, due: Partial<TrancheDto> = {}): PaymentDueDto {
  return { grant: grantSummary(grant), tranche: tranche(due) };
}

export function payment(overrides: Partial<PaymentDto> = {}): PaymentDto {
  return {
    id: 'c0ffee00-0000-4c57-9a43-3a1f1a4b0301',
    grantId: GRANT_KUK,
    trancheId: 'b1c2d3e4-0000-4c57-9a43-3a1f1a4b0201',
    contractNumber: 'SK-G-2026-KUK-001',
    organisationName: 'Shoqata VMA Kukës',
    regionCode: 'KUK',
    trancheSequence: 1,
    trancheKind: 'pre_financing',
    amountCents: 1_234_500,
    status: 'requested',
    preparedBy: FINANCE_2,
    preparedByName: 'Besa Hoxha',
    preparedAt: '2027-03-02T09:30:00.000Z',
    approvedBy: null,
    approvedByName: null,
    approvedAt: null,
    paidAt: null,
    paidOn: null,
    bankReference: null,
    rejectedReason: null,
    ...overrides,
  };
}

export function pageOf<T>(items: T[], total = items.length, page = 1, pageSize = 20): Page<T> {
  return { items, total, page, pageSize };
}
