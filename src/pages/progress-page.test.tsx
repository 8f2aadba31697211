import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDaysLocal, renderApp, resetApp, savedPlan, STAGE_TITLES, store } from '../../tests/render-app';
import { commonMilestones } from '../content/milestones-common';

const inWebFoundations = commonMilestones.filter((m) => m.stageId === 'web-foundations').length;

beforeEach(resetApp);

async function renderProgress() {
  const view = await renderApp('/progress');
  await screen.findByRole('heading', { level: 1, name: 'Progress' });
  return view;
}

const valueOf = (bar: HTMLElement) => Number(bar.getAttribute('aria-valuenow'));

describe('Progress', () => {
  it('starts at 0% overall with a progress bar per stage', async () => {
    await renderProgress();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const overall = screen.getByRole('progressbar', { name: 'Overall progress' });
    expect(valueOf(overall)).toBe(0);
    expect(overall).toHaveAttribute('aria-valuemin', '0');
    expect(overall).toHaveAttribute('aria-valuemax', '100');
    for (const title of STAGE_TITLES) {
      expect(valueOf(screen.getByRole('progressbar', { name: title }))).toBe(0);
    }
    // Overall, Core, and one per stage.
    expect(screen.getAllByRole('progressbar')).toHaveLength(STAGE_TITLES.length + 2);
    // Without a language there is no track yet.
    expect(screen.getByRole('progressbar', { name: 'Server language' })).toHaveAttribute(
      'aria-valuetext',
      '0%, nothing here yet',
    );
  });

  it('shows overall and per-stage progress after ticks', async () => {
    store().chooseLanguage('python');
    store().markMilestone('html-basics', 'done');
    store().markMilestone('css-basics', 'done');
    store().markMilestone('python-setup', 'done');
    await renderProgress();

    const overall = screen.getByRole('progressbar', { name: 'Overall progress' });
    expect(valueOf(overall)).toBeGreaterThan(0);
    expect(overall).toHaveAttribute('aria-valuetext', expect.stringMatching(/, 3 of \d+ milestones done$/));
    expect(screen.getByText(/Your road with Python/)).toBeInTheDocument();

    const web = screen.getByRole('progressbar', { name: 'Web foundations' });
    expect(valueOf(web)).toBe(Math.round((2 / inWebFoundations) * 1000) / 10);
    expect(web).toHaveAttribute('aria-valuetext', expect.stringContaining(`2 of ${inWebFoundations} done`));
    expect(valueOf(screen.getByRole('progressbar', { name: 'Server language' }))).toBeGreaterThan(0);
    expect(valueOf(screen.getByRole('progressbar', { name: 'Data skills' }))).toBe(0);
    // This week has a milestone done: a streak of one week.
    expect(screen.getByText('1 week')).toBeInTheDocument();
  });

  it('a ticked milestone on the roadmap shows up on the Progress page', async () => {
    const { user } = await renderApp('/roadmap');
    const article = await screen.findByRole('article', { name: 'HTML basics' });
    await user.click(within(article).getByRole('checkbox', { name: 'HTML basics' }));
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Progress' }));
    const overall = await screen.findByRole('progressbar', { name: 'Overall progress' });
    expect(valueOf(overall)).toBeGreaterThan(0);
    expect(screen.getByRole('progressbar', { name: 'Web foundations' })).toHaveAttribute(
      'aria-valuetext',
      expect.stringContaining(`1 of ${inWebFoundations} done`),
    );
  });

  it('skipped milestones leave the total', async () => {
    store().markMilestone('html-basics', 'done');
    store().markMilestone('css-basics', 'skipped');
    await renderProgress();
    const web = screen.getByRole('progressbar', { name: 'Web foundations' });
    expect(web).toHaveAttribute('aria-valuetext', expect.stringContaining(`1 of ${inWebFoundations - 1} done`));
    expect(valueOf(web)).toBe(Math.round((1 / (inWebFoundations - 1)) * 1000) / 10);
  });

  it('with 0 hours per week, says to set hours instead of a date', async () => {
    store().updatePace({ hoursPerWeek: 0 });
    await renderProgress();
    expect(screen.getByText('projected finish: set hours per week above zero')).toBeInTheDocument();
    expect(screen.queryByText(/the whole road, in about/)).not.toBeInTheDocument();
  });

  it('with a pace, shows the projected finish', async () => {
    store().updatePace({ hoursPerWeek: 10 });
    await renderProgress();
    expect(screen.getByText(/^the whole road, in about [\d,.\s]+ weeks$/)).toBeInTheDocument();
    expect(screen.getByText('No target date set.', { exact: false })).toBeInTheDocument();
  });

  it('a target date in the past is "Behind" and asks for a new date', async () => {
    store().updatePace({ hoursPerWeek: 10, targetDate: addDaysLocal(-30) });
    await renderProgress();
    const line = screen.getByText('Behind', { selector: 'strong' }).closest('p');
    expect(line).toHaveTextContent(/Behind your target, .+ by [\d,.\s]+ days?\./);
    expect(line).toHaveTextContent('The date has passed: choose a new one on the Plan page.');
    expect(screen.queryByText('On track')).not.toBeInTheDocument();
  });

  it('a target date too soon for the pace is "Behind" and says what pace would do', async () => {
    store().updatePace({ hoursPerWeek: 2, targetDate: addDaysLocal(14) });
    await renderProgress();
    const line = screen.getByText('Behind', { selector: 'strong' }).closest('p');
    expect(line).toHaveTextContent(/About [\d.]+ hours a week would get you there\./);
  });

  it('a target date with 0 hours per week is "Behind"', async () => {
    store().updatePace({ hoursPerWeek: 0, targetDate: addDaysLocal(60) });
    await renderProgress();
    expect(screen.getByText('Behind', { selector: 'strong' })).toBeInTheDocument();
  });

  it('a far target date at a good pace is "On track"', async () => {
    store().updatePace({ hoursPerWeek: 40, targetDate: addDaysLocal(365 * 5) });
    await renderProgress();
    const line = screen.getByText('On track', { selector: 'strong' }).closest('p');
    expect(line).toHaveTextContent(/with [\d,.\s]+ days to spare\./);
    expect(screen.queryByText('Behind', { selector: 'strong' })).not.toBeInTheDocument();
  });

  it('shows Core progress and when the learner will be job-ready', async () => {
    store().chooseLanguage('python');
    store().markMilestone('html-basics', 'done');
    await renderProgress();
    const core = screen.getByRole('progressbar', { name: 'Core progress' });
    expect(core).toHaveAttribute('aria-valuetext', expect.stringMatching(/1 of \d+ core milestones done, \d+ h left$/));
    expect(screen.getByText(/Job-ready/).closest('p')).toHaveTextContent(/around .+\d{4}, at 8 hours a week\./);
  });

  it('shows the pace of the last six weeks next to the plan, and fixes the plan in one click', async () => {
    store().chooseLanguage('python');
    store().markMilestone('html-basics', 'done');
    store().markMilestone('css-basics', 'done');
    store().updatePace({ hoursPerWeek: 2, targetDate: addDaysLocal(30) });
    const { user } = await renderProgress();
    const pace = screen.getByRole('region', { name: 'Your pace' });
    // 24 hours done in six weeks: 4 hours a week.
    expect(within(pace).getByText('4 h')).toBeInTheDocument();
    await user.click(within(pace).getByRole('button', { name: 'Set pace to 4 h a week' }));
    expect(savedPlan().settings.hoursPerWeek).toBe(4);
    await user.click(within(pace).getByRole('button', { name: /^Move the target to / }));
    expect(savedPlan().settings.targetDate).not.toBe(addDaysLocal(30));
    expect(within(pace).queryByText('Behind', { selector: 'strong' })).not.toBeInTheDocument();
  });

  it('draws hours over time with a table beside it, and the days something was finished', async () => {
    store().chooseLanguage('python');
    store().markMilestone('html-basics', 'done');
    await renderProgress();
    const chart = screen.getByRole('img', { name: /^12 of \d+ hours done by this week/ });
    expect(chart).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Hours done and planned, week by week' })).toBeInTheDocument();
    expect(screen.getByText(/^1 milestone done on 1 day in the last 26 weeks/)).toBeInTheDocument();
  });
});
