import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService } from '@jsverse/transloco';
import en from '../../../../../public/i18n/en.json';
import sq from '../../../../../public/i18n/sq.json';
import scopeEn from '../../../../../public/i18n/grant/en.json';
import scopeSq from '../../../../../public/i18n/grant/sq.json';
import { settle } from '../../../../testing/auth-testing';
import { provideTranslocoTesting } from '../../../../testing/i18n-testing';
import { LanguageService } from '../../../core/i18n/language.service';
import { GRANT_ID, grantDto, startGrantTest, tranche } from '../testing/grant-testing';

const DICTIONARIES = { sq, en, 'grant/sq': scopeSq, 'grant/en': scopeEn };

describe('the grant page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const root = () => harness.routeNativeElement as HTMLElement;
  const clean = (value: string | null | undefined) =>
    (value ?? '')
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const url = () => TestBed.inject(Router).url;
  const tabs = () => Array.from(root().querySelectorAll<HTMLElement>('[role="tab"]'));
  const trancheRow = (kind: string) => root().querySelector<HTMLElement>(`tr[data-tranche="${kind}"]`)!;
  const cells = (row: Element) => Array.from(row.children).map((cell) => clean(cell.textContent));

  async function stable(): Promise<void> {
    await settle();
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  async function open(path: string, grant = grantDto()): Promise<void> {
    await harness.navigateByUrl(path);
    await stable();
    backend.expectOne(`/api/grants/${GRANT_ID}`).flush(grant);
    await stable();
  }

  beforeEach(async () => {
    ({ backend, harness } = await startGrantTest(provideTranslocoTesting(), DICTIONARIES, ['finance_officer']));
  });

  afterEach(() => backend.verify());

  it('heads the page with the contract, its grantee, dates, award, and paid as a bar', async () => {
    await open(`/my-grants/${GRANT_ID}`);
    expect(clean(root().querySelector('h1')?.textContent)).toBe('Kontrata e grantit SK-GC-2027-KUK-001');
    const facts = Object.fromEntries(
      Array.from(root().querySelectorAll('.facts__list > div')).map((pair) => [
        clean(pair.querySelector('dt')?.textContent),
        clean(pair.querySelector('dd')?.textContent),
      ]),
    );
    expect(facts).toEqual({
      'Përfituesi i grantit': 'Shoqata Shpresa',
      Aplikimi: 'SK-2026-KUK-0007',
      Thirrja: 'CFP-2026-001',
      Rajoni: 'Kukës',
      Periudha: '1.4.2027 – 30.9.2028 (18 muaj)',
      'Granti i dhënë': '45 000,00 €',
      'I angazhuar (pagesa të miratuara dhe të paguara)': '36 000,00 €',
      Paguar: '18 000,00 € nga 45 000,00 € (40%)',
    });
    // A finance officer cannot open applications: the reference is text, not a link.
    expect(root().querySelector('.facts a')).toBeNull();
    const bar = root().querySelector('[data-testid="paid"] sk-money-bar')!;
    expect((bar.querySelector('.fill--behind') as HTMLElement).style.width).toBe('80%');
  });

  it('names each tranche and says in words why it cannot be paid yet', async () => {
    await open(`/my-grants/${GRANT_ID}`);
    expect(tabs().map((tab) => clean(tab.textContent))).toEqual(['Këstet dhe pagesat', 'Buxheti', 'Raportet']);

    const interim = trancheRow('interim');
    expect(clean(interim.querySelector('th')?.textContent)).toBe(
      'Këst i ndërmjetëm 1 Çlirohet nga raporti i ndërmjetëm me afat 30.5.2028',
    );
    expect(Array.from(interim.querySelectorAll('li')).map((li) => clean(li.textContent))).toEqual([
      'Mungon raporti i ndërmjetëm i miratuar që e çliron këtë këst.',
      'Raporti i ndërmjetëm i miratuar tregon të shpenzuar më pak se 70% të këstit të mëparshëm.',
    ]);
    expect(clean(interim.textContent)).toContain('Pa pagesë ende');

    const pre = trancheRow('pre_financing');
    expect(cells(pre)).toEqual([
      'Parafinancim',
      '18 000,00 €',
      'Ky këst ka tashmë një pagesë (të përgatitur, të miratuar ose të paguar).',
      '18 000,00 €',
      expect.stringMatching(/^Paguar 18 000,00 €\s*Paguar më 8\.4\.2027\s*Referenca bankare: BKT-2027-0042$/),
    ]);
    expect(clean(trancheRow('balance').querySelector('th')?.textContent)).toBe(
      'Kësti përfundimtar Rillogaritet nga kostot e pranueshme të shpenzuara',
    );

    // The same reasons in English after a switch.
    TestBed.inject(LanguageService).use('en');
    TestBed.inject(TranslocoService).setActiveLang('en');
    await stable();
    expect(clean(trancheRow('balance').querySelector('li')?.textContent)).toBe(
      'The previous tranche has not been paid yet.',
    );
    expect(clean(trancheRow('interim').querySelector('th')?.textContent)).toBe(
      'Interim tranche 1 Released by the interim report due on 30/05/2028',
    );
  });

  it('says how much may be paid now for a payable tranche', async () => {
    const grant = grantDto({
      tranches: [tranche({ payable: true, blocks: [], payableCents: 1_800_000, paidCents: 0, payment: null })],
    });
    await open(`/my-grants/${GRANT_ID}`, grant);
    expect(trancheRow('pre_financing').dataset['payable']).toBe('true');
    expect(clean(trancheRow('pre_financing').textContent)).toContain('Po, tani: 18 000,00 €');
  });

  it('shows the budget line by line with a bar each, the tab in the address', async () => {
    await open(`/my-grants/${GRANT_ID}`);
    tabs()[1].click();
    await stable();
    expect(url()).toBe(`/my-grants/${GRANT_ID}?tab=budget`);
    const rows = Array.from(root().querySelectorAll('table.budget tbody tr')).map(cells);
    expect(rows).toEqual([
      ['Burime njerëzore: Koordinatore', '30 000,00 €', '12 000,00 €', '18 000,00 €', '40% e shpenzuar'],
      ['Udhëtime: Udhëtime në terren', '10 000,00 €', '0,00 €', '10 000,00 €', '0% e shpenzuar'],
    ]);
    expect(root().querySelectorAll('table.budget tbody sk-money-bar')).toHaveLength(2);
    expect(cells(root().querySelector('table.budget tfoot tr')!)).toEqual([
      'Gjithsej',
      '40 000,00 €',
      '12 000,00 €',
      '28 000,00 €',
      '30% e shpenzuar',
    ]);
  });
});
