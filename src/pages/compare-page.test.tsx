import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, resetApp, savedPlan, store } from '../../tests/render-app';
import { useAppStore } from '../store/app-store';

const LANGUAGE_NAMES = ['PHP', 'Node.js', 'Python', 'Go', 'Java', 'C#', 'Ruby'];

const CRITERIA = [
  'Job market',
  'Gentle start',
  'Raw performance',
  'Web presence',
  'Data and machine learning',
  'One language front to back',
];

beforeEach(resetApp);

async function renderCompare() {
  const view = await renderApp('/compare');
  await screen.findByRole('heading', { level: 1, name: 'Compare backend languages' });
  return view;
}

const table = () => screen.getByRole('table', { name: /^Compare backend languages/ });

/** Column headers after the first ("Fact"), i.e. the languages in the order shown. */
const languageColumns = () =>
  within(table())
    .getAllByRole('columnheader')
    .slice(1)
    .map((header) => header.textContent);

const ranking = () => within(screen.getByRole('list', { name: 'Languages ranked by what matters to you' }));

/** Language names in ranking order, read from each entry's "Choose …" button. */
const rankedLanguages = () =>
  ranking()
    .getAllByRole('button', { name: /^Choose / })
    .map((button) => button.textContent?.replace(/^Choose /, ''));

const slider = (criterion: string) => screen.getByRole('slider', { name: new RegExp(`^${criterion}:`) });

/** Range inputs cannot be dragged in jsdom: set the value as the browser would on a drag. */
const setWeight = (criterion: string, value: number) => fireEvent.change(slider(criterion), { target: { value: String(value) } });

describe('Comparison table', () => {
  it('has a caption starting "Compare backend languages" and one column per language', async () => {
    await renderCompare();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(table()).toBeInTheDocument();
    const headers = within(table()).getAllByRole('columnheader');
    expect(headers).toHaveLength(1 + 7);
    expect(headers[0]).toHaveTextContent('Fact');
    expect(languageColumns()).toEqual(LANGUAGE_NAMES);
    // Each row has a cell per language.
    for (const row of within(table()).getAllByRole('row').slice(1)) {
      expect(within(row).getAllByRole('cell')).toHaveLength(7);
    }
  });

  it('links only to https sources, each opening in a new tab without an opener', async () => {
    await renderCompare();
    const links = within(table()).getAllByRole('link');
    expect(links.length).toBeGreaterThan(7);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\/[^\s]+$/);
      expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    }
  });

  it('"Sort by this" on a numeric row reorders the columns, highest first then lowest first', async () => {
    const { user } = await renderCompare();
    const usage = within(table()).getByRole('rowheader', { name: /Used by developers/ });
    await user.click(within(usage).getByRole('button', { name: /^Sort by this/ }));

    expect(languageColumns()).toEqual(['Node.js', 'Python', 'Java', 'C#', 'PHP', 'Go', 'Ruby']);
    expect(within(usage).getByRole('button', { name: 'Sort by this (highest first)' })).toBeInTheDocument();
    expect(screen.getByText(/Languages sorted by Used by developers .+, highest first\./)).toBeInTheDocument();

    await user.click(within(usage).getByRole('button', { name: /^Sort by this/ }));
    expect(languageColumns()).toEqual(['Ruby', 'Go', 'PHP', 'C#', 'Java', 'Python', 'Node.js']);
    expect(within(usage).getByRole('button', { name: 'Sort by this (lowest first)' })).toBeInTheDocument();
  });

  it('sorting by throughput puts the fastest first, and languages without a figure go last', async () => {
    const { user } = await renderCompare();
    const throughput = within(table()).getByRole('rowheader', { name: /Throughput/ });
    await user.click(within(throughput).getByRole('button', { name: /^Sort by this/ }));
    expect(languageColumns()).toEqual(['C#', 'Go', 'Java', 'Node.js', 'Ruby', 'Python', 'PHP']);

    const websites = within(table()).getByRole('rowheader', { name: /Share of websites/ });
    await user.click(within(websites).getByRole('button', { name: /^Sort by this/ }));
    const columns = languageColumns();
    expect(columns[0]).toBe('PHP');
    // Go is not listed by W3Techs: last, whatever the direction.
    expect(columns.at(-1)).toBe('Go');
    await user.click(within(websites).getByRole('button', { name: /^Sort by this/ }));
    expect(languageColumns().at(-1)).toBe('Go');
    expect(languageColumns()[0]).toBe('Python');
  });
});

