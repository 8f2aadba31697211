// @vitest-environment node
// Small made-up profiles, not the live content: refreshing a figure in src/content must not
// break these tests.
import { describe, expect, it, test } from 'vitest';
import { CRITERIA } from './language-facts';
import type { Criterion, Figure, FigureSeries, LanguageProfile, Weights } from './language-facts';
import {
  criterionLabel,
  criterionReason,
  criterionScores,
  DEFAULT_WEIGHTS,
  rankLanguages,
  seriesLabel,
  sortByFigure,
  type Ranking,
  type SeriesByKey,
  weightsFrom,
} from './ranking';
import type { LanguageId, Source } from './types';

const source = (name: string, asOf: string): Source => ({
  title: `${name}, full title`,
  name,
  url: `https://example.com/${name}`,
  asOf,
});

const series: SeriesByKey = {
  surveyUsage: {
    key: 'surveyUsage',
    measure: 'Developer usage',
    counts: 'people',
    source: source('Survey', '2025'),
    caveat: 'Use, not jobs.',
  },
  tiobe: {
    key: 'tiobe',
    measure: 'Index rating',
    counts: 'searches',
    source: source('Index', '2026-08'),
    caveat: 'Searches.',
  },
  websiteShare: {
    key: 'websiteShare',
    measure: 'Share of websites',
    counts: 'websites',
    source: source('Web scan', '2026-03'),
    caveat: 'Websites.',
  },
  throughput: {
    key: 'throughput',
    measure: 'Throughput',
    counts: 'speed',
    source: source('Bench', '2025-02-24'),
    caveat: 'Peaks.',
  },
};

const figure = (value: number, display = String(value)): Figure => ({ value, display });
const fact = { text: 'x', source: source('Docs', '2026') };

function profile(
  id: LanguageId,
  numbers: { usage: number; index: number; web: number | null; speed: number },
  judged: { gentle: number; data: number; both: number },
): LanguageProfile {
  return {
    id,
    surveyUsage: figure(numbers.usage, `${numbers.usage}%`),
    tiobe: figure(numbers.index),
    websiteShare: numbers.web === null ? null : figure(numbers.web, `${numbers.web}%`),
    throughput: figure(numbers.speed, `${numbers.speed} req/s`),
    frameworks: [],
    firstRelease: fact,
    typing: fact,
    concurrency: fact,
    packages: fact,
    typicalUses: fact,
    learningNotes: fact,
    judgements: {
      gentleStart: { score: judged.gentle, reason: `${id} starts gently ${judged.gentle}` },
      dataAndMl: { score: judged.data, reason: `${id} data ${judged.data}` },
      frontToBack: { score: judged.both, reason: `${id} both ends ${judged.both}` },
    },
  };
}

// Three languages with clear leaders: "python" on usage and data, "node" on speed and front to
// back, "php" on websites; "go" has no website figure.
const profiles: readonly LanguageProfile[] = [
  profile('php', { usage: 20, index: 1, web: 70, speed: 10_000 }, { gentle: 4, data: 1, both: 1 }),
  profile('node', { usage: 40, index: 3, web: 7, speed: 100_000 }, { gentle: 4, data: 1, both: 5 }),
  profile('python', { usage: 60, index: 20, web: 1, speed: 20_000 }, { gentle: 5, data: 5, both: 1 }),
  profile('go', { usage: 15, index: 2, web: null, speed: 1_000_000 }, { gentle: 3, data: 1, both: 1 }),
];

const ZERO: Weights = {
  developerUsage: 0,
  gentleStart: 0,
  performance: 0,
  webPresence: 0,
  dataAndMl: 0,
  frontToBack: 0,
};
const only = (criterion: Criterion): Weights => ({ ...ZERO, [criterion]: 5 });

function entries(ranking: Ranking) {
  if (!ranking.weighted) throw new Error('expected a ranked order');
  return ranking.entries;
}

