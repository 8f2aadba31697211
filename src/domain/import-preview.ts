import { countNotes, countStatuses, type Change, type StatusCounts } from './plan';
import { checkLimits } from './plan-document';
import { planAfterImport, type ImportMode } from './plan-merge';
import type { Plan } from './plan-schema';
import type { LanguageId } from './types';

export interface ImportPreview {
  readonly languageBefore: LanguageId | null;
  /** The language after each way of importing. */
  readonly languageAfter: Readonly<Record<ImportMode, LanguageId | null>>;
  /** What the file holds. */
  readonly counts: StatusCounts;
  readonly notes: number;
  readonly ownMilestones: number;
  /** Ids of milestones whose status or note the file would change, in id order. */
  readonly differing: readonly string[];
  /** What Replace would take away from the plan as it is now. */
  readonly replaceRemoves: { readonly records: number; readonly notes: number; readonly ownMilestones: number };
  /** Why a way of importing is refused (it would pass a limit), if it is. */
  readonly refused: Readonly<Partial<Record<ImportMode, string>>>;
}

/** What an import would do, told before anything changes. */
export function previewImport(current: Plan, incoming: Plan, change: Change): ImportPreview {
  const differing = Object.entries(incoming.milestones)
    .filter(([id, record]) => {
      const mine = current.milestones[id];
      return (mine?.status ?? 'todo') !== record.status || (mine?.note ?? '') !== (record.note ?? '');
    })
    .map(([id]) => id)
    .sort();
  const lost = Object.entries(current.milestones).filter(([id]) => !(id in incoming.milestones));
  const incomingOwn = new Set(incoming.custom.map((m) => m.id));
  const after = {
    merge: planAfterImport(current, incoming, 'merge', change),
    replace: planAfterImport(current, incoming, 'replace', change),
  };
  const refused: Partial<Record<ImportMode, string>> = {};
  for (const mode of ['merge', 'replace'] as const) {
    const check = checkLimits(after[mode], current);
    if (!check.ok) refused[mode] = check.error;
  }
  return {
    languageBefore: current.language,
    languageAfter: { merge: after.merge.language, replace: after.replace.language },
    counts: countStatuses(incoming),
    notes: countNotes(incoming),
    ownMilestones: incomingOwn.size,
    differing,
    replaceRemoves: {
      records: lost.filter(([, r]) => r.status !== 'todo').length,
      notes: lost.filter(([, r]) => r.note).length,
      ownMilestones: current.custom.filter((m) => !incomingOwn.has(m.id)).length,
    },
    refused,
  };
}
