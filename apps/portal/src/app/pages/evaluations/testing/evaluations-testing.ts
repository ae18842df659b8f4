import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, importProvidersFrom, inject, provideAppInitializer } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TRANSLOCO_LOADER, Translation, TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import { LanguageService } from '../../../core/i18n/language.service';
import { FileSaver } from '../../applications/file-saver';
import evaluationsRoutes from '../evaluations.routes';

/**
 * The evaluator's pages under test with their real routes, the real dictionaries (each spec imports
 * them: this helper is compiled with the app, so it imports neither Jest nor JSON) and the HTTP
 * testing backend: specs assert the words people read and the requests the API would get.
 */

@Component({ template: 'elsewhere', changeDetection: ChangeDetectionStrategy.OnPush })
class ElsewhereComponent {}

/** By loader path, as the app would fetch them: `sq`, `en`, `evaluations/sq`, `application/en`, … */
export type Dictionaries = Record<string, Translation>;

export interface EvaluationsContext {
  readonly harness: RouterTestingHarness;
  readonly backend: HttpTestingController;
  /** Files the page handed to the browser to save. */
  readonly saved: { blob: Blob; name: string }[];
  readonly root: () => HTMLElement;
  /** Change detection and pending promises, without relying on timers (specs may fake them). */
  readonly render: () => Promise<void>;
  /** The same, and navigations (filters, sort, paging write the address) finished too. */
  readonly stable: () => Promise<void>;
}

/** Lets promise chains run to their next pause (no timers, so specs may fake them). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

export async function setUpEvaluations(dictionaries: Dictionaries): Promise<EvaluationsContext> {
  window.localStorage.clear();
  const saved: { blob: Blob; name: string }[] = [];
  TestBed.configureTestingModule({
    providers: [
      importProvidersFrom(
        TranslocoTestingModule.forRoot({
          langs: { sq: dictionaries['sq'], en: dictionaries['en'] },
          translocoConfig: { availableLangs: ['sq', 'en'], defaultLang: 'sq', fallbackLang: 'sq' },
          preloadLangs: true,
        }),
      ),
      { provide: TRANSLOCO_LOADER, useValue: { getTranslation: (path: string) => of(dictionaries[path]) } },
      provideAppInitializer(() => {
        inject(LanguageService);
      }),
      provideNoopAnimations(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(
        [
          { path: 'evaluations', children: evaluationsRoutes },
          { path: '**', component: ElsewhereComponent },
        ],
        withComponentInputBinding(),
      ),
      { provide: FileSaver, useValue: { save: (blob: Blob, name: string) => saved.push({ blob, name }) } },
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
  const stable = async () => {
    await render();
    await harness.fixture.whenStable();
    await render();
  };
  return { harness, backend, saved, root: () => harness.routeNativeElement as HTMLElement, render, stable };
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

/** Types into a text field as a person would, so the form sees an input event. */
export function type(element: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!element) throw new Error('no such field');
  element.value = value;
  element.dispatchEvent(new Event('input'));
}

/** Lets a macrotask pass (dialogs open and close on one). */
export const macrotask = () => new Promise((resolve) => setTimeout(resolve));
