import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService } from '@jsverse/transloco';
import type { PublicCallDetailDto } from '@skema/contracts';
import callsEn from '../../../../public/i18n/calls/en.json';
import callsSq from '../../../../public/i18n/calls/sq.json';
import { provideAuthTesting, session, settle } from '../../../testing/auth-testing';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { AuthService } from '../../core/auth/auth.service';
import { CallDetailPageComponent } from './call-detail-page.component';
import { publicCall } from './public-call.fixture';

@Component({ template: 'elsewhere', changeDetection: ChangeDetectionStrategy.OnPush })
class ElsewhereComponent {}

const call = publicCall();
const url = `/api/public/calls/${call.id}`;
const problem = (code: string, status: number, detail: string) => ({ type: 'about:blank', title: 't', status, detail, code });

describe('CallDetailPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const root = () => harness.routeNativeElement as HTMLElement;
  const text = (selector: string) => root().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const section = (title: string) =>
    Array.from(root().querySelectorAll('section')).find((s) => s.querySelector('h2')?.textContent?.trim() === title);
  const applyCard = () => root().querySelector('sk-call-apply mat-card');

  /** `signedIn`: null for a visitor, else who the refresh cookie belongs to. */
  async function open(body: PublicCallDetailDto | null = call, signedIn: Parameters<typeof session>[1] | null = null) {
    TestBed.configureTestingModule({
      providers: [
        provideAuthTesting(signedIn !== null).providers,
        provideTranslocoTesting(),
        provideNoopAnimations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'calls/:id', component: CallDetailPageComponent },
            { path: '**', component: ElsewhereComponent },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const transloco = TestBed.inject(TranslocoService);
    transloco.setTranslation(callsSq, 'calls/sq');
    transloco.setTranslation(callsEn, 'calls/en');
    const started = TestBed.inject(AuthService).start();
    if (signedIn !== null) backend.expectOne('/api/auth/refresh').flush(session('t', signedIn));
    await started;

    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/calls/${call.id}`);
    if (body) backend.expectOne(url).flush(body);
    await harness.fixture.whenStable();
  }

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  describe('for anyone', () => {
    it('shows the call in Albanian: header, deadline in Tirana time and every section in order', async () => {
      await open();

      expect(text('h1')).toBe('Thirrje për propozime 2026: Punësimi i ish-viktimave të trafikimit');
      expect(text('.reference')).toBe('Referenca: SK-2026-01');
      expect(text('.status')).toContain('E hapur për aplikime');
      expect(text('.deadline')).toContain('Afati i fundit: 7 mar 2026, 12:00 (ora e Tiranës)');
      expect(text('[role="timer"] .sk-visually-hidden')).toBe('Koha e mbetur deri në afatin e fundit: 20 ditë, 1 orë, 0 minuta');
      // h1, then the sections' h2s (the apply card's included), never skipping a level.
      const headings = Array.from(root().querySelectorAll('h1, h2, h3')).map((h) => h.tagName);
      expect(headings.slice(0, 2)).toEqual(['H1', 'H2']);
      expect(headings.indexOf('H3')).toBeGreaterThan(headings.indexOf('H2'));
      expect(Array.from(root().querySelectorAll('h2')).map((h) => h.textContent?.trim())).toEqual([
        'Aplikoni për këtë thirrje',
        'Rreth thirrjes',
        'Lotet rajonale',
        'Kufijtë e grantit',
        'Kriteret e pranueshmërisë',
        'Dokumentet e kërkuara',
        'Grila e vlerësimit',
        'Ndryshimet e thirrjes',
      ]);
    });

    it('splits the text into paragraphs and lists lots, limits, eligibility and documents', async () => {
      await open();

      expect(section('Rreth thirrjes')?.querySelectorAll('.prose p')).toHaveLength(2);
      const lots = Array.from(section('Lotet rajonale')!.querySelectorAll('tr')).map((row) =>
        Array.from(row.children).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
      );
      expect(lots).toEqual([
        ['Rajoni', 'Fondi i lotit'],
        ['Tiranë', '300 000,00 €'],
        ['Kukës', '180 000,00 €'],
        ['Dibër', '160 000,00 €'],
        ['Sarandë', '160 000,00 €'],
        ['Gjithsej', '800 000,00 €'],
      ]);
      const limits = Array.from(section('Kufijtë e grantit')!.querySelectorAll('dl > div')).map((fact) => [
        fact.querySelector('dt')?.textContent?.trim(),
        fact.querySelector('dd')?.firstChild?.textContent?.replace(/\s+/g, ' ').trim(),
      ]);
      expect(limits).toEqual([
        ['Granti më i vogël', '10 000,00 €'],
        ['Granti më i madh', '60 000,00 €'],
        ['Pjesa më e madhe e kostove të pranueshme që mbulon granti', '90%'],
        ['Kohëzgjatja e veprimit', '6–18 muaj'],
      ]);
      expect(section('Kriteret e pranueshmërisë')?.querySelectorAll('li')).toHaveLength(2);
      expect(section('Dokumentet e kërkuara')?.textContent?.replace(/\s+/g, ' ')).toContain(
        'Raporti financiar vjetor i fundit Formatet: PDF, XLSX, deri në 10 MB',
      );
    });

    it('shows the evaluation grid with maxima, weights and thresholds', async () => {
      await open();

      const grid = section('Grila e vlerësimit')!;
      expect(grid.querySelector('.grid__intro')?.textContent).toContain('Gjithsej 100 pikë.');
      const sections = Array.from(grid.querySelectorAll('h3')).map((h) => h.textContent?.trim());
      expect(sections[0]).toBe('1. Kapaciteti financiar dhe operacional');
      expect(sections).toHaveLength(5);
      expect(grid.querySelector('.grid__meta')?.textContent?.replace(/\s+/g, ' ')).toContain(
        'Deri në 20 pikë · aplikimet nën 12 pikë në këtë seksion refuzohen',
      );
      const relevance = grid.querySelectorAll('table')[1];
      expect(relevance.querySelector('tbody tr td')?.textContent?.trim()).toBe('5 × 2 = 10');
      expect(relevance.querySelectorAll('tbody tr td')[2]?.textContent?.trim()).toBe('5');
    });

    it('lists amendments newest first with the reason and what changed', async () => {
      await open(
        publicCall({
          amendments: [
            {
              id: 'a1',
              amendedAt: '2026-02-01T09:00:00.000Z',
              reason: { sq: 'Rishpërndarje e fondeve.', en: 'Envelopes rebalanced.' },
              changes: { lots: { before: [], after: [] } },
            },
            {
              id: 'a2',
              amendedAt: '2026-02-10T09:00:00.000Z',
              reason: { sq: 'Afati u zgjat me kërkesë të OShC-ve.', en: 'Deadline extended at the CSOs’ request.' },
              changes: { deadline: { before: '2026-02-28T11:00:00.000Z', after: '2026-03-07T11:00:00.000Z' } },
            },
          ],
        }),
      );

      const items = Array.from(section('Ndryshimet e thirrjes')!.querySelectorAll('article')).map((a) =>
        a.textContent?.replace(/\s+/g, ' ').trim(),
      );
      expect(items).toHaveLength(2);
      expect(items[0]).toContain('10 shk 2026, 10:00 (ora e Tiranës)');
      expect(items[0]).toContain('Afati u zgjat me kërkesë të OShC-ve.');
      expect(items[0]).toContain('Ndryshuar: afati i fundit');
      expect(items[0]).toContain('Afati i fundit u ndryshua nga 28 shk 2026, 12:00 në 7 mar 2026, 12:00.');
      expect(items[1]).toContain('Ndryshuar: fondet e loteve');
    });

    it('keeps a closed call readable, without a way to apply', async () => {
      await open(publicCall({ status: 'closed', closedAt: '2026-03-07T11:00:00.000Z', serverTime: '2026-03-08T10:00:00.000Z' }));

      expect(text('.status')).toContain('E mbyllur');
      expect(text('.sk-notice__body')).toBe('Kjo thirrje nuk pranon më aplikime. Informacioni mbetet këtu për t\'u lexuar.');
      expect(root().querySelector('sk-call-apply')).toBeNull();
      expect(root().querySelector('[role="timer"]')).toBeNull();
      expect(section('Lotet rajonale')).toBeDefined();
    });

    it('says a call that does not exist was not found, with the way back', async () => {
      await open(null);
      backend.expectOne(url).flush(problem('not_found', 404, 'Nuk u gjet.'), { status: 404, statusText: 'x' });
      await harness.fixture.whenStable();

      expect(text('h1')).toBe('Kjo thirrje nuk u gjet');
      expect(root().querySelector('sk-empty-state a')?.getAttribute('href')).toBe('/calls');
    });

    it('offers a visitor to sign in and come back here, or to register', async () => {
      await open();

      const links = Array.from(applyCard()!.querySelectorAll('a'));
      expect(links.map((a) => a.querySelector('.mdc-button__label')?.textContent?.trim())).toEqual([
        'Hyni për të aplikuar',
        'Regjistroni organizatën tuaj',
      ]);
      expect(links[0].getAttribute('href')).toBe(`/sign-in?returnUrl=%2Fcalls%2F${call.id}`);
      expect(links[1].getAttribute('href')).toBe('/register');
    });

    it('closes the way to apply when the deadline passes while the page is open, and says so once', async () => {
      const serverNow = Date.parse(call.deadline) - 90_000;
      // Time runs on by itself (the router and the stability checks need it) and jumps on request.
      jest.useFakeTimers({ now: serverNow, advanceTimers: true, doNotFake: ['queueMicrotask', 'nextTick'] });
      await open(publicCall({ serverTime: new Date(serverNow).toISOString() }));
      const live = () => root().querySelector('[aria-live="polite"]')?.textContent?.trim();
      expect(live()).toBe('Ka mbetur më pak se një orë deri në afatin e fundit.');
      expect(applyCard()).not.toBeNull();

      jest.advanceTimersByTime(90_000);
      harness.fixture.detectChanges();

      expect(live()).toBe('Afati i fundit sapo kaloi. Aplikimet nuk pranohen më.');
      expect(text('.status')).toContain('E mbyllur');
      expect(applyCard()).toBeNull();
    });
  });

  describe('for an applicant', () => {
    it('starts a draft for the chosen lot and opens it', async () => {
      await open(call, {});
      expect(text('sk-call-apply sk-notice')).toContain('Organizata juaj ende nuk është verifikuar');

      root().querySelector<HTMLButtonElement>('sk-call-apply button[type="submit"]')!.click();
      await harness.fixture.whenStable();
      expect(text('#apply-lot-error')).toBe('Zgjidhni një lot.');
      backend.expectNone('/api/applications');

      const kukes = Array.from(root().querySelectorAll<HTMLInputElement>('mat-radio-button input'))[1];
      expect(kukes.closest('mat-radio-button')?.textContent?.replace(/\s+/g, ' ')).toContain('Kukës — fondi 180 000,00 €');
      kukes.click();
      root().querySelector<HTMLButtonElement>('sk-call-apply button[type="submit"]')!.click();
      const request = backend.expectOne({ method: 'POST', url: '/api/applications' });
      expect(request.request.body).toEqual({ callId: call.id, regionCode: 'KUK' });
      request.flush({ id: 'app-7' });
      await settle();
      await harness.fixture.whenStable();

      expect(TestBed.inject(Router).url).toBe('/applications/app-7');
    });

    it('points to the existing application when the CSO already has one for that lot', async () => {
      await open(call, { organisation: { id: 'o-1', legalName: 'Shoqata Shpresa', verified: true } });
      expect(root().querySelector('sk-call-apply sk-notice')).toBeNull();

      root().querySelectorAll<HTMLInputElement>('mat-radio-button input')[0].click();
      root().querySelector<HTMLButtonElement>('sk-call-apply button[type="submit"]')!.click();
      backend
        .expectOne('/api/applications')
        .flush(problem('application_exists', 409, 'Organizata juaj ka tashmë një aplikim për këtë lot. Vazhdoni atë.'), {
          status: 409,
          statusText: 'Conflict',
        });
      await settle();
      await harness.fixture.whenStable();

      const notice = root().querySelector('sk-call-apply sk-notice');
      expect(notice?.getAttribute('role')).toBe('status');
      expect(notice?.textContent).toContain('Organizata juaj ka tashmë një aplikim për këtë lot.');
      expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/applications');
      expect(TestBed.inject(Router).url).toBe(`/calls/${call.id}`);
    });

    it('says in the API’s words why it refused anything else', async () => {
      await open(call, {});

      root().querySelectorAll<HTMLInputElement>('mat-radio-button input')[3].click();
      root().querySelector<HTMLButtonElement>('sk-call-apply button[type="submit"]')!.click();
      backend
        .expectOne('/api/applications')
        .flush(problem('call_not_open', 409, 'Kjo thirrje nuk pranon aplikime tani.'), { status: 409, statusText: 'x' });
      await settle();
      await harness.fixture.whenStable();

      const alert = root().querySelector('sk-call-apply sk-notice[role="alert"]');
      expect(alert?.querySelector('.sk-notice__body')?.textContent?.trim()).toBe('Kjo thirrje nuk pranon aplikime tani.');
    });
  });

  it('offers staff nothing to apply with', async () => {
    await open(call, { roles: ['programme_manager'] });

    expect(root().querySelector('sk-call-apply mat-card')).toBeNull();
    expect(text('h1')).toContain('Thirrje për propozime 2026');
  });
});
