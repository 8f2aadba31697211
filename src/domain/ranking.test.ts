import { describe, expect, it, test } from 'vitest';
import { languageProfiles } from '../content/language-profiles';
import { CRITERIA } from './language-facts';
import type { Criterion, LanguageProfile, Weights } from './language-facts';
import {
  CRITERION_LABELS,
  DEFAULT_WEIGHTS,
  NO_WEIGHTS_REASON,
  criterionScores,
  rankLanguages,
  sortByFigure,
} from './ranking';

const ZERO: Weights = {
  jobMarket: 0,
  gentleStart: 0,
  performance: 0,
  webPresence: 0,
  dataAndMl: 0,
  frontToBack: 0,
};

function only(criterion: Criterion): Weights {
  return { ...ZERO, [criterion]: 5 };
}

function profile(id: LanguageProfile['id']): LanguageProfile {
  const found = languageProfiles.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no profile for ${id}`);
  return found;
}

/** Every fact a reason may legitimately quote for a language. */
function factsOf(p: LanguageProfile): string[] {
  return [
    p.surveyUsage.display,
    p.throughput.display,
    p.websiteShare?.display ?? 'Not listed',
    p.judgements.gentleStart.reason,
    p.judgements.dataAndMl.reason,
    p.judgements.frontToBack.reason,
  ];
}

describe('rankLanguages', () => {
  test.each([
    ['performance', 'csharp', 'php'],
    ['webPresence', 'php', 'go'],
    ['dataAndMl', 'python', undefined],
    ['frontToBack', 'node', undefined],
    ['jobMarket', 'node', 'ruby'],
  ] as const)('weighting only %s ranks %s first', (criterion, first, last) => {
    const ranked = rankLanguages(languageProfiles, only(criterion));
    expect(ranked[0]?.id).toBe(first);
    expect(ranked[0]?.score).toBe(100);
    if (last) expect(ranked.at(-1)?.id).toBe(last);
  });

  it('puts PHP last on raw performance with a score of 0', () => {
    const ranked = rankLanguages(languageProfiles, only('performance'));
    expect(ranked.at(-1)).toMatchObject({ id: 'php', score: 0 });
    expect(ranked[0]?.reason).toBe('609,966 req/s (ASP.NET Core) in TechEmpower Round 23');
  });

  it('explains the leaders with the figure behind them', () => {
    expect(rankLanguages(languageProfiles, only('webPresence'))[0]?.reason).toBe(
      'Runs 71.8% of websites with a known server language (W3Techs)',
    );
    expect(rankLanguages(languageProfiles, only('jobMarket'))[1]?.reason).toBe(
      "Used by 57.9% of Stack Overflow's 2025 respondents",
    );
    expect(rankLanguages(languageProfiles, only('dataAndMl'))[0]?.reason).toBe(
      profile('python').judgements.dataAndMl.reason,
    );
  });

  it('gives every language 0 and keeps the given order when no criterion is weighted', () => {
    const reversed = [...languageProfiles].reverse();
    const ranked = rankLanguages(reversed, ZERO);
    expect(ranked.map((r) => r.id)).toEqual(reversed.map((p) => p.id));
    expect(ranked.every((r) => r.score === 0 && r.reason === NO_WEIGHTS_REASON)).toBe(true);
  });

  it('breaks ties by the order the profiles came in', () => {
    // Every language but Node.js has the same front-to-back judgement.
    const ranked = rankLanguages(languageProfiles, only('frontToBack'));
    expect(ranked.map((r) => r.id)).toEqual(['node', 'php', 'python', 'go', 'java', 'csharp', 'ruby']);
  });

  const weightSets: [string, Weights][] = [
    ['default weights', DEFAULT_WEIGHTS],
    ['all fives', { ...ZERO, ...Object.fromEntries(CRITERIA.map((c) => [c, 5])) }],
    ...CRITERIA.map((c): [string, Weights] => [`only ${c}`, only(c)]),
    ['out-of-range weights', { ...DEFAULT_WEIGHTS, performance: 99, webPresence: -3, dataAndMl: Number.NaN }],
  ];

  test.each(weightSets)('with %s: integer scores in 0..100, sorted, one per language', (_name, weights) => {
    const ranked = rankLanguages(languageProfiles, weights);
    expect(ranked).toHaveLength(languageProfiles.length);
    expect(new Set(ranked.map((r) => r.id)).size).toBe(languageProfiles.length);
    for (const r of ranked) {
      expect(Number.isInteger(r.score)).toBe(true);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
    }
    const scores = ranked.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test.each(weightSets)('with %s: every reason quotes a real figure or judgement', (_name, weights) => {
    for (const r of rankLanguages(languageProfiles, weights)) {
      const facts = factsOf(profile(r.id));
      expect(r.reason.length).toBeGreaterThan(0);
      expect(facts.some((fact) => r.reason.includes(fact))).toBe(true);
    }
  });

  it('ranks a single language at 100 when it has full marks everywhere it is weighted', () => {
    const ranked = rankLanguages([profile('go')], only('performance'));
    expect(ranked).toEqual([{ id: 'go', score: 100, reason: '338,096 req/s (Fiber) in TechEmpower Round 23' }]);
  });
});

describe('criterionScores', () => {
  const scores = criterionScores(languageProfiles);

  it('scores every criterion of every language within 0..1', () => {
    expect(scores.size).toBe(languageProfiles.length);
    for (const own of scores.values()) {
      for (const c of CRITERIA) {
        expect(own[c]).toBeGreaterThanOrEqual(0);
        expect(own[c]).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives the most used language 1 and scales the rest by their share of it', () => {
    expect(scores.get('node')?.jobMarket).toBe(1);
    expect(scores.get('python')?.jobMarket).toBeCloseTo(57.9 / 66.0);
  });

  it('puts throughput on a log scale from slowest to fastest', () => {
    expect(scores.get('csharp')?.performance).toBe(1);
    expect(scores.get('php')?.performance).toBe(0);
    const expected = Math.log(78_136 / 16_800) / Math.log(609_966 / 16_800);
    expect(scores.get('node')?.performance).toBeCloseTo(expected);
  });

  it('counts a language W3Techs does not list as 0 web presence', () => {
    expect(scores.get('go')?.webPresence).toBe(0);
    expect(scores.get('php')?.webPresence).toBe(1);
  });

  it('turns judgements out of 5 into 0..1', () => {
    expect(scores.get('python')?.dataAndMl).toBe(1);
    expect(scores.get('node')?.frontToBack).toBe(1);
  });
});

describe('sortByFigure', () => {
  it.each(['asc', 'desc'] as const)('puts languages without the figure last (%s)', (direction) => {
    const sorted = sortByFigure(languageProfiles, 'websiteShare', direction);
    expect(sorted.at(-1)?.id).toBe('go');
    const values = sorted.slice(0, -1).map((p) => p.websiteShare?.value ?? Number.NaN);
    const ordered = [...values].sort((a, b) => (direction === 'asc' ? a - b : b - a));
    expect(values).toEqual(ordered);
  });

  it('orders by throughput both ways', () => {
    expect(sortByFigure(languageProfiles, 'throughput', 'desc').map((p) => p.id)).toEqual([
      'csharp', 'go', 'java', 'node', 'ruby', 'python', 'php',
    ]);
    expect(sortByFigure(languageProfiles, 'throughput', 'asc')[0]?.id).toBe('php');
  });

  it('orders TIOBE by rating and leaves the input untouched', () => {
    const before = languageProfiles.map((p) => p.id);
    expect(sortByFigure(languageProfiles, 'tiobe', 'desc')[0]?.id).toBe('python');
    expect(sortByFigure(languageProfiles, 'surveyUsage', 'asc')[0]?.id).toBe('ruby');
    expect(languageProfiles.map((p) => p.id)).toEqual(before);
  });
});

describe('CRITERION_LABELS', () => {
  it('names every criterion', () => {
    for (const c of CRITERIA) expect(CRITERION_LABELS[c]).toMatch(/\S/);
  });

  it('keeps default weights to integers 0..5', () => {
    for (const c of CRITERIA) {
      expect(Number.isInteger(DEFAULT_WEIGHTS[c])).toBe(true);
      expect(DEFAULT_WEIGHTS[c]).toBeGreaterThanOrEqual(0);
      expect(DEFAULT_WEIGHTS[c]).toBeLessThanOrEqual(5);
    }
  });
});
