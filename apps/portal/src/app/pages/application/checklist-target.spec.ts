import { checklistTarget } from './checklist-target';

describe('checklistTarget', () => {
  it('takes a section to its view', () => {
    expect(checklistTarget('logframe')).toEqual({ kind: 'view', view: 'logframe', elementId: null });
    expect(checklistTarget('budget')).toEqual({ kind: 'view', view: 'budget', elementId: null });
  });

  it('takes a budget line field to the field itself', () => {
    expect(checklistTarget('budget.lines.2.unitCostCents')).toEqual({
      kind: 'view',
      view: 'budget',
      elementId: 'budget-line-2-unitCostCents',
    });
  });

  it('takes a missing document to its upload button', () => {
    expect(checklistTarget('attachments.statute')).toEqual({
      kind: 'view',
      view: 'attachments',
      elementId: 'attachment-statute',
    });
  });

  it('takes an unverified organisation to its profile', () => {
    expect(checklistTarget('organisation')).toEqual({ kind: 'page', url: '/organisation' });
  });

  it('ignores what it does not know', () => {
    expect(checklistTarget('somethingElse')).toBeNull();
  });
});