const order = (weights: Weights, from = profiles) => entries(rankLanguages(from, series, weights)).map((e) => e.id);

describe('rankLanguages', () => {
  test.each([
    ['developerUsage', 'python', 'go'],
    ['performance', 'go', 'php'],
    ['webPresence', 'php', 'go'],
    ['dataAndMl', 'python', undefined],
    ['frontToBack', 'node', undefined],
    ['gentleStart', 'python', 'go'],
  ] as const)('weighting only %s ranks %s first', (criterion, first, last) => {
    const ranked = entries(rankLanguages(profiles, series, only(criterion)));
    expect(ranked[0]).toMatchObject({ id: first, score: 100 });
    if (last) expect(ranked.at(-1)?.id).toBe(last);
  });

  it('ranks nothing when every weight is 0', () => {
    expect(rankLanguages(profiles, series, ZERO)).toEqual({ weighted: false });
    expect(rankLanguages(profiles, series, { ...ZERO, performance: -2, webPresence: Number.NaN })).toEqual({
      weighted: false,
    });
  });

  it('explains each leader with its figure, source and date', () => {
    expect(entries(rankLanguages(profiles, series, only('developerUsage')))[0]?.reason).toBe(
      'Used by 60% of respondents (Survey, 2025)',
    );
    expect(entries(rankLanguages(profiles, series, only('performance')))[0]?.reason).toBe(
      '1000000 req/s in Bench, 24 February 2025',
    );
    expect(entries(rankLanguages(profiles, series, only('webPresence')))[0]?.reason).toBe(
      'Runs 70% of websites with a known server language (Web scan, March 2026)',
    );
    expect(entries(rankLanguages(profiles, series, only('dataAndMl')))[0]?.reason).toBe('python data 5');
  });

  it('says plainly when a language has no website figure', () => {
    const go = profiles.find((p) => p.id === 'go');
    if (!go) throw new Error('fixture');
    expect(criterionReason(go, 'webPresence', series)).toBe(
      'Not listed among server-side languages of websites (Web scan, March 2026)',
    );
  });

  it('scores developer usage from the figure given, so a language is never scored on another one', () => {
    const withJavaScriptFigure = profiles.map((p) => (p.id === 'node' ? { ...p, surveyUsage: figure(66) } : p));
    expect(order(only('developerUsage'))[0]).toBe('python');
    expect(order(only('developerUsage'), withJavaScriptFigure)[0]).toBe('node');
  });

  it('breaks ties by the order the profiles came in', () => {
    // Every language but node has the same front-to-back judgement.
    expect(order(only('frontToBack'))).toEqual(['node', 'php', 'python', 'go']);
    expect(order(only('frontToBack'), [...profiles].reverse())).toEqual(['node', 'go', 'python', 'php']);
  });

  const weightSets: [string, Weights][] = [
    ['default weights', DEFAULT_WEIGHTS],
    ['all fives', Object.fromEntries(CRITERIA.map((c) => [c, 5])) as Weights],
    ...CRITERIA.map((c): [string, Weights] => [`only ${c}`, only(c)]),
    ['out-of-range weights', { ...DEFAULT_WEIGHTS, performance: 99, webPresence: -3, dataAndMl: Number.NaN }],
  ];

  test.each(weightSets)(
    'with %s: integer scores in 0..100, sorted, one per language, each explained',
    (_name, weights) => {
      const ranked = entries(rankLanguages(profiles, series, weights));
      expect(new Set(ranked.map((r) => r.id)).size).toBe(profiles.length);
      for (const r of ranked) {
        expect(Number.isInteger(r.score)).toBe(true);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.reason).toMatch(/\S/);
      }
      const scores = ranked.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    },
  );
});

