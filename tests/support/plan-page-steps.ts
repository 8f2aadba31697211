/** Steps and files the Plan page tests share. */
import { screen } from '@testing-library/react';
import { renderApp, store } from '../render-app';

/** Renders the Plan page and waits for its heading. */
export async function renderPlan() {
  const view = await renderApp('/plan');
  await screen.findByRole('heading', { level: 1, name: 'Your plan' });
  return view;
}

/** A learner who chose Python and has ticked a few milestones. */
export function seedPython() {
  store().chooseLanguage('python');
  store().markMilestone('html-basics', 'done');
  store().markMilestone('terminal-basics', 'done');
  store().markMilestone('python-setup', 'learning');
}

export const importInput = () => screen.getByLabelText('Import plan');

export const jsonFile = (text: string, name = 'plan.json') => new File([text], name, { type: 'application/json' });

const LONG_AGO = '2026-01-05T10:00:00.000Z';

/** A plan file as another browser would have exported it. */
export function planFile(): File {
  return jsonFile(
    JSON.stringify(
      {
        format: 'backend-path-plan',
        version: 1,
        exportedAt: LONG_AGO,
        plan: {
          language: 'go',
          settings: { hoursPerWeek: 5, startDate: '2026-01-05', targetDate: null },
          settingsUpdatedAt: LONG_AGO,
          milestones: {
            'html-basics': { status: 'done', updatedAt: LONG_AGO, completedAt: LONG_AGO },
            'css-basics': { status: 'done', updatedAt: LONG_AGO, completedAt: LONG_AGO },
            'js-basics': { status: 'learning', updatedAt: LONG_AGO, note: 'Chapter 4 of Eloquent JavaScript' },
            'dns-and-domains': { status: 'skipped', updatedAt: LONG_AGO },
            'go-setup': { status: 'done', updatedAt: LONG_AGO, completedAt: LONG_AGO },
          },
          custom: [],
          resetAt: null,
        },
      },
      null,
      2,
    ),
    'backend-path-plan-2026-01-05.json',
  );
}
