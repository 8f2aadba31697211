// A version-1 plan file with Python chosen, as the benchmarks and Lighthouse seed it: the app
// reads it as it reads any saved plan (migrating it to the current version).

/** @param {{ milestones?: Record<string, object>, custom?: object[], startDate?: string, at?: string }} [options] */
export function pythonPlan({
  milestones = {},
  custom = [],
  at = new Date().toISOString(),
  startDate = at.slice(0, 10),
} = {}) {
  return {
    format: 'backend-path-plan',
    version: 1,
    plan: {
      language: 'python',
      settings: { hoursPerWeek: 8, startDate, targetDate: null },
      settingsUpdatedAt: at,
      milestones,
      custom,
      resetAt: null,
    },
  };
}
