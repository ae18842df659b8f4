import { HttpBackend, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import {
  EnvironmentProviders,
  Provider,
  importProvidersFrom,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
  signal,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Translation, TranslocoTestingModule } from '@jsverse/transloco';
import { Permission, Role, permissionsOf } from '@skema/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { FileSaver } from '../../applications/file-saver';
import { ApplicationPageComponent } from '../application-page.component';
import { UPLOAD_BACKEND } from '../attachments/upload-http';
import { unsavedChangesGuard } from '../unsaved-changes.guard';
import type { ApplicationDto, FieldError, PublicCallDetailDto } from '@skema/contracts';
import { APPLICATION_ID, CALL_ID, applicationDto, publicCallDto } from './application-fixtures';

/**
 * This helper is compiled with the app (only `*.spec.ts` and `src/testing` are left out), so it
 * imports neither Jest nor JSON: each spec passes the dictionaries it imported.
 */
export interface Dictionaries {
  readonly sq: Translation;
  readonly en: Translation;
  readonly applicationSq: Translation;
  readonly applicationEn: Translation;
  /** The calls scope: the header shows the calls page's countdown. */
  readonly callsSq: Translation;
  readonly callsEn: Translation;
}

/** Lets promise chains run to their next pause (no timers, so specs may fake them). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/**
 * Transloco with the global dictionaries and the page's scope merged under `application`, as
 * `provideTranslocoScope('application')` does in the app: specs assert the words people read.
 */
function provideTranslocoWithScope(dictionaries: Dictionaries): EnvironmentProviders {
  const { sq, en, applicationSq, applicationEn, callsSq, callsEn } = dictionaries;
  return makeEnvironmentProviders([
    importProvidersFrom(
      TranslocoTestingModule.forRoot({
        langs: {
          sq: { ...sq, application: applicationSq, calls: callsSq },
          en: { ...en, application: applicationEn, calls: callsEn },
        },
        translocoConfig: {
          availableLangs: ['sq', 'en'],
          defaultLang: 'sq',
          fallbackLang: 'sq',
          reRenderOnLangChange: true,
        },
        preloadLangs: true,
      }),
    ),
    provideAppInitializer(() => {
      inject(LanguageService);
    }),
  ]);
}

/** The signed-in person as far as the page asks: what they may do, and who they are. */
function fakeAuth(roles: Role[]): Provider {
  const permissions = new Set<Permission>(permissionsOf(roles));
  return {
    provide: AuthService,
    useValue: {
      can: (permission: Permission) => permissions.has(permission),
      user: signal(null),
      accessToken: () => 'token-1',
    },
  };
}

export interface PageContext {
  readonly harness: RouterTestingHarness;
  readonly backend: HttpTestingController;
  /** Files the page handed to the browser to save. */
  readonly saved: { blob: Blob; name: string }[];
  readonly root: () => HTMLElement;
  /** Change detection and pending promises, without relying on timers (specs may fake them). */
  readonly render: () => Promise<void>;
}

export async function setUpPage(dictionaries: Dictionaries, roles: Role[] = ['applicant']): Promise<PageContext> {
  window.localStorage.clear();
  const saved: { blob: Blob; name: string }[] = [];
  const saver = { save: (blob: Blob, name: string) => saved.push({ blob, name }) };
  TestBed.configureTestingModule({
    providers: [
      provideTranslocoWithScope(dictionaries),
      provideNoopAnimations(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(
        [
          { path: 'applications/:id', component: ApplicationPageComponent, canDeactivate: [unsavedChangesGuard] },
          { path: '**', children: [] },
        ],
        withComponentInputBinding(),
      ),
      fakeAuth(roles),
      { provide: FileSaver, useValue: saver },
      // Uploads use their own client (XHR, for progress); here it ends at the testing backend too.
      { provide: UPLOAD_BACKEND, useFactory: () => inject(HttpBackend) },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  const render = async () => {
    await settle();
    harness.fixture.detectChanges();
    await settle();
    harness.fixture.detectChanges();
  };
  return { harness, backend, saved, root: () => harness.routeNativeElement as HTMLElement, render };
}

export const urls = {
  application: `/api/applications/${APPLICATION_ID}`,
  section: (key: string) => `/api/applications/${APPLICATION_ID}/sections/${key}`,
  checklist: `/api/applications/${APPLICATION_ID}/checklist`,
  submission: `/api/applications/${APPLICATION_ID}/submission`,
  withdrawal: `/api/applications/${APPLICATION_ID}/withdrawal`,
  receipt: `/api/applications/${APPLICATION_ID}/receipt`,
  history: `/api/applications/${APPLICATION_ID}/history`,
  attachments: (key: string) => `/api/applications/${APPLICATION_ID}/attachments/${key}`,
  publicCall: `/api/public/calls/${CALL_ID}`,
};

/** Types into a text field as a person would, so the form sees an input event. */
export function type(element: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!element) throw new Error('no such field');
  element.value = value;
  element.dispatchEvent(new Event('input'));
}

/** What a person reads in an element: icons' ligature names left out, spaces normalised. */
export function text(element: Element | null | undefined): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('mat-icon').forEach((icon) => icon.remove());
  return (copy.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface OpenOptions {
  readonly application?: ApplicationDto;
  readonly call?: PublicCallDetailDto;
  readonly checklist?: FieldError[];
  /** e.g. `?section=budget` */
  readonly query?: string;
}

/** Opens the page and answers what it asks on load: the application, its call, the checklist. */
export async function openPage(page: PageContext, options: OpenOptions = {}): Promise<void> {
  await page.harness.navigateByUrl(`/applications/${APPLICATION_ID}${options.query ?? ''}`);
  page.backend.expectOne(urls.application).flush(options.application ?? applicationDto());
  await page.render();
  page.backend.match(urls.publicCall).forEach((request) => request.flush(options.call ?? publicCallDto()));
  page.backend.match(urls.checklist).forEach((request) => request.flush(options.checklist ?? []));
  await page.render();
}
