import type { ApplicationDto, ApplicationSectionKey } from '@skema/contracts';
import { Observable, Subject, of } from 'rxjs';
import { applicationDto, savedApplication } from '../testing/application-fixtures';
import { AUTOSAVE_DELAY_MS, SaveFailure, SectionAutosave, SectionContent, SectionSaver } from './section-autosave';

interface SaveCall {
  readonly version: number;
  readonly content: SectionContent;
  readonly answer: Subject<ApplicationDto>;
}

/** A saver whose requests the test answers one by one, like the API would. */
class FakeSaver implements SectionSaver {
  readonly saves: SaveCall[] = [];
  readonly taken: ApplicationDto[] = [];
  latestApplication = applicationDto();

  save(_section: ApplicationSectionKey, version: number, content: SectionContent): Observable<ApplicationDto> {
    const answer = new Subject<ApplicationDto>();
    this.saves.push({ version, content, answer });
    return answer;
  }

  latest(): Observable<ApplicationDto> {
    return of(this.latestApplication);
  }

  saved(application: ApplicationDto): void {
    this.taken.push(application);
  }

  describe(error: unknown): SaveFailure {
    const code = (error as { code?: string }).code ?? null;
    return { reason: code === 'section_conflict' ? 'Conflict' : 'Offline', code };
  }

  answer(index: number, version: number, by = 'Anila Meta'): void {
    const call = this.saves[index];
    call.answer.next(savedApplication(applicationDto(), 'summary', call.content, version, by));
    call.answer.complete();
  }

  fail(index: number, code: string | null): void {
    this.saves[index].answer.error({ code });
  }
}

describe('SectionAutosave', () => {
  let saver: FakeSaver;
  let autosave: SectionAutosave;

  beforeEach(() => {
    jest.useFakeTimers();
    saver = new FakeSaver();
    autosave = new SectionAutosave('summary', applicationDto().sections[0], saver);
  });

  afterEach(() => jest.useRealTimers());

  it('saves once, after a pause, with the latest content', () => {
    autosave.change({ text: 'A' });
    jest.advanceTimersByTime(1_000);
    autosave.change({ text: 'AB' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(saver.saves).toHaveLength(0);
    expect(autosave.state().kind).toBe('pending');
    expect(autosave.unsaved()).toBe(true);

    jest.advanceTimersByTime(1);
    expect(saver.saves.map(({ version, content }) => ({ version, content }))).toEqual([
      { version: 0, content: { text: 'AB' } },
    ]);
    expect(autosave.state().kind).toBe('saving');
  });

  it('sends the version it got back with the next save', () => {
    autosave.change({ text: 'A' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    saver.answer(0, 1);
    expect(autosave.state()).toEqual({ kind: 'saved', at: '2026-11-20T09:42:00.000Z', by: 'Anila Meta', mine: true });
    expect(autosave.unsaved()).toBe(false);
    expect(saver.taken).toHaveLength(1);

    autosave.change({ text: 'AB' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(saver.saves[1].version).toBe(1);
  });

  it('keeps one request in flight and sends what was typed meanwhile right after it', () => {
    autosave.change({ text: 'A' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    autosave.change({ text: 'AB' });
    autosave.change({ text: 'ABC' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(saver.saves).toHaveLength(1);

    saver.answer(0, 1);
    expect(saver.saves).toHaveLength(2);
    expect(saver.saves[1]).toMatchObject({ version: 1, content: { text: 'ABC' } });
  });

  it('saves at once when the person leaves the field, and does nothing when nothing changed', () => {
    autosave.flush();
    expect(saver.saves).toHaveLength(0);

    autosave.change({ text: 'A' });
    autosave.flush();
    expect(saver.saves).toHaveLength(1);
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(saver.saves).toHaveLength(1);
  });

  it('stops on a conflict and says who saved, keeping the unsaved content', () => {
    saver.latestApplication = savedApplication(applicationDto(), 'summary', { text: 'Theirs' }, 1, 'Besnik Hoxha');
    autosave.change({ text: 'Mine' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    saver.fail(0, 'section_conflict');

    expect(autosave.state()).toEqual({ kind: 'conflict', by: 'Besnik Hoxha', at: '2026-11-20T09:42:00.000Z' });
    expect(autosave.unsaved()).toBe(true);

    autosave.change({ text: 'Mine, more' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(saver.saves).toHaveLength(1);
  });

  it('loads their version on request, discarding mine', () => {
    saver.latestApplication = savedApplication(applicationDto(), 'summary', { text: 'Theirs' }, 1, 'Besnik Hoxha');
    autosave.change({ text: 'Mine' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    saver.fail(0, 'section_conflict');

    autosave.loadTheirs().subscribe();

    expect(autosave.loaded()).toEqual({ content: { text: 'Theirs' }, version: 1 });
    expect(autosave.state()).toMatchObject({ kind: 'saved', by: 'Besnik Hoxha', mine: false });
    expect(autosave.unsaved()).toBe(false);
    autosave.change({ text: 'Theirs, edited' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(saver.saves[1]).toMatchObject({ version: 1, content: { text: 'Theirs, edited' } });
  });

  it('keeps mine on request: saves it over their version number', () => {
    saver.latestApplication = savedApplication(applicationDto(), 'summary', { text: 'Theirs' }, 4, 'Besnik Hoxha');
    autosave.change({ text: 'Mine' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    saver.fail(0, 'section_conflict');

    autosave.keepMine().subscribe();

    expect(saver.saves[1]).toMatchObject({ version: 4, content: { text: 'Mine' } });
    saver.answer(1, 5);
    expect(autosave.state()).toMatchObject({ kind: 'saved', mine: true });
  });

  it('says why a save failed and tries again with the same content', () => {
    autosave.change({ text: 'A' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    saver.fail(0, null);

    expect(autosave.state()).toEqual({ kind: 'failed', reason: 'Offline', code: null });
    expect(autosave.unsaved()).toBe(true);

    autosave.flush();
    expect(saver.saves[1]).toMatchObject({ version: 0, content: { text: 'A' } });
  });

  it('starts from what the server last saved', () => {
    const section = savedApplication(applicationDto(), 'summary', { text: 'Old' }, 3, 'Besnik Hoxha').sections[0];
    const loaded = new SectionAutosave('summary', section, saver);

    expect(loaded.state()).toEqual({ kind: 'saved', at: '2026-11-20T09:42:00.000Z', by: 'Besnik Hoxha', mine: false });
    expect(loaded.loaded()).toEqual({ content: { text: 'Old' }, version: 3 });
  });
});
