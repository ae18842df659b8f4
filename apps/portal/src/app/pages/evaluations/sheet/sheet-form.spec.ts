import { gridDto } from '../testing/evaluation-fixtures';
import { buildSheetForm, livePoints, placeFieldErrors, requireEverything, sheetScores } from './sheet-form';

describe('the score sheet form', () => {
  const grid = gridDto();

  it('fills from the saved sheet and gives it back whole, in grid order, empty comments as none', () => {
    const form = buildSheetForm(grid, [
      { criterionKey: '2.1', score: 3, comment: 'Mirë' },
      { criterionKey: '1.1', score: null, comment: '' },
    ]);
    expect(sheetScores(grid, form)).toEqual([
      { criterionKey: '1.1', score: null, comment: null },
      { criterionKey: '1.2', score: null, comment: null },
      { criterionKey: '2.1', score: 3, comment: 'Mirë' },
    ]);
  });

  it('counts points with the weights, open criteria as nothing', () => {
    expect(
      livePoints(grid, [
        { criterionKey: '1.1', score: 4, comment: null },
        { criterionKey: '2.1', score: 5, comment: null },
      ]),
    ).toEqual({ sections: { '1': 8, '2': 10 }, total: 18, complete: false });
  });

  it('requires every score and a comment that is more than spaces once a submission is tried', () => {
    const form = buildSheetForm(grid, [{ criterionKey: '1.1', score: 4, comment: '  ' }]);
    expect(form.valid).toBe(true);
    requireEverything(form);
    expect(form.controls['1.1'].controls.score.valid).toBe(true);
    expect(form.controls['1.1'].controls.comment.errors).toEqual({ required: true });
    expect(form.controls['1.2'].controls.score.errors).toEqual({ required: true });
    expect(form.controls['1.1'].touched).toBe(true);
  });

  it("places the API's field errors by criterion key (with its dots), or by the index sent", () => {
    const form = buildSheetForm(grid, []);
    const sent = sheetScores(grid, form);
    const unplaced = placeFieldErrors(
      form,
      [
        { field: 'scores.1.2.score', message: 'Pikë e pavlefshme.' },
        { field: 'scores.2.comment', message: 'Koment i gjatë.' },
        { field: 'scores', message: 'Diçka tjetër.' },
      ],
      sent,
    );
    expect(form.controls['1.2'].controls.score.errors).toEqual({ server: 'Pikë e pavlefshme.' });
    expect(form.controls['2.1'].controls.comment.errors).toEqual({ server: 'Koment i gjatë.' });
    expect(unplaced).toEqual(['Diçka tjetër.']);

    form.controls['1.2'].controls.score.setValue(3);
    expect(form.controls['1.2'].controls.score.errors).toBeNull();
  });
});
