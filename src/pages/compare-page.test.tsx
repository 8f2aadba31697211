import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, resetApp, savedPlan, store } from '../../tests/render-app';
import { languageProfiles } from '../content/language-profiles';
import { languageName } from '../content/languages';
import type { FigureKey } from '../domain/language-facts';
import type { LanguageId } from '../domain/types';
import { useAppStore } from '../store/app-store';

const LANGUAGE_NAMES = ['PHP', 'Node.js', 'Python', 'Go', 'Java', 'C#', 'Ruby'];

/** Slider names as a learner reads them; measured ones carry their source and date. */
const CRITERIA = [
  /^Developer usage \(Stack Overflow survey, \d{4}\)/,
  /^Gentle start/,
  /^Throughput \(TechEmpower Round 23, [A-Z][a-z]+ \d{4}\)/,
  /^Share of websites \(W3Techs, [A-Z][a-z]+ \d{4}\)/,
  /^Data and machine learning/,
  /^One language front to back/,
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

/** Language names ordered by a figure, highest first, languages without it last: read from the content. */
function byFigure(key: FigureKey, direction: 'desc' | 'asc' = 'desc'): string[] {
  const withValue = languageProfiles.filter((p) => p[key] !== null);
  const sorted = [...withValue].sort(
    (a, b) => ((a[key]?.value ?? 0) - (b[key]?.value ?? 0)) * (direction === 'desc' ? -1 : 1),
  );
  return [...sorted, ...languageProfiles.filter((p) => p[key] === null)].map((p) => languageName(p.id));
}

const rowHeader = (name: RegExp) => within(table()).getByRole('rowheader', { name });
const sourceList = () => within(screen.getByRole('region', { name: 'Sources' }));
const rankingList = () => within(screen.getByRole('list', { name: 'Languages ranked by what matters to you' }));
const rankedLanguages = () =>
  rankingList()
    .getAllByRole('listitem')
    .map((item) => item.querySelector('strong')?.textContent?.replace(/^\d+\. /, ''));
const slider = (name: RegExp) => screen.getByRole('slider', { name });

/** Range inputs cannot be dragged in jsdom: set the value as the browser would on a drag. */
const setWeight = (name: RegExp, value: number) => fireEvent.change(slider(name), { target: { value: String(value) } });
const setOnly = (name: RegExp) => CRITERIA.forEach((criterion) => setWeight(criterion, criterion === name ? 5 : 0));

describe('Comparison table', () => {
  it('has a caption starting "Compare backend languages" and one column per language', async () => {
    await renderCompare();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const headers = within(table()).getAllByRole('columnheader');
    expect(headers[0]).toHaveTextContent('Fact');
    expect(languageColumns()).toEqual(LANGUAGE_NAMES);
    for (const row of within(table()).getAllByRole('row').slice(1)) {
      expect(within(row).getAllByRole('cell')).toHaveLength(7);
    }
  });

  it('names each measured row after what it measures, its source and its month or year', async () => {
    await renderCompare();
    expect(rowHeader(/^Developer usage \(Stack Overflow survey, \d{4}\)/)).toBeInTheDocument();
    expect(rowHeader(/^TIOBE index rating \(TIOBE index, [A-Z][a-z]+ \d{4}\)/)).toBeInTheDocument();
    expect(rowHeader(/^Share of websites \(W3Techs, [A-Z][a-z]+ \d{4}\)/)).toBeInTheDocument();
    expect(rowHeader(/^Throughput \(TechEmpower Round 23, [A-Z][a-z]+ \d{4}\)/)).toBeInTheDocument();
    expect(within(table()).queryByText(/job market/i)).toBeNull();
  });

  it('cites with numbered footnotes that lead to one list of https sources under the table', async () => {
    await renderCompare();
    expect(within(table()).queryByText(/secondary/)).toBeNull();
    expect(within(table()).queryByText(/Source:/)).toBeNull();

    const items = sourceList().getAllByRole('listitem');
    for (const [index, item] of items.entries()) {
      expect(item).toHaveAttribute('id', `source-${index + 1}`);
      for (const link of within(item).getAllByRole('link')) {
        expect(link.getAttribute('href')).toMatch(/^https:\/\/\S+$/);
        expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
      }
    }
    const markers = within(table()).getAllByRole('link', { name: /^Source \d+$/ });
    for (const marker of markers) {
      const id = marker.getAttribute('href')?.replace(/^#/, '') ?? '';
      expect(items.map((item) => item.id)).toContain(id);
    }
    // Every sourced number of a measured row points to its row's source; every fact in words has its own.
    for (const row of within(table()).getAllByRole('row').slice(1)) {
      const header = within(row).getByRole('rowheader');
      if (within(header).queryAllByRole('link', { name: /^Source / }).length > 0) continue;
      if (header.textContent === 'Main frameworks') continue;
      for (const cell of within(row).getAllByRole('cell')) {
        expect(within(cell).getAllByRole('link', { name: /^Source \d+$/ }).length).toBeGreaterThan(0);
      }
    }
  });

  it('draws every number as a bar too, keeping the number as text', async () => {
    await renderCompare();
    const usage = rowHeader(/^Developer usage/).closest('tr');
    if (!usage) throw new Error('no row');
    const cells = within(usage).getAllByRole('cell');
    const php = languageProfiles.find((p) => p.id === 'php');
    expect(cells[0]).toHaveTextContent(php?.surveyUsage.display ?? '?');
    for (const cell of cells) expect(cell.querySelector('svg[aria-hidden="true"] rect')).not.toBeNull();
  });

  it('"Sort by this" on a numeric row reorders the columns, highest first then lowest first', async () => {
    const { user } = await renderCompare();
    const usage = rowHeader(/^Developer usage/);
    await user.click(within(usage).getByRole('button', { name: /^Sort by this/ }));

    expect(languageColumns()).toEqual(byFigure('surveyUsage'));
    expect(within(usage).getByRole('button', { name: 'Sort by this (highest first)' })).toBeInTheDocument();
    expect(
      screen.getByText(/^Languages sorted by Developer usage \(Stack Overflow survey, \d{4}\), highest first\.$/),
    ).toBeInTheDocument();

    await user.click(within(usage).getByRole('button', { name: /^Sort by this/ }));
    expect(languageColumns()).toEqual(byFigure('surveyUsage', 'asc'));
    expect(within(usage).getByRole('button', { name: 'Sort by this (lowest first)' })).toBeInTheDocument();
  });

  it('keeps languages without a figure last when sorting either way, and footnotes keep their numbers', async () => {
    const { user } = await renderCompare();
    const markersBefore = within(table())
      .getAllByRole('link', { name: /^Source \d+$/ })
      .map((a) => a.getAttribute('href'));
    const websites = rowHeader(/^Share of websites/);
    await user.click(within(websites).getByRole('button', { name: /^Sort by this/ }));
    expect(languageColumns()).toEqual(byFigure('websiteShare'));
    expect(languageColumns().at(-1)).toBe('Go');
    await user.click(within(websites).getByRole('button', { name: /^Sort by this/ }));
    expect(languageColumns().at(-1)).toBe('Go');
    const markersAfter = within(table())
      .getAllByRole('link', { name: /^Source \d+$/ })
      .map((a) => a.getAttribute('href'));
    expect([...markersAfter].sort()).toEqual([...markersBefore].sort());
  });
});

describe('Help me choose', () => {
  it('has a weight slider per criterion and ranks all seven languages', async () => {
    await renderCompare();
    for (const criterion of CRITERIA) {
      expect(slider(criterion)).toHaveAttribute('min', '0');
      expect(slider(criterion)).toHaveAttribute('max', '5');
    }
    expect([...rankedLanguages()].sort()).toEqual([...LANGUAGE_NAMES].sort());
  });

  it('weighting only throughput puts the fastest first and the slowest last, with the figure as reason', async () => {
    await renderCompare();
    setOnly(CRITERIA[2]!);
    expect(slider(CRITERIA[2]!)).toHaveValue('5');
    const fastestFirst = byFigure('throughput');
    expect(rankedLanguages()[0]).toBe(fastestFirst[0]);
    expect(rankedLanguages().at(-1)).toBe(fastestFirst.at(-1));
    const top = rankingList().getAllByRole('listitem')[0];
    expect(top).toHaveTextContent('100 / 100');
    expect(top).toHaveTextContent(/req\/s \(.+\) in TechEmpower Round 23/);
  });

  it('moving the sliders changes the ranking order', async () => {
    await renderCompare();
    setOnly(CRITERIA[4]!);
    expect(rankedLanguages()[0]).toBe('Python');
    setOnly(CRITERIA[3]!);
    expect(rankedLanguages()[0]).toBe(byFigure('websiteShare')[0]);
    setOnly(CRITERIA[5]!);
    expect(rankedLanguages()[0]).toBe('Node.js');
  });

  it('keeps the weights in the plan, so they come back on the next visit and travel with an export', async () => {
    const first = await renderCompare();
    setWeight(CRITERIA[1]!, 0);
    setWeight(CRITERIA[2]!, 5);
    expect(savedPlan().settings).toMatchObject({ weights: { gentleStart: 0, performance: 5 } });
    first.unmount();
    await renderCompare();
    expect(slider(CRITERIA[1]!)).toHaveValue('0');
    expect(slider(CRITERIA[2]!)).toHaveValue('5');
  });

  it('with every weight at 0, says so instead of showing a ranked order', async () => {
    await renderCompare();
    for (const criterion of CRITERIA) setWeight(criterion, 0);
    expect(screen.queryByRole('list', { name: 'Languages ranked by what matters to you' })).toBeNull();
    expect(screen.getByText(/Every weight is at 0/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Choose / })).toBeNull();
  });

  it('shows the chosen language as "Your language", not as a button to choose it again', async () => {
    store().chooseLanguage('python');
    await renderCompare();
    expect(rankingList().queryByRole('button', { name: 'Choose Python' })).toBeNull();
    const python = rankingList()
      .getAllByRole('listitem')
      .find((item) => item.querySelector('strong')?.textContent?.endsWith('Python'));
    expect(python).toHaveTextContent('Your language');
    expect(rankingList().getAllByRole('button', { name: /^Choose / })).toHaveLength(6);
  });

  it('makes only the top "Choose" button primary; the others are secondary', async () => {
    await renderCompare();
    const buttons = rankingList().getAllByRole('button', { name: /^Choose / });
    expect(buttons[0]).not.toHaveClass('secondary');
    for (const button of buttons.slice(1)) expect(button).toHaveClass('secondary');
  });

  it('"Choose Go" makes Go the plan language, in the store and in localStorage', async () => {
    store().chooseLanguage('python');
    const { user } = await renderCompare();
    await user.click(rankingList().getByRole('button', { name: 'Choose Go' }));

    expect(useAppStore.getState().plan.language).toBe('go');
    expect(savedPlan().language).toBe('go');
    expect(
      screen.getByText("Go is now your plan's language. Your progress on everything else is kept."),
    ).toBeInTheDocument();
    const goEntry = rankingList()
      .getAllByRole('listitem')
      .find((item) => item.querySelector('strong')?.textContent?.endsWith('Go'));
    expect(goEntry).toHaveTextContent('Your language');
    expect(rankingList().getByRole('button', { name: 'Choose Python' })).toBeInTheDocument();
  });

  it('keyboard path: Tab to a "Choose" button and press Enter', async () => {
    const { user } = await renderCompare();
    const first = rankingList().getAllByRole('button', { name: /^Choose / })[0]!;
    const name = first.textContent?.replace(/^Choose /, '');
    slider(CRITERIA[5]!).focus();
    await user.tab();
    expect(first).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(languageName((savedPlan().language ?? 'php') as LanguageId)).toBe(name);
  });

  it('says plainly that no figure here counts jobs', async () => {
    await renderCompare();
    const choose = within(screen.getByRole('region', { name: 'Help me choose' }));
    expect(choose.getByText(/We have no job-posting data/)).toBeInTheDocument();
  });
});

describe('One article’s view', () => {
  it('presents the article’s claims as one article’s opinions, each next to what we can measure', async () => {
    await renderCompare();
    const section = within(screen.getByRole('region', { name: 'One article’s view' }));
    expect(section.getByText(/^Backend Path grew from one article/)).toBeInTheDocument();
    const php = section.getByText(/PHP job openings have dropped/).closest('li');
    if (!php) throw new Error('no PHP claim');
    expect(php).toHaveTextContent(
      /What we can measure: Share of websites \(W3Techs, [A-Z][a-z]+ \d{4}\): [\d.]+%; it counts public websites, not jobs\./,
    );
    expect(section.getByText(/We have no job-posting data/)).toBeInTheDocument();
  });
});
