/**
 * Milestone ids that were shipped and later removed, each with the id that replaces it (or
 * null when nothing does). Progress is keyed by id: a learner's tick on a retired id moves to
 * its replacement. A shipped id may never disappear without an entry here.
 */
export const retiredMilestoneIds: Readonly<Record<string, string | null>> = {};
