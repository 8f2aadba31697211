import { describe, expect, it } from 'vitest';
import { factSources, seriesSources, tableCitations, TEXT_FACT_KEYS } from '../domain/citations';
import { FIGURE_KEYS, type LanguageProfile } from '../domain/language-facts';
import { criterionLabel, seriesInOrder } from '../domain/ranking';
import { LANGUAGE_IDS, type Source } from '../domain/types';
import { languageProfiles } from './language-profiles';
import { figureSeries } from './language-sources';
import { languageName, languages } from './languages';
import { NO_JOB_POSTING_DATA, seedArticle } from './seed-article';

const profile = (id: LanguageProfile['id']): LanguageProfile => {
  const found = languageProfiles.find((p) => p.id === id);
  if (!found) throw new Error(`no profile for ${id}`);
  return found;
};

const everySource: Source[] = [...tableCitations(languageProfiles, seriesInOrder(figureSeries)).list];

describe('languages', () => {
  it('lists every language once, in the app order', () => {
    expect(languages.map((l) => l.id)).toEqual([...LANGUAGE_IDS]);
    for (const l of languages) {
      expect(l.name).toMatch(/\S/);
      expect(l.tagline).toMatch(/\S/);
    }
  });

  it('names languages as people know them', () => {
    expect(languageName('node')).toBe('Node.js');
    expect(languageName('csharp')).toBe('C#');
  });
});

