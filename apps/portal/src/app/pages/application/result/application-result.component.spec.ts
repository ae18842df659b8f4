import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TRANSLOCO_LOADER, Translation } from '@jsverse/transloco';
import { ApplicationResultDto, ApplicationStatus, Permission, Role, permissionsOf } from '@skema/contracts';
import { of } from 'rxjs';
import en from '../../../../../public/i18n/en.json';
import sq from '../../../../../public/i18n/sq.json';
import evaluationsEn from '../../../../../public/i18n/evaluations/en.json';
import evaluationsSq from '../../../../../public/i18n/evaluations/sq.json';
import { provideTranslocoTesting } from '../../../../testing/i18n-testing';
import { AuthService } from '../../../core/auth/auth.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { ApplicationResultComponent } from './application-result.component';

const DICTIONARIES: Record<string, Translation> = {
  sq,
  en,
  'evaluations/sq': evaluationsSq,
  'evaluations/en': evaluationsEn,
};
const APPLICATION_ID = 'a-1';
const RESULT_URL = `/api/applications/${APPLICATION_ID}/result`;

@Component({
  imports: [ApplicationResultComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<sk-application-result [application]="{ id: id, status: status() }" />`,
})
class HostComponent {
  readonly id = APPLICATION_ID;
  readonly status = signal<ApplicationStatus>('selected');
}

function result(overrides: Partial<ApplicationResultDto> = {}): ApplicationResultDto {
  return {
    applicationId: APPLICATION_ID,
    reference: 'SK-2026-KUK-0007',
    outcome: 'selected',
    publishedAt: '2027-02-10T09:00:00.000Z',
    rank: 2,
    reserveRank: null,
    requestedGrantCents: 5_000_000,
    awardCents: 4_500_000,
    total: 7133,
    method: 'mean',
    maxScore: 100,
    passThreshold: 50,
    sections: [
      {
        key: '1',
        title: { sq: 'Kapaciteti financiar dhe operacional', en: 'Financial and operational capacity' },
        score: 1450,
        maxScore: 20,
        passThreshold: 12,
      },
      { key: '2', title: { sq: 'Përshtatshmëria', en: 'Relevance' }, score: 2683, maxScore: 30, passThreshold: 20 },
    ],
    failures: [],
    comments: [
      {
        evaluator: 2,
        criteria: [
          {
            sectionKey: '1',
            criterionKey: '1.1',
            title: { sq: 'Përvoja në menaxhim', en: 'Management experience' },
            score: 3,
            maxScore: 5,
            comment: 'Përvojë e kufizuar me grante.',
          },
        ],
      },
      {
        evaluator: 1,
        criteria: [
          {
            sectionKey: '1',
            criterionKey: '1.1',
            title: { sq: 'Përvoja në menaxhim', en: 'Management experience' },
            score: 4,
            maxScore: 5,
            comment: 'Ekip me përvojë.',
          },
        ],
      },
    ],
    ...overrides,
  };
}

describe('the result on the application page', () => {
  let fixture: ComponentFixture<HostComponent>;
  let backend: HttpTestingController;
  const root = () => fixture.nativeElement as HTMLElement;
  /** What a person reads: icons' ligature names left out, spaces normalised. */
  const text = (element: Element | null | undefined) => {
    const copy = element?.cloneNode(true) as Element | undefined;
    copy?.querySelectorAll('mat-icon').forEach((icon) => icon.remove());
    return (copy?.textContent ?? '')
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  };
  const read = (selector: string) => Array.from(root().querySelectorAll(selector)).map((element) => text(element));

  async function render(): Promise<void> {
    await fixture.whenStable();
    fixture.detectChanges();
  }

  async function show(roles: Role[] = ['applicant'], status: ApplicationStatus = 'selected'): Promise<void> {
    const permissions = new Set<Permission>(permissionsOf(roles));
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoTesting(),
        { provide: TRANSLOCO_LOADER, useValue: { getTranslation: (path: string) => of(DICTIONARIES[path]) } },
        provideNoopAnimations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: { can: (permission: Permission) => permissions.has(permission) } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.status.set(status);
    await render();
  }

  async function answer(body: ApplicationResultDto): Promise<void> {
    backend.expectOne(RESULT_URL).flush(body);
    await render();
  }

  beforeEach(() => window.localStorage.clear());
  afterEach(() => backend.verify());

  it('shows the award, the rank, each section against its maximum and the total against the threshold', async () => {
    await show();
    await answer(result());

    expect(text(root().querySelector('h2'))).toBe('Rezultati i vlerësimit');
    expect(text(root().querySelector('.result__published'))).toBe('Publikuar më 10.2.2027');
    expect(text(root().querySelector('.outcome__name'))).toBe('I përzgjedhur për grant');
    expect(text(root().querySelector('.outcome__text'))).toBe('Dhënie granti: 45 000,00 € (kërkuar: 50 000,00 €).');
    expect(text(root().querySelector('.outcome__rank'))).toBe('Vendi në renditjen e lotit: 2');
    expect(read('.score')).toEqual([
      'Kapaciteti financiar dhe operacional: 14,50 nga 20 · pragu 12',
      'Përshtatshmëria: 26,83 nga 30 · pragu 20',
      'Gjithsej: 71,33 nga 100 pikë',
    ]);
    // The bars only repeat the numbers in the text: hidden from screen readers, drawn to scale.
    const bars = Array.from(root().querySelectorAll<HTMLElement>('.bar'));
    expect(bars.every((bar) => bar.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(bars[0].querySelector<HTMLElement>('.bar__fill')?.style.width).toBe('72.5%');
    expect(bars[0].querySelector<HTMLElement>('.bar__threshold')?.style.insetInlineStart).toBe('60%');
    expect(text(root().querySelector('.result__threshold'))).toBe('Pragu i përgjithshëm: 50 pikë');
    expect(root().querySelector('.failures')).toBeNull();
  });

  it("groups the evaluators' comments by number and never names them", async () => {
    await show(['programme_manager'], 'reserve');
    // Even a name the API should never send stays off the page.
    const leaky = result({ outcome: 'reserve', reserveRank: 2, awardCents: null });
    (leaky.comments[0] as unknown as Record<string, unknown>)['evaluatorName'] = 'Besnik Hoxha';
    await answer(leaky);

    expect(text(root().querySelector('.outcome__text'))).toContain('Numri në listën rezervë: 2.');
    expect(read('mat-panel-title')).toEqual(['Vlerësuesi 1', 'Vlerësuesi 2']);
    const panels = root().querySelectorAll('mat-expansion-panel');
    expect(read('mat-expansion-panel .criterion dt')).toEqual([
      'Përvoja në menaxhim 4 nga 5',
      'Përvoja në menaxhim 3 nga 5',
    ]);
    expect(text(panels[0].querySelector('dd'))).toBe('Ekip me përvojë.');
    expect(text(panels[1].querySelector('dd'))).toBe('Përvojë e kufizuar me grante.');
    expect(text(root())).not.toContain('Besnik');
  });

  it('lists the thresholds an application missed', async () => {
    await show(['applicant'], 'rejected');
    await answer(
      result({
        outcome: 'rejected',
        rank: null,
        awardCents: null,
        total: 4550,
        sections: [
          { ...result().sections[0], score: 1050 },
          { ...result().sections[1], score: 1900 },
        ],
        failures: [
          { scope: 'section', sectionKey: '1', threshold: 1200, score: 1050 },
          { scope: 'section', sectionKey: '2', threshold: 2000, score: 1900 },
          { scope: 'overall', threshold: 5000, score: 4550 },
        ],
        comments: [],
      }),
    );

    expect(text(root().querySelector('.outcome__text'))).toBe('Aplikimi nuk mori grant në këtë thirrje.');
    expect(root().querySelector('.outcome__rank')).toBeNull();
    expect(text(root().querySelector('.failures')?.previousElementSibling)).toBe('Pragjet që nuk u arritën');
    expect(read('.failures li')).toEqual([
      'Kapaciteti financiar dhe operacional: 10,50, nën pragun 12,00',
      'Përshtatshmëria: 19,00, nën pragun 20,00',
      'Gjithsej: 45,50, nën pragun 50,00',
    ]);
    expect(root().querySelector('.comments')).toBeNull();
  });

  it('says an ineligible application was not scored', async () => {
    await show(['applicant'], 'ineligible');
    await answer(
      result({ outcome: 'ineligible', rank: null, awardCents: null, total: null, sections: [], comments: [] }),
    );

    expect(text(root().querySelector('.outcome__text'))).toBe(
      'Aplikimi nuk kaloi verifikimin e pranueshmërisë dhe nuk u vlerësua.',
    );
    expect(root().querySelector('.scores')).toBeNull();
  });

  it('formats money and scores in English too', async () => {
    await show();
    TestBed.inject(LanguageService).use('en');
    await answer(result());

    expect(text(root().querySelector('.outcome__text'))).toBe('Grant awarded: €45,000.00 (requested: €50,000.00).');
    expect(read('.score')[0]).toBe('Financial and operational capacity: 14.50 of 20 · threshold 12');
  });

  it('shows no panel before publication (404)', async () => {
    await show();
    backend
      .expectOne(RESULT_URL)
      .flush(
        { type: 'about:blank', title: 'Not found', status: 404, code: 'result_not_published', detail: 'Jo ende.' },
        { status: 404, statusText: 'Not Found' },
      );
    await render();

    expect(root().querySelector('sk-application-result')?.children).toHaveLength(0);
  });

  it('does not ask before the evaluation, nor for someone who may not read results', async () => {
    await show(['applicant'], 'submitted');
    backend.expectNone(RESULT_URL);

    fixture.componentInstance.status.set('in_evaluation');
    await render();
    backend
      .expectOne(RESULT_URL)
      .flush(
        { type: 'about:blank', title: 'Not found', status: 404, code: 'result_not_published', detail: 'Jo ende.' },
        { status: 404, statusText: 'Not Found' },
      );
  });

  it('keeps results from evaluators', async () => {
    await show(['evaluator'], 'selected');
    backend.expectNone(RESULT_URL);
    expect(root().querySelector('.result')).toBeNull();
  });

  it('explains a failure and tries again', async () => {
    await show();
    backend.expectOne(RESULT_URL).flush(null, { status: 0, statusText: 'offline' });
    await render();
    expect(text(root().querySelector('sk-error-state'))).toContain('Rezultati nuk mund të ngarkohej');

    root().querySelector<HTMLButtonElement>('sk-error-state button')?.click();
    await render();
    await answer(result());
    expect(root().querySelector('sk-error-state')).toBeNull();
    expect(root().querySelector('.result')).not.toBeNull();
  });
});
