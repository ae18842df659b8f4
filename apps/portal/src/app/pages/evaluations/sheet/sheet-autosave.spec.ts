import type { CriterionScoreDto, EvaluationSheetDto } from '@skema/contracts';
import { Observable, Subject } from 'rxjs';
import { sheetDto } from '../testing/evaluation-fixtures';
import { SHEET_AUTOSAVE_DELAY_MS, SheetAutosave, SheetSaveFailure, SheetSaver } from './sheet-autosave';

/** A saver whose requests the test answers one by one, like the API would. */
class FakeSaver implements SheetSaver {
  readonly saves: { scores: CriterionScoreDto[]; answer: Subject<EvaluationSheetDto> }[] = [];
  readonly taken: EvaluationSheetDto[] = [];

  save(scores: CriterionScoreDto[]): Observable<EvaluationSheetDto> {
    const answer = new Subject<EvaluationSheetDto>();
    this.saves.push({ scores, answer });
    return answer;
  }

  saved(sheet: EvaluationSheetDto): void {
    this.taken.push(sheet);
  }

  failed(error: unknown): SheetSaveFailure {
    return { reason: 'Offline', code: (error as { code?: string }).code ?? null };
  }

  answer(index: number, at = '2026-11-25T09:42:00.000Z'): void {
    this.saves[index].answer.next(sheetDto({ scores: this.saves[index].scores, updatedAt: at }));
    this.saves[index].answer.complete();
  }

  fail(index: number, code: string | null = null): void {
    this.saves[index].answer.error({ code });
  }
}

const sheet = (score: number | null): CriterionScoreDto[] => [{ criterionKey: '1.1', score, comment: null }];

describe('SheetAutosave', () => {
  let saver: FakeSaver;
  let autosave: SheetAutosave;

  beforeEach(() => {
    jest.useFakeTimers();
    saver = new FakeSaver();
    autosave = new SheetAutosave(saver, null);
  });

  afterEach(() => jest.useRealTimers());

  it('saves once, after a pause, with the latest sheet', () => {
    expect(autosave.state()).toEqual({ kind: 'idle' });
    autosave.change(sheet(1));
    jest.advanceTimersByTime(SHEET_AUTOSAVE_DELAY_MS - 1);
    autosave.change(sheet(2));
    jest.advanceTimersByTime(SHEET_AUTOSAVE_DELAY_MS - 1);
    expect(saver.saves).toHaveLength(0);
    expect(autosave.state().kind).toBe('pending');
    expect(autosave.unsaved()).toBe(true);

    jest.advanceTimersByTime(1);
    expect(saver.saves.map((save) => save.scores)).toEqual([sheet(2)]);
    saver.answer(0);
    expect(autosave.state()).toEqual({ kind: 'saved', at: '2026-11-25T09:42:00.000Z', mine: true });
    expect(autosave.unsaved()).toBe(false);
    expect(saver.taken).toHaveLength(1);
  });

  it('keeps the failed sheet, says why, and sends it again on a retry', () => {
    autosave.change(sheet(3));
    autosave.flush();
    saver.fail(0);

    expect(autosave.state()).toEqual({ kind: 'failed', reason: 'Offline', code: null });
    expect(autosave.unsaved()).toBe(true);
    autosave.flush();
    expect(saver.saves[1].scores).toEqual(sheet(3));
  });

  it('settles: saves what waits and resolves once the save is through', async () => {
    autosave.change(sheet(4));
    const settled = autosave.settle();
    expect(saver.saves).toHaveLength(1);
    saver.answer(0);
    await expect(settled).resolves.toBe(true);
    await expect(autosave.settle()).resolves.toBe(true);
  });

  it('settles false when the save fails, or takes too long', async () => {
    autosave.change(sheet(4));
    const failed = autosave.settle();
    saver.fail(0);
    await expect(failed).resolves.toBe(false);

    const slow = autosave.settle(5_000);
    jest.advanceTimersByTime(5_000);
    await expect(slow).resolves.toBe(false);
  });

  it('drops what waits when the sheet goes with a submission instead', () => {
    autosave.change(sheet(5));
    autosave.discard();
    jest.advanceTimersByTime(SHEET_AUTOSAVE_DELAY_MS * 2);
    expect(saver.saves).toHaveLength(0);
    expect(autosave.unsaved()).toBe(false);
  });

  it('starts from when the sheet was last saved', () => {
    expect(new SheetAutosave(saver, '2026-11-20T08:00:00.000Z').state()).toEqual({
      kind: 'saved',
      at: '2026-11-20T08:00:00.000Z',
      mine: false,
    });
  });
});
