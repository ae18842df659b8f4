import { ApplicationRevisionDto } from '@skema/contracts';
import en from '../../../../../public/i18n/en.json';
import sq from '../../../../../public/i18n/sq.json';
import applicationEn from '../../../../../public/i18n/application/en.json';
import applicationSq from '../../../../../public/i18n/application/sq.json';
import callsEn from '../../../../../public/i18n/calls/en.json';
import callsSq from '../../../../../public/i18n/calls/sq.json';
import { PageContext, openPage, setUpPage, text, urls } from '../testing/application-testing';

const dictionaries = { sq, en, applicationSq, applicationEn, callsSq, callsEn };

const history: ApplicationRevisionDto[] = [
  { section: 'summary', version: 2, changedBy: 'Besnik Hoxha', changedAt: '2026-11-20T10:15:00.000Z' },
  { section: 'budget', version: 1, changedBy: 'Anila Meta', changedAt: '2026-11-20T09:30:00.000Z' },
  { section: 'summary', version: 1, changedBy: 'Anila Meta', changedAt: '2026-11-20T09:00:00.000Z' },
];

describe('HistoryPanelComponent', () => {
  let page: PageContext;
  const root = () => page.root();
  const rows = () =>
    Array.from(root().querySelectorAll('.revisions tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('td'))
        .slice(0, 4)
        .map((cell) => text(cell)),
    );

  beforeEach(async () => {
    page = await setUpPage(dictionaries);
    await openPage(page, { query: '?section=history' });
    page.backend.expectOne(urls.history).flush(history);
    await page.render();
  });

  afterEach(() => page.backend.match(() => true).forEach((request) => request.flush({})));

  it('lists who changed which section when, newest first', () => {
    expect(rows()).toEqual([
      ['20 nën 2026, 11:15', 'Besnik Hoxha', 'Përmbledhja', '2'],
      ['20 nën 2026, 10:30', 'Anila Meta', 'Buxheti', '1'],
      ['20 nën 2026, 10:00', 'Anila Meta', 'Përmbledhja', '1'],
    ]);
  });

  it('compares a version with the one before it, side by side, naming the changed fields', async () => {
    root().querySelector<HTMLButtonElement>('.compare-previous')?.click();
    const request = page.backend.expectOne((r) => r.url === `${urls.section('summary')}/comparison`);
    expect(request.request.params.get('from')).toBe('1');
    expect(request.request.params.get('to')).toBe('2');
    request.flush({
      section: 'summary',
      from: { version: 1, content: { title: 'Puna', text: 'Punësim' }, changedAt: '2026-11-20T09:00:00.000Z' },
      to: { version: 2, content: { title: 'Puna', text: 'Punësim për gratë' }, changedAt: '2026-11-20T10:15:00.000Z' },
      changedFields: ['text'],
    });
    await page.render();

    const table = root().querySelector('.comparison');
    expect(text(table?.querySelector('caption'))).toBe('Përmbledhja: versioni 1 dhe versioni 2');
    const cells = Array.from(table?.querySelectorAll('tbody tr') ?? []).map((row) => [
      text(row.querySelector('th')),
      ...Array.from(row.querySelectorAll('td')).map((cell) => text(cell)),
    ]);
    expect(cells).toEqual([
      ['Titulli Pa ndryshim', 'Puna', 'Puna'],
      ['Teksti Ndryshuar', 'Punësim', 'Punësim për gratë'],
    ]);
    expect(table?.querySelectorAll('tr.changed')).toHaveLength(1);
  });
});