describe('Help me choose', () => {
  it('has a weight slider per criterion and ranks all seven languages', async () => {
    await renderCompare();
    for (const criterion of CRITERIA) {
      const input = slider(criterion);
      expect(input).toHaveAttribute('min', '0');
      expect(input).toHaveAttribute('max', '5');
    }
    expect(rankedLanguages()).toHaveLength(7);
    expect([...rankedLanguages()].sort()).toEqual([...LANGUAGE_NAMES].sort());
  });

  it('weighting only "Raw performance" puts C# first and PHP last', async () => {
    await renderCompare();
    for (const criterion of CRITERIA) setWeight(criterion, criterion === 'Raw performance' ? 5 : 0);
    expect(slider('Raw performance')).toHaveValue('5');
    expect(slider('Raw performance')).toHaveAccessibleName('Raw performance: 5');
    const order = rankedLanguages();
    expect(order[0]).toBe('C#');
    expect(order.at(-1)).toBe('PHP');
    expect(ranking().getAllByRole('listitem')[0]).toHaveTextContent('1. C#');
    expect(ranking().getAllByRole('listitem')[0]).toHaveTextContent('100 / 100');
  });

  it('moving the sliders changes the ranking order', async () => {
    await renderCompare();
    for (const criterion of CRITERIA) setWeight(criterion, 0);
    setWeight('Data and machine learning', 5);
    expect(rankedLanguages()[0]).toBe('Python');
    setWeight('Data and machine learning', 0);
    setWeight('Web presence', 5);
    expect(rankedLanguages()[0]).toBe('PHP');
    setWeight('Web presence', 0);
    setWeight('One language front to back', 5);
    expect(rankedLanguages()[0]).toBe('Node.js');
  });

  it('with every weight at 0, says no criterion is weighted', async () => {
    await renderCompare();
    for (const criterion of CRITERIA) setWeight(criterion, 0);
    expect(ranking().getAllByText('No criterion is weighted yet')).toHaveLength(7);
  });

  it('"Choose Go" makes Go the plan language, in the store and in localStorage', async () => {
    store().chooseLanguage('python');
    const { user } = await renderCompare();
    await user.click(ranking().getByRole('button', { name: 'Choose Go' }));

    expect(useAppStore.getState().plan.language).toBe('go');
    expect(savedPlan().language).toBe('go');
    expect(screen.getByText("Go is now your plan's language. Your progress on everything else is kept.")).toBeInTheDocument();
    const goEntry = ranking()
      .getAllByRole('listitem')
      .find((item) => within(item).queryByRole('button', { name: 'Choose Go' }));
    expect(goEntry).toHaveTextContent('Your language');
  });

  it('keyboard path: Tab to a "Choose" button and press Enter', async () => {
    const { user } = await renderCompare();
    const first = ranking().getAllByRole('button', { name: /^Choose / })[0]!;
    const name = first.textContent?.replace(/^Choose /, '');
    // Start from the last slider and tab into the ranking.
    slider('One language front to back').focus();
    await user.tab();
    expect(first).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(savedPlan().language).toBe(
      { PHP: 'php', 'Node.js': 'node', Python: 'python', Go: 'go', Java: 'java', 'C#': 'csharp', Ruby: 'ruby' }[name ?? ''],
    );
  });
});
