import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import type { PublicCallListDto } from '@skema/contracts';
import callsEn from '../../../../public/i18n/calls/en.json';
import callsSq from '../../../../public/i18n/calls/sq.json';
import { provideTranslocoTesting } from '../../../testing/i18n-testing';
import { LanguageService } from '../../core/i18n/language.service';
import { OpenCallsPageComponent } from './open-calls-page.component';
import { publicCall } from './public-call.fixture';

const { serverTime: _serverTime, ...openCall } = publicCall();
const list = (overrides: Partial<PublicCallListDto> = {}): PublicCallListDto => ({
  serverTime: '2026-02-15T10:00:00.000Z',
  items: [openCall],
  ...overrides,
});

describe('OpenCallsPageComponent', () => {
  let fixture: ComponentFixture<OpenCallsPageComponent>;
  let backend: HttpTestingController;

  const element = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => element().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const timer = () => text('[role="timer"] .sk-visually-hidden');

  function render(): void {
    fixture = TestBed.createComponent(OpenCallsPageComponent);
    fixture.detectChanges();
  }

  function answer(body: PublicCallListDto): void {
    backend.expectOne('/api/public/calls').flush(body);
    fixture.detectChanges();
  }

  beforeEach(() => {
    window.localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideTranslocoTesting(), provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
    // At run time the route provides the scope, which loads these files under `calls.`.
    const transloco = TestBed.inject(TranslocoService);
    transloco.setTranslation(callsSq, 'calls/sq');
    transloco.setTranslation(callsEn, 'calls/en');
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  it('says it is loading, then shows each open call as a card', () => {
    render();
    expect(text('sk-loading-indicator')).toBe('Duke ngarkuar thirrjet…');

    answer(list());

    const card = element().querySelector('mat-card')!;
    expect(card.querySelector('h2')?.textContent).toBe('Thirrje për propozime 2026: Punësimi i ish-viktimave të trafikimit');
    expect(card.textContent).toContain('SK-2026-01');
    // The deadline is read in Tirana's time, whatever the device's zone.
    expect(text('.call__facts')).toContain('7 mar 2026, 12:00 (ora e Tiranës)');
    expect(text('.call__facts')).toContain('800 000,00 €');
    const lots = Array.from(card.querySelectorAll('.call__lots div')).map((lot) => [
      lot.querySelector('dt')?.textContent,
      lot.querySelector('dd')?.textContent?.replace(/\s+/g, ' '),
    ]);
    expect(lots).toEqual([
      ['Tiranë', '300 000,00 €'],
      ['Kukës', '180 000,00 €'],
      ['Dibër', '160 000,00 €'],
      ['Sarandë', '160 000,00 €'],
    ]);
    const link = card.querySelector('a[mat-flat-button]')!;
    expect(link.getAttribute('href')).toBe(`/calls/${openCall.id}`);
    expect(link.textContent?.trim()).toContain('Lexoni thirrjen');
    // The link's name stays its visible words; the title describes where it leads.
    expect(element().querySelector(`#${link.getAttribute('aria-describedby')}`)?.tagName).toBe('H2');
  });

  it('follows a switch to English', () => {
    render();
    answer(list());

    TestBed.inject(LanguageService).use('en');
    fixture.detectChanges();

    expect(text('h1')).toBe('Open calls for proposals');
    expect(text('mat-card h2')).toBe('Call for proposals 2026: Employment of former victims of trafficking');
    expect(text('.call__facts')).toContain('(Tirana time)');
    expect(text('.call__lots')).toContain('Tirana');
  });

  it('counts down by the server clock, not the device clock, and ticks every second', () => {
    const serverTime = Date.parse(openCall.deadline) - (60 * 60_000 + 30_000);
    // The phone runs five minutes slow: by its own clock more than an hour would be left.
    jest.useFakeTimers({ now: serverTime - 5 * 60_000, doNotFake: ['queueMicrotask', 'nextTick'] });
    render();
    answer(list({ serverTime: new Date(serverTime).toISOString() }));

    expect(timer()).toBe('Koha e mbetur deri në afatin e fundit: 1 orë, 0 minuta');

    jest.advanceTimersByTime(31_000);
    fixture.detectChanges();
    expect(timer()).toBe('Koha e mbetur deri në afatin e fundit: 59 minuta, 59 sekonda');
    // The digits are for the eyes only; a screen reader reads the sentence when it gets there.
    expect(element().querySelector('.countdown__units')?.getAttribute('aria-hidden')).toBe('true');
    const units = Array.from(element().querySelectorAll('.countdown__unit')).map((unit) => unit.textContent?.trim());
    expect(units).toEqual(['59min', '59sek']);

    jest.advanceTimersByTime(60 * 60_000);
    fixture.detectChanges();
    expect(element().querySelector('[role="timer"]')).toBeNull();
    expect(text('.countdown--passed')).toContain('Afati i fundit ka kaluar.');
  });

  it('says so when no call is open', () => {
    render();
    answer(list({ items: [] }));

    expect(text('sk-empty-state h2')).toBe('Për momentin nuk ka thirrje të hapura');
    expect(element().querySelector('mat-card')).toBeNull();
  });

  it('explains a failure and tries again on request', () => {
    render();
    backend.expectOne('/api/public/calls').error(new ProgressEvent('error'), { status: 0 });
    fixture.detectChanges();

    const alert = element().querySelector('sk-error-state');
    expect(alert?.textContent).toContain('Thirrjet nuk u ngarkuan');

    alert?.querySelector('button')?.click();
    fixture.detectChanges();
    answer(list());
    expect(element().querySelectorAll('mat-card')).toHaveLength(1);
  });
});
