import en from '../../../../../public/i18n/en.json';
import sq from '../../../../../public/i18n/sq.json';
import applicationEn from '../../../../../public/i18n/application/en.json';
import applicationSq from '../../../../../public/i18n/application/sq.json';
import callsEn from '../../../../../public/i18n/calls/en.json';
import callsSq from '../../../../../public/i18n/calls/sq.json';
import { AUTOSAVE_DELAY_MS } from '../autosave/section-autosave';
import { applicationDto } from '../testing/application-fixtures';
import { PageContext, openPage, setUpPage, text, type, urls } from '../testing/application-testing';

const dictionaries = { sq, en, applicationSq, applicationEn, callsSq, callsEn };

const coordinator = {
  category: 'human_resources',
  description: 'Koordinatori i projektit',
  unit: 'muaj',
  quantity: 12,
  unitCostCents: 150_000,
  ownContributionCents: 180_000,
};

describe('BudgetSectionComponent', () => {
  let page: PageContext;
  const root = () => page.root();
  const field = (line: number, name: string) => root().querySelector<HTMLInputElement>(`#budget-line-${line}-${name}`);
  const figure = (name: string) => text(root().querySelector(`.figure-${name}`));
  const problems = () => Array.from(root().querySelectorAll('.problems li')).map((item) => text(item));

  beforeEach(async () => {
    page = await setUpPage(dictionaries);
    await openPage(page, {
      query: '?section=budget',
      application: applicationDto({}, { budget: { content: { lines: [coordinator] }, version: 2 } }),
    });
  });

  afterEach(() => {
    jest.useRealTimers();
    page.backend.match(() => true).forEach((request) => request.flush({}));
  });

  it('shows the saved lines with their totals and the call limits', () => {
    expect(field(0, 'quantity')?.value).toBe('12');
    expect(field(0, 'unitCostCents')?.value).toBe('1500,00');
    expect(text(root().querySelector('.budget-line__total'))).toBe('Totali i zërit: 18 000,00 €');
    expect(figure('total')).toBe('18 000,00 €');
    expect(figure('grant')).toBe('16 200,00 € (90% e kostove)');
    expect(figure('cofinancing')).toBe('1 800,00 € (10% e kostove)');
    expect(text(root().querySelector('.limits'))).toBe(
      'Kjo thirrje jep grante nga 10 000,00 € deri në 60 000,00 €, që mbulojnë deri në 90% të kostove të pranueshme.',
    );
    expect(text(root().querySelector('.verdict'))).toBe('Buxheti është brenda kufijve të thirrjes.');
  });

  it('recomputes as the person types, in exact cents, and warns outside the limits', async () => {
    type(field(0, 'ownContributionCents'), '1 799,99');
    await page.render();

    expect(figure('grant')).toBe('16 200,01 € (90% e kostove)');
    expect(problems()).toEqual([
      'Granti mund të mbulojë deri në 90% të kostove të pranueshme (16 200,00 €): rritni bashkëfinancimin.',
    ]);
    expect(root().querySelector('.verdict')?.getAttribute('aria-live')).toBe('polite');

    type(field(0, 'quantity'), '2,5');
    type(field(0, 'unitCostCents'), '2 800,01');
    type(field(0, 'ownContributionCents'), '700,01');
    await page.render();

    // 2.5 × 2,800.01 = 7,000.025, rounded once to 7,000.03.
    expect(text(root().querySelector('.budget-line__total'))).toBe('Totali i zërit: 7 000,03 €');
    expect(figure('total')).toBe('7 000,03 €');
    // 90% of 7,000.03 is 6,300.027: a grant of 6,300.02 is the most the share allows.
    expect(figure('grant')).toBe('6 300,02 € (89,99% e kostove)');
    expect(problems()).toEqual(['Granti i kërkuar (6 300,02 €) është nën minimumin e thirrjes (10 000,00 €).']);
  });

  it('saves the lines as integer cents with the version it loaded', async () => {
    jest.useFakeTimers();
    type(field(0, 'unitCostCents'), '1 500,10');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);

    const save = page.backend.expectOne(urls.section('budget'));
    expect(save.request.body).toEqual({ version: 2, content: { lines: [{ ...coordinator, unitCostCents: 150_010 }] } });
  });

  it('adds a line, focuses it, and says what is wrong with a number', async () => {
    root().querySelector<HTMLButtonElement>('.sk-form__actions button')?.click();
    await page.render();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement?.id).toBe('budget-line-1-category');

    type(field(1, 'quantity'), '1,234');
    field(1, 'quantity')?.dispatchEvent(new Event('blur'));
    type(field(1, 'unitCostCents'), 'njëqind');
    field(1, 'unitCostCents')?.dispatchEvent(new Event('blur'));
    await page.render();

    const legends = Array.from(root().querySelectorAll('legend')).map((legend) => text(legend));
    expect(legends).toEqual(['Zëri buxhetor 1', 'Zëri buxhetor 2']);
    expect(root().textContent).toContain('Shkruani një sasi mbi 0, me jo më shumë se 2 shifra pas presjes.');
    expect(root().textContent).toContain('Shkruani një shumë në euro, p.sh. 1234,50.');
    expect(text(root().querySelectorAll('.budget-line__total')[1])).toBe('Totali i zërit: —');
  });

  it('removes a line by its named button', async () => {
    const remove = root().querySelector<HTMLButtonElement>('button[aria-label="Hiq zërin buxhetor 1"]');
    remove?.click();
    await page.render();

    expect(root().querySelectorAll('sk-list-row')).toHaveLength(0);
    expect(problems()).toContain('Buxheti nuk ka asnjë zë buxhetor.');
  });
});