describe('language profiles', () => {
  it('has one profile per language, in the same order', () => {
    expect(languageProfiles.map((p) => p.id)).toEqual([...LANGUAGE_IDS]);
  });

  it('gives every cited source a title, an https address and a date', () => {
    expect(everySource.length).toBeGreaterThan(30);
    for (const source of everySource) {
      expect(source.title).toMatch(/\S/);
      expect(new URL(source.url).protocol).toBe('https:');
      expect(source.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      if (source.via) {
        expect(new URL(source.via.url).protocol).toBe('https:');
        expect(source.via.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
    }
  });

  it.each(languageProfiles.map((p) => [p.id, p] as const))(
    '%s: figures, frameworks, facts and judgements are complete',
    (_id, p) => {
      for (const key of FIGURE_KEYS) {
        const figure = p[key];
        if (figure === null) continue;
        expect(Number.isFinite(figure.value)).toBe(true);
        expect(figure.value).toBeGreaterThan(0);
        expect(figure.display).toMatch(/\S/);
      }
      expect(p.frameworks.length).toBeGreaterThan(0);
      for (const framework of p.frameworks) {
        expect(new URL(framework.url).protocol).toBe('https:');
        // A framework's home page does not state its release history: the date needs its own source.
        if (framework.firstRelease) expect(framework.firstRelease.source.url).not.toBe(framework.url);
      }
      for (const key of TEXT_FACT_KEYS) expect(p[key].text).toMatch(/\S/);
      expect(p.learningNotes.qualitative).toBe(true);
      for (const judgement of Object.values(p.judgements)) {
        expect(Number.isInteger(judgement.score)).toBe(true);
        expect(judgement.score).toBeGreaterThanOrEqual(0);
        expect(judgement.score).toBeLessThanOrEqual(5);
        expect(judgement.reason).toMatch(/\S/);
      }
    },
  );

  it('says next to the website shares what they measure, and lists no website share for Go', () => {
    expect(figureSeries.websiteShare.caveat).toContain('not backend jobs or APIs');
    expect(profile('go').websiteShare).toBeNull();
  });
});

describe('audit fixes stay fixed (issue 9, items 1 to 7)', () => {
  it('takes every TIOBE figure from one named month, linked at a pinned commit', () => {
    const { source } = figureSeries.tiobe;
    expect(source.title).toContain('August 2026');
    expect(source.asOf).toBe('2026-08');
    expect(source.url).toMatch(/\/blob\/[0-9a-f]{40}\/Tiobe_Index_August2026\.csv$/);
    // A rank outside the top 20 is not a figure that month's top 20 can state.
    for (const p of languageProfiles) expect(p.tiobe.display).toMatch(/^\d+(st|nd|rd|th) \(\d+\.\d\d%\)$/);
  });

  it('names the usage criterion after what it measures, and says there is no job-posting data', () => {
    const label = criterionLabel('developerUsage', figureSeries);
    expect(label).toMatch(/^Developer usage \(Stack Overflow survey, \d{4}\)$/);
    expect(label).not.toMatch(/job/i);
    expect(figureSeries.surveyUsage.caveat).toMatch(/not jobs/);
    expect(NO_JOB_POSTING_DATA).toMatch(/no job-posting data/);
  });

  it('scores Node.js on its own survey figure, not on JavaScript’s', () => {
    const node = profile('node').surveyUsage;
    expect(node.value).toBe(48.7);
    expect(node.note).toMatch(/Node\.js’s own figure/);
  });

  it('calls Python’s rise the largest in its own history, with a source that says so', () => {
    const { note, noteSources } = profile('python').surveyUsage;
    expect(note).toMatch(/Python’s own history/);
    expect(note).not.toMatch(/largest the survey reports/);
    expect(noteSources?.length).toBeGreaterThanOrEqual(2);
  });

  it('links the throughput row to Round 23 Fortunes and names the framework behind every figure', () => {
    const { source, caveat, caveatSources } = figureSeries.throughput;
    expect(source.url).toMatch(/section=data-r23/);
    expect(source.url).toMatch(/test=fortune/);
    expect(source.via).toBeDefined();
    expect(caveat).toMatch(/last round/);
    expect(caveatSources?.map((s) => s.url)).toContain(
      'https://github.com/TechEmpower/FrameworkBenchmarks/issues/10932',
    );
    for (const p of languageProfiles) expect(p.throughput.display).toMatch(/ req\/s \([^)]+\)$/);
    expect(profile('go').throughput.note).toMatch(/Fiber.*does not teach/);
  });

  it('states first releases its sources support', () => {
    expect(profile('java').firstRelease.text).toMatch(/January 1996 \(JDK 1\.0\)/);
    expect(profile('csharp').firstRelease.text).toMatch(/^February 2002/);
    expect(profile('python').firstRelease.source.url).not.toContain('license');
    expect(profile('node').firstRelease.source.url).not.toContain('nodejs.org/en/about');
    expect(profile('java').concurrency.source.secondary).toBeFalsy();
  });

  it('says Ractors are still experimental and links their moved documentation', () => {
    const { text } = profile('ruby').concurrency;
    expect(text).toMatch(/experimental/);
    expect(factSources(profile('ruby').concurrency).map((s) => s.url)).toContain(
      'https://docs.ruby-lang.org/en/master/language/ractor_md.html',
    );
  });

  it('cites the moved Node.js learning pages', () => {
    for (const source of everySource) expect(source.url).not.toContain('nodejs.org/en/learn');
  });
});

describe('seed article', () => {
  it('keeps one opinion each for PHP, Node.js and Python, each set against measured rows', () => {
    expect(seedArticle.opinions.map((o) => o.language)).toEqual(['php', 'node', 'python']);
    for (const o of seedArticle.opinions) {
      expect(o.claim).toMatch(/\S/);
      expect(o.compareWith.length).toBeGreaterThan(0);
    }
    expect(seedArticle.opinions[0]?.compareWith).toContain('websiteShare');
  });

  it('does not begin with a sentence fragment', () => {
    expect(seedArticle.summary).toMatch(/^[A-Z].*\.$/);
  });
});

describe('figure series', () => {
  it.each(FIGURE_KEYS)('%s: names what it measures and has a dated, named source', (key) => {
    const row = figureSeries[key];
    expect(row.key).toBe(key);
    expect(row.measure).toMatch(/\S/);
    expect(row.source.name).toMatch(/\S/);
    expect(row.caveat).toMatch(/\S/);
    for (const source of seriesSources(row)) expect(new URL(source.url).protocol).toBe('https:');
  });
});
