import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findMilestone, getMilestone, renderApp, resetApp, savedPlan, store } from '../../../tests/render-app';
import { HTML, PYTHON_SETUP, SERVER, WEB, renderRoadmap, toolbar } from '../../../tests/support/roadmap-steps';
import { commonMilestones } from '../../content/milestones-common';

beforeEach(() => {
  resetApp();
  store().chooseLanguage('python');
});

const webIds = commonMilestones.filter((m) => m.stageId === 'web-foundations').map((m) => m.id);

describe('folding stages', () => {
  it('each stage heading has a fold button named by the stage, which hides and shows its milestones', async () => {
    const { user } = await renderRoadmap();
    const fold = screen.getByRole('button', { name: WEB });
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    await user.click(fold);
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('article', { name: HTML })).not.toBeInTheDocument();
    await user.click(fold);
    expect(screen.getByRole('article', { name: HTML })).toBeInTheDocument();
  });

  it('a finished stage starts folded', async () => {
    for (const id of webIds) store().markMilestone(id, 'done');
    await renderRoadmap();
    expect(screen.getByRole('button', { name: WEB })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: SERVER })).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('the stage bar', () => {
  it('shows each stage’s progress and where the learner is', async () => {
    store().markMilestone('html-basics', 'done');
    await renderRoadmap();
    const bar = within(screen.getByRole('navigation', { name: 'Stages' }));
    const web = bar.getByRole('link', { name: `Web foundations, 1 of ${webIds.length} done, you are here` });
    expect(web).toHaveAttribute('aria-current', 'step');
    expect(bar.getByRole('link', { name: /^Beyond, 0 of \d+ done$/ })).not.toHaveAttribute('aria-current');
  });
});

describe('finding milestones', () => {
  it('"Core only" shows the core milestones, each marked Core', async () => {
    const { user } = await renderRoadmap();
    await user.selectOptions(toolbar().getByRole('combobox', { name: 'Show' }), 'Core only');
    const articles = screen.getAllByRole('article');
    expect(articles.length).toBeGreaterThan(10);
    for (const article of articles) expect(within(article).getByText('Core')).toBeInTheDocument();
  });

  it('a search with no match says so and offers a way back; the stages stay', async () => {
    const { user } = await renderRoadmap();
    await user.type(toolbar().getByRole('searchbox', { name: 'Search milestones' }), 'xyzzy');
    expect(await screen.findByText('No milestones match “xyzzy”.')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Stages' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filter' }));
    expect(await screen.findByRole('article', { name: HTML })).toBeInTheDocument();
  });

  it('focus never falls to the page: a milestone that leaves the filter hands focus to the next one', async () => {
    const { user } = await renderRoadmap();
    await user.selectOptions(toolbar().getByRole('combobox', { name: 'Show' }), 'To do');
    const { status } = getMilestone(HTML, WEB);
    status.focus();
    await user.keyboard('d');
    expect(screen.queryByRole('article', { name: HTML })).not.toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(document.activeElement?.closest('article')).toHaveAccessibleName('CSS basics');
  });
});

describe('own milestones', () => {
  it('adding one says where it went and leads to it; removing one can be undone', async () => {
    const { user } = await renderRoadmap();
    const form = within(screen.getByRole('region', { name: 'Add your own milestone' }));
    await user.type(form.getByRole('textbox', { name: 'Title' }), 'Read the Twelve-Factor App');
    await user.click(form.getByRole('button', { name: 'Add milestone' }));
    expect(form.getByRole('status')).toHaveTextContent('Added “Read the Twelve-Factor App” to Beyond.');
    await user.click(form.getByRole('button', { name: 'Show it' }));
    const own = getMilestone('Read the Twelve-Factor App', 'Beyond');
    expect(own.status).toHaveFocus();

    await user.click(within(own.article).getByText('Resources and note'));
    await user.click(within(own.article).getByRole('button', { name: 'Remove this milestone' }));
    expect(screen.queryByRole('article', { name: 'Read the Twelve-Factor App' })).not.toBeInTheDocument();
    expect(screen.getByText('Removed “Read the Twelve-Factor App”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Read the Twelve-Factor App' })).toBeInTheDocument();
    expect(savedPlan().custom.map((m) => m.title)).toEqual(['Read the Twelve-Factor App']);
    expect(savedPlan().removedCustom).toEqual({});
  });
});

describe('after a move to another page', () => {
  it('focus goes to the new page’s heading', async () => {
    const { user } = await renderRoadmap();
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Progress' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Progress' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(PYTHON_SETUP).toBeTruthy();
  });
});

describe('a long roadmap draws what is on screen first', () => {
  // A browser that says when it is idle: the idle callbacks run when the test says so.
  let idle: (() => void)[] = [];
  const runIdle = () => {
    const due = idle;
    idle = [];
    for (const callback of due) callback();
  };
  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws a screenful at once and the rest a few milestones at a time as the browser idles', async () => {
    await renderApp('/roadmap');
    await findMilestone(HTML, WEB);
    // The first open stage (Web foundations, six milestones) draws at once; nothing after it yet.
    const articlesIn = (stage: string) => within(screen.getByRole('region', { name: stage })).getAllByRole('article');
    expect(articlesIn(WEB)).toHaveLength(6);
    const internet = 'Internet and tools';
    // Time passes, but the browser is never idle: the rest waits.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(screen.queryByRole('region', { name: internet })).not.toBeInTheDocument();
    // Each idle moment draws six more milestones.
    await act(async () => runIdle());
    expect(articlesIn(internet)).toHaveLength(6);
    await act(async () => runIdle());
    expect(articlesIn(internet)).toHaveLength(12);
    for (let i = 0; i < 100 && idle.length > 0; i++) await act(async () => runIdle());
    expect(articlesIn(internet)).toHaveLength(13);
    expect(screen.getByRole('heading', { name: 'Beyond' })).toBeInTheDocument();
  });

  it('a jump to a stage not drawn yet draws it and goes there', async () => {
    const { user } = await renderApp('/roadmap');
    await findMilestone(HTML, WEB);
    const bar = within(screen.getByRole('navigation', { name: 'Stages' }));
    await user.click(bar.getByRole('link', { name: /^Beyond, / }));
    expect(await screen.findByRole('button', { name: 'Beyond' })).toHaveFocus();
  });
});
