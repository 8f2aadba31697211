import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { findMilestone, renderApp, resetApp, savedPlan, store } from '../../tests/render-app';

beforeEach(resetApp);

const LANGUAGE_NAMES = ['PHP', 'Node.js', 'Python', 'Go', 'Java', 'C#', 'Ruby'];

describe('Home, first visit', () => {
  it('has one h1 and a "Backend language" radio group with exactly the seven languages', async () => {
    await renderApp('/');
    const group = await screen.findByRole('group', { name: 'Backend language' });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Become a backend web developer');
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(7);
    radios.forEach((radio, index) => {
      expect(radio).toHaveAccessibleName(LANGUAGE_NAMES[index]);
      expect(radio).not.toBeChecked();
    });
    // No way on before a language is chosen; a way to choose one well instead.
    expect(screen.queryByRole('link', { name: /^Open my/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Compare the languages' })).toHaveAttribute('href', '/compare');
  });

  it('choosing Python checks it, saves the language and offers the Python roadmap', async () => {
    const { user } = await renderApp('/');
    const python = await screen.findByRole('radio', { name: 'Python' });
    await user.click(python);

    expect(python).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Go' })).not.toBeChecked();
    expect(savedPlan().language).toBe('python');
    // The form stays on screen after the choice; the dashboard waits for the next visit.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Become a backend web developer');

    const open = screen.getByRole('link', { name: 'Open my Python roadmap' });
    expect(open).toHaveAttribute('href', '/roadmap');
    await user.click(open);
    expect(await screen.findByRole('heading', { level: 1, name: 'Roadmap' })).toBeInTheDocument();
    const { checkbox } = await findMilestone('Installing Python and running a first program', 'Server language');
    expect(checkbox).not.toBeChecked();
  });

  it('moves between languages with the arrow keys (keyboard path)', async () => {
    const { user } = await renderApp('/');
    await screen.findByRole('radio', { name: 'PHP' });
    // Skip link, brand, four nav links, then the first focusable thing on the page.
    let steps = 0;
    while (document.activeElement !== screen.getByRole('radio', { name: 'PHP' }) && steps < 20) {
      await user.tab();
      steps++;
    }
    expect(screen.getByRole('radio', { name: 'PHP' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('radio', { name: 'PHP' })).toBeChecked();
    expect(savedPlan().language).toBe('php');

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Node.js' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Node.js' })).toBeChecked();
    expect(savedPlan().language).toBe('node');
    expect(screen.getByRole('link', { name: 'Open my Node.js roadmap' })).toBeInTheDocument();
  });

  it('saves the hours per week typed in the field', async () => {
    const { user } = await renderApp('/');
    const hours = await screen.findByRole('spinbutton', { name: 'Hours per week' });
    expect(hours).toHaveValue(8);
    expect(hours).toHaveAccessibleDescription(/gives your finish date/);

    await user.clear(hours);
    await user.type(hours, '12');
    expect(savedPlan().settings.hoursPerWeek).toBe(12);
    expect(hours).toHaveValue(12);

    await user.clear(hours);
    await user.type(hours, '3.5');
    expect(savedPlan().settings.hoursPerWeek).toBe(3.5);
  });

  it('once a language is chosen, the pace field promises dates: job-ready and the whole road', async () => {
    const { user } = await renderApp('/');
    await user.click(await screen.findByRole('radio', { name: 'Python' }));
    const hours = screen.getByRole('spinbutton', { name: 'Hours per week' });
    expect(hours).toHaveAccessibleDescription(
      /ready for a junior job around .*\d{4} \(the core, \d+ h\) and through the whole road around .*\d{4}\./,
    );
  });

  it('says when it corrects a pace it cannot keep, instead of changing it silently', async () => {
    const { user } = await renderApp('/');
    const hours = await screen.findByRole('spinbutton', { name: 'Hours per week' });
    await user.clear(hours);
    await user.type(hours, '200');
    expect(savedPlan().settings.hoursPerWeek).toBe(80);
    expect(screen.getByRole('status', { name: '' }).closest('.field') ?? document.body).toHaveTextContent(
      '200 is more than a plan counts: saved as 80 hours a week.',
    );
    await user.clear(hours);
    await user.type(hours, '-5');
    expect(savedPlan().settings.hoursPerWeek).toBe(0);
    expect(hours).toHaveAccessibleDescription(/A week cannot have -5 hours: saved as 0\./);
  });
});

describe('Home for a returning learner', () => {
  beforeEach(() => {
    store().chooseLanguage('python');
    store().markMilestone('html-basics', 'done');
    store().markMilestone('css-basics', 'done');
    store().markMilestone('how-the-internet-works', 'learning');
  });

  it('leads with Now: the current stage, what is being learned, then up to three ready milestones', async () => {
    await renderApp('/');
    const bar = await screen.findByRole('progressbar', { name: 'Overall progress' });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your road to backend developer with Python');
    expect(bar).toHaveAttribute('aria-valuetext', expect.stringMatching(/2 of \d+ milestones done/));
    // No language form for a returning learner.
    expect(screen.queryByRole('group', { name: 'Backend language' })).not.toBeInTheDocument();

    const now = screen.getByRole('region', { name: 'Now' });
    expect(within(now).getByRole('progressbar', { name: 'You are in Web foundations' })).toBeInTheDocument();
    const items = within(within(now).getByRole('list')).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(1);
    expect(items.length).toBeLessThanOrEqual(4);
    // What the learner is learning comes first; what is done is never listed.
    expect(items[0]).toHaveTextContent('How the internet works');
    expect(items[0]).toHaveTextContent('Learning now');
    expect(now).not.toHaveTextContent('HTML basics');
    expect(within(now).getByRole('link', { name: 'Open the roadmap' })).toHaveAttribute('href', '/roadmap');
  });

  it('ticks a ready milestone right there; it stays, struck through, and the next one ready comes', async () => {
    const { user } = await renderApp('/');
    const now = await screen.findByRole('region', { name: 'Now' });
    const before = within(now)
      .getAllByRole('checkbox')
      .map((c) => c.getAttribute('id'));
    const js = within(now).getByRole('checkbox', { name: 'JavaScript basics' });
    await user.click(js);
    expect(savedPlan().milestones['js-basics']?.status).toBe('done');
    expect(within(now).getByRole('checkbox', { name: 'JavaScript basics' })).toBeChecked();
    expect(within(now).getAllByRole('checkbox').length).toBeGreaterThanOrEqual(before.length);
    expect(within(now).getByRole('link', { name: 'Open “JavaScript basics” in the roadmap' })).toHaveAttribute(
      'href',
      '/roadmap?focus=js-basics',
    );
    // Each has its Status and where to start.
    const item = within(now).getByRole('checkbox', { name: 'JavaScript basics' }).closest('li') as HTMLElement;
    expect(within(item).getByRole('combobox', { name: 'Status' })).toHaveValue('done');
    expect(within(item).getByText(/^Start with/)).toBeInTheDocument();
  });

  it('says when the plan will be finished at the saved pace', async () => {
    await renderApp('/');
    await screen.findByRole('progressbar', { name: 'Overall progress' });
    expect(screen.getByText(/At 8 hours a week you\s+will finish around/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your progress' })).toHaveAttribute('href', '/progress');
  });
});
