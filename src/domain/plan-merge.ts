import { compareStamps, isAfter } from './hlc';
import { adoptPlan, compactRemoved, type Change } from './plan';
import type { CustomMilestone, MilestoneRecord, Plan } from './plan-schema';

/**
 * The later of two versions by their stamps; on a tie, the same one whichever side it is on, so
 * that two tabs merging each other's saves always agree.
 */
function later<T extends { readonly stamp: string }>(a: T, b: T): T {
  const order = compareStamps(a.stamp, b.stamp);
  if (order !== 0) return order > 0 ? a : b;
  return JSON.stringify(b) > JSON.stringify(a) ? b : a;
}

const laterStamp = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : isAfter(b, a) ? b : a;

/**
 * Two versions of one plan (another tab, an imported file): per milestone the later change
 * wins; language and pace come from the side that changed them last. Whatever is older than a
 * reset on either side stays reset, and an own milestone removed after its last change stays
 * removed.
 */
export function mergePlans(ours: Plan, theirs: Plan): Plan {
  const resetStamp = laterStamp(ours.resetStamp, theirs.resetStamp);
  const survivesReset = (stamp: string): boolean => resetStamp === null || compareStamps(stamp, resetStamp) >= 0;

  const milestones: Record<string, MilestoneRecord> = {};
  for (const id of new Set([...Object.keys(ours.milestones), ...Object.keys(theirs.milestones)])) {
    const a = ours.milestones[id];
    const b = theirs.milestones[id];
    const winner = a && b ? later(a, b) : (a ?? b);
    if (winner && survivesReset(winner.stamp)) milestones[id] = winner;
  }

  const removed: Record<string, string> = { ...ours.removedCustom };
  for (const [id, stamp] of Object.entries(theirs.removedCustom)) {
    const mine = removed[id];
    removed[id] = mine === undefined ? stamp : (laterStamp(mine, stamp) ?? stamp);
  }
  const custom = new Map<string, CustomMilestone>();
  for (const m of [...ours.custom, ...theirs.custom]) {
    const existing = custom.get(m.id);
    custom.set(m.id, existing ? later(existing, m) : m);
  }
  for (const [id, m] of custom) {
    const removedAt = removed[id];
    if (!survivesReset(m.stamp) || (removedAt !== undefined && compareStamps(removedAt, m.stamp) > 0)) {
      custom.delete(id);
      delete milestones[id];
    } else {
      delete removed[id];
    }
  }

  const oursIsLater =
    ours.settingsStamp === theirs.settingsStamp
      ? JSON.stringify(ours.settings) + ours.language >= JSON.stringify(theirs.settings) + theirs.language
      : laterStamp(ours.settingsStamp, theirs.settingsStamp) === ours.settingsStamp;
  const chosenLast = oursIsLater ? ours : theirs;
  // Settings chosen before the latest reset are reset too: the side that was reset wins.
  const survives =
    resetStamp === null ||
    (chosenLast.settingsStamp !== null && compareStamps(chosenLast.settingsStamp, resetStamp) >= 0);
  const top = survives ? chosenLast : ours.resetStamp === resetStamp ? ours : theirs;
  return {
    language: top.language,
    settings: top.settings,
    settingsStamp: top.settingsStamp,
    milestones,
    custom: [...custom.values()],
    removedCustom: compactRemoved(removed),
    resetStamp,
  };
}

/**
 * Merge with a file: per milestone the later change wins, as between tabs, but whatever the file
 * brings in becomes a change made now, so no reset of this plan and no other open tab drops it.
 */
export function mergeImported(ours: Plan, file: Plan, change: Change): Plan {
  // A bare to-do record (what an undo leaves) says nothing the file should lose to.
  const said = Object.fromEntries(
    Object.entries(ours.milestones).filter(([id, r]) => !(id in file.milestones) || r.status !== 'todo' || r.note),
  );
  const merged = mergePlans(
    { ...ours, milestones: said, resetStamp: null },
    { ...file, resetStamp: null, removedCustom: {} },
  );
  for (const [id, record] of Object.entries(ours.milestones))
    if (!merged.milestones[id]) merged.milestones[id] = record;
  const milestones = Object.fromEntries(
    Object.entries(merged.milestones).map(([id, record]) => [
      id,
      record === ours.milestones[id] ? record : { ...record, stamp: change.stamp },
    ]),
  );
  const mine = new Map(ours.custom.map((m) => [m.id, m]));
  const custom = merged.custom.map((m) => (mine.get(m.id) === m ? m : { ...m, stamp: change.stamp }));
  const settingsFromFile = merged.settings !== ours.settings || merged.language !== ours.language;
  return {
    ...merged,
    milestones,
    custom,
    settingsStamp: settingsFromFile ? change.stamp : ours.settingsStamp,
    resetStamp: ours.resetStamp,
  };
}

const sameStamp = (a: { stamp: string } | undefined, b: { stamp: string } | undefined) => a?.stamp === b?.stamp;

/**
 * Undo of one action (an import, a reset): each part the action changed and that nobody has
 * changed since, in this tab or another, goes back to what it was before, as a new change.
 * Everything changed after the action is kept.
 */
export function undoChange(current: Plan, before: Plan, after: Plan, change: Change): Plan {
  const milestones: Record<string, MilestoneRecord> = { ...current.milestones };
  for (const id of new Set([...Object.keys(before.milestones), ...Object.keys(after.milestones)])) {
    const was = before.milestones[id];
    if (!sameStamp(current.milestones[id], after.milestones[id]) || was === after.milestones[id]) continue;
    if (was) milestones[id] = { ...was, stamp: change.stamp };
    // What the action added goes; as a change of its own, so other tabs drop it too.
    else if (current.milestones[id]) milestones[id] = { status: 'todo', stamp: change.stamp };
  }

  const removedCustom: Record<string, string> = { ...current.removedCustom };
  const custom = new Map(current.custom.map((m) => [m.id, m]));
  const afterCustom = new Map(after.custom.map((m) => [m.id, m]));
  const beforeCustom = new Map(before.custom.map((m) => [m.id, m]));
  for (const id of new Set([...beforeCustom.keys(), ...afterCustom.keys()])) {
    const was = beforeCustom.get(id);
    if (!sameStamp(custom.get(id), afterCustom.get(id)) || was === afterCustom.get(id)) continue;
    if (was) {
      custom.set(id, { ...was, stamp: change.stamp });
      delete removedCustom[id];
    } else if (custom.delete(id)) {
      removedCustom[id] = change.stamp;
      delete milestones[id];
    }
  }

  const settingsUntouched =
    current.settingsStamp === after.settingsStamp && after.settingsStamp !== before.settingsStamp;
  return {
    ...current,
    ...(settingsUntouched ? { language: before.language, settings: before.settings, settingsStamp: change.stamp } : {}),
    milestones,
    custom: [...custom.values()],
    removedCustom: compactRemoved(removedCustom),
  };
}

export type ImportMode = 'merge' | 'replace';

/**
 * The plan an import leaves: Merge keeps both sides, Replace takes the file as it is. Here rather
 * than beside the import preview: the store needs this, the preview only the Plan page.
 */
export function planAfterImport(current: Plan, incoming: Plan, mode: ImportMode, change: Change): Plan {
  return mode === 'replace' ? adoptPlan(incoming, change) : mergeImported(current, incoming, change);
}
