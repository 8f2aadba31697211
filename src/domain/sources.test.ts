// @vitest-environment node
import { describe, expect, it, test } from 'vitest';
import { tableCitations } from './citations';
import type { FigureSeries, LanguageProfile } from './language-facts';
import { formatAsOf, numberSources, sourceLabel } from './sources';
import type { Source } from './types';

const src = (title: string, asOf = '2026-08', url = `https://example.com/${encodeURIComponent(title)}`): Source => ({
  title,
  url,
  asOf,
});

describe('formatAsOf', () => {
  test.each([
    ['2025', '2025'],
    ['2026-08', 'August 2026'],
    ['2025-02-24', '24 February 2025'],
    ['2026-01-05', '5 January 2026'],
    ['around 1990', 'around 1990'],
    ['2026-13', '2026'],
  ])('%s reads "%s"', (asOf, text) => {
    expect(formatAsOf(asOf)).toBe(text);
  });
});

describe('sourceLabel', () => {
  it('uses the short name when there is one, the title otherwise', () => {
    expect(sourceLabel({ ...src('TIOBE Index for August 2026, top 20'), name: 'TIOBE index' })).toBe(
      'TIOBE index, August 2026',
    );
    expect(sourceLabel(src('About Ruby', '2026-12'))).toBe('About Ruby, December 2026');
  });
});

describe('numberSources', () => {
  it('numbers sources in the order cited and gives a repeated source its first number', () => {
    const a = src('A');
    const b = src('B');
    const numbered = numberSources([a, b, { ...a }, src('C'), b]);
    expect(numbered.list.map((s) => s.title)).toEqual(['A', 'B', 'C']);
    expect(numbered.numberOf(a)).toBe(1);
    expect(numbered.numberOf({ ...b })).toBe(2);
    expect(numbered.numberOf(src('C'))).toBe(3);
  });

  it('keeps one page read at two dates apart, and refuses a source never cited', () => {
    const numbered = numberSources([src('A', '2026-08'), src('A', '2026-12')]);
    expect(numbered.list).toHaveLength(2);
    expect(() => numbered.numberOf(src('Z'))).toThrow(/not cited/);
  });
});

describe('tableCitations', () => {
  const fact = (title: string) => ({ text: title, source: src(title) });
  const profile = (id: LanguageProfile['id'], extra: Partial<LanguageProfile> = {}): LanguageProfile => ({
    id,
    surveyUsage: { value: 1, display: '1%' },
    tiobe: { value: 1, display: '1st' },
    websiteShare: null,
    throughput: { value: 1, display: '1' },
    frameworks: [],
    firstRelease: fact(`${id} first release`),
    typing: fact(`${id} typing`),
    concurrency: fact(`${id} concurrency`),
    packages: fact(`${id} packages`),
    typicalUses: fact(`${id} uses`),
    learningNotes: fact(`${id} notes`),
    judgements: {
      gentleStart: { score: 1, reason: '' },
      dataAndMl: { score: 1, reason: '' },
      frontToBack: { score: 1, reason: '' },
    },
    ...extra,
  });
  const survey: FigureSeries = {
    key: 'surveyUsage',
    measure: 'Use',
    counts: 'people',
    source: src('Survey'),
    caveat: '',
    caveatSources: [src('Survey blog')],
  };

  it('cites the measured rows first, then frameworks, then the rows in words, row by row', () => {
    const php = profile('php', {
      surveyUsage: { value: 1, display: '1%', noteSources: [src('PHP note')] },
      frameworks: [
        { name: 'Laravel', url: 'https://laravel.com', firstRelease: { text: '2011', source: src('Laravel topic') } },
      ],
    });
    const { list } = tableCitations([php, profile('node')], [survey]);
    expect(list.map((s) => s.title)).toEqual([
      'Survey',
      'Survey blog',
      'PHP note',
      'Laravel topic',
      'php typing',
      'node typing',
      'php concurrency',
      'node concurrency',
      'php packages',
      'node packages',
      'php uses',
      'node uses',
      'php notes',
      'node notes',
      'php first release',
      'node first release',
    ]);
  });
});
