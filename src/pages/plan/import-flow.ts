import type { ReadPlan } from '../../domain/plan-file';
import type { ImportMode } from '../../domain/plan-merge';

/**
 * The import on the Plan page as a pure reducer (TodoMVC style): a file, a share link or a backup
 * opens a preview; the learner merges, replaces or cancels; focus follows what they did. A new
 * file or link always clears what was said about the one before.
 */
export interface PendingImport extends ReadPlan {
  /** Where the plan comes from, as the preview names it: “plan.json”, the share link, a backup. */
  readonly from: string;
}

type FocusTarget = 'preview' | 'undo' | 'field' | 'message' | null;

export interface ImportFlow {
  readonly pending: PendingImport | null;
  /** Why the last file or link was refused. */
  readonly error: string;
  /** What the last import did, said next to the import field. */
  readonly message: string;
  /** Where focus goes once the page has drawn the change. */
  readonly focus: FocusTarget;
}

export type ImportEvent =
  | { readonly type: 'opened'; readonly plan: PendingImport }
  | { readonly type: 'refused'; readonly error: string }
  | { readonly type: 'imported'; readonly mode: ImportMode }
  | { readonly type: 'failed'; readonly error: string }
  | { readonly type: 'cancelled' }
  | { readonly type: 'undone' }
  | { readonly type: 'focused' };

export const idleImport: ImportFlow = { pending: null, error: '', message: '', focus: null };

export function importFlow(state: ImportFlow, event: ImportEvent): ImportFlow {
  switch (event.type) {
    case 'opened':
      return { pending: event.plan, error: '', message: '', focus: 'preview' };
    case 'refused':
      return { pending: null, error: event.error, message: '', focus: null };
    case 'imported':
      return {
        pending: null,
        error: '',
        message:
          event.mode === 'replace' ? 'Your plan was replaced by the import.' : 'The import was merged into your plan.',
        focus: 'undo',
      };
    case 'failed':
      return { ...state, error: event.error, focus: null };
    case 'cancelled':
      return { pending: null, error: '', message: 'Import cancelled: nothing changed.', focus: 'field' };
    case 'undone':
      return { ...state, message: 'Import undone: your plan is back as it was.', focus: 'message' };
    case 'focused':
      return state.focus === null ? state : { ...state, focus: null };
  }
}
