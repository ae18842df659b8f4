import { APPLICATION_SECTIONS, ApplicationSectionKey } from '@skema/contracts';
import { EditorView } from './application-editor';

/** Where a checklist item takes the person: a view of this page (and a field in it), or another page. */
export type ChecklistTarget =
  | { readonly kind: 'view'; readonly view: EditorView; readonly elementId: string | null }
  | { readonly kind: 'page'; readonly url: string };

const isSection = (value: string): value is ApplicationSectionKey =>
  (APPLICATION_SECTIONS as readonly string[]).includes(value);

/**
 * The checklist's field paths as the API writes them: `organisation`, a section key, `budget`,
 * `budget.lines.<n>.<field>` (the domain's field names) and `attachments.<requirement key>`.
 */
export function checklistTarget(field: string): ChecklistTarget | null {
  if (field === 'organisation') return { kind: 'page', url: '/organisation' };
  const [head, ...rest] = field.split('.');
  if (head === 'attachments') {
    return { kind: 'view', view: 'attachments', elementId: rest.length > 0 ? `attachment-${rest.join('.')}` : null };
  }
  if (!isSection(head)) return null;
  if (head === 'budget' && rest[0] === 'lines' && /^\d+$/.test(rest[1] ?? '') && rest[2]) {
    return { kind: 'view', view: 'budget', elementId: `budget-line-${rest[1]}-${rest[2]}` };
  }
  return { kind: 'view', view: head, elementId: null };
}