describe('labels come from the data', () => {
  it('names a measured criterion after its row: what it measures, its source and the date', () => {
    expect(criterionLabel('developerUsage', series)).toBe('Developer usage (Survey, 2025)');
    expect(criterionLabel('performance', series)).toBe('Throughput (Bench, 24 February 2025)');
    expect(criterionLabel('webPresence', series)).toBe('Share of websites (Web scan, March 2026)');
    expect(criterionLabel('gentleStart', series)).toBe('Gentle start');
  });

  it('follows a refreshed source without any other change', () => {
    const refreshed: FigureSeries = { ...series.tiobe, source: source('Index', '2026-11') };
    expect(seriesLabel(series.tiobe)).toBe('Index rating (Index, August 2026)');
    expect(seriesLabel(refreshed)).toBe('Index rating (Index, November 2026)');
    const newer = { ...series, surveyUsage: { ...series.surveyUsage, source: source('Survey', '2026') } };
    expect(criterionLabel('developerUsage', newer)).toBe('Developer usage (Survey, 2026)');
    expect(entries(rankLanguages(profiles, newer, only('developerUsage')))[0]?.reason).toContain('(Survey, 2026)');
  });
});

describe('criterionScores', () => {
  const scores = criterionScores(profiles);

  it('scores every criterion of every language within 0..1', () => {
    expect(scores.size).toBe(profiles.length);
    for (const own of scores.values()) {
      for (const c of CRITERIA) {
        expect(own[c]).toBeGreaterThanOrEqual(0);
        expect(own[c]).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives the most used language 1 and scales the rest by their share of it', () => {
    expect(scores.get('python')?.developerUsage).toBe(1);
    expect(scores.get('node')?.developerUsage).toBeCloseTo(40 / 60);
  });

  it('puts throughput on a log scale from slowest to fastest', () => {
    expect(scores.get('go')?.performance).toBe(1);
    expect(scores.get('php')?.performance).toBe(0);
    expect(scores.get('node')?.performance).toBeCloseTo(Math.log(10) / Math.log(100));
  });

  it('counts a language without a website figure as 0 web presence', () => {
    expect(scores.get('go')?.webPresence).toBe(0);
    expect(scores.get('php')?.webPresence).toBe(1);
  });

  it('turns judgements out of 5 into 0..1', () => {
    expect(scores.get('python')?.dataAndMl).toBe(1);
    expect(scores.get('node')?.gentleStart).toBeCloseTo(0.8);
  });
});

describe('sortByFigure', () => {
  it.each(['asc', 'desc'] as const)('puts languages without the figure last (%s)', (direction) => {
    expect(sortByFigure(profiles, 'websiteShare', direction).map((p) => p.id)).toEqual(
      direction === 'desc' ? ['php', 'node', 'python', 'go'] : ['python', 'node', 'php', 'go'],
    );
  });

  it('orders by a figure both ways and leaves the input untouched', () => {
    const before = profiles.map((p) => p.id);
    expect(sortByFigure(profiles, 'throughput', 'desc').map((p) => p.id)).toEqual(['go', 'node', 'python', 'php']);
    expect(sortByFigure(profiles, 'tiobe', 'asc').map((p) => p.id)).toEqual(['php', 'go', 'node', 'python']);
    expect(profiles.map((p) => p.id)).toEqual(before);
  });
});

describe('DEFAULT_WEIGHTS', () => {
  it('are integers 0..5 for every criterion', () => {
    for (const c of CRITERIA) {
      expect(Number.isInteger(DEFAULT_WEIGHTS[c])).toBe(true);
      expect(DEFAULT_WEIGHTS[c]).toBeGreaterThanOrEqual(0);
      expect(DEFAULT_WEIGHTS[c]).toBeLessThanOrEqual(5);
    }
  });
});

describe('weightsFrom', () => {
  it('takes saved weights over the defaults and ignores criteria it does not know', () => {
    expect(weightsFrom(undefined)).toBe(DEFAULT_WEIGHTS);
    expect(weightsFrom({ gentleStart: 0, jobMarket: 5 })).toEqual({ ...DEFAULT_WEIGHTS, gentleStart: 0 });
  });
});
