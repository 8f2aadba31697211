import { describe, expect, it } from 'vitest';
import type { Figure, LanguageProfile, TextFact } from '../domain/language-facts';
import { LANGUAGE_IDS } from '../domain/types';
import type { Source } from '../domain/types';
import { languageProfiles, seedArticleLabel, seedArticleOpinions } from './language-profiles';
import { languageName, languages } from './languages';

const FIGURE_KEYS = ['surveyUsage', 'tiobe', 'websiteShare', 'throughput'] as const;
const TEXT_KEYS = ['firstRelease', 'typing', 'concurrency', 'packages', 'typicalUses', 'learningNotes'] as const;

function isSource(value: unknown): value is Source {
  return typeof value === 'object' && value !== null && 'url' in value && 'asOf' in value;
}

/** Every Source anywhere inside a value, found by walking it. */
function sourcesIn(value: unknown): Source[] {
  if (typeof value !== 'object' || value === null) return [];
  if (isSource(value)) return [value];
  return Object.values(value).flatMap(sourcesIn);
}

function figuresOf(profile: LanguageProfile): Figure[] {
  return FIGURE_KEYS.map((key) => profile[key]).filter((figure): figure is Figure => figure !== null);
}

function textFactsOf(profile: LanguageProfile): TextFact[] {
  return TEXT_KEYS.map((key) => profile[key]);
}

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

  it.each(languageProfiles.map((p) => [p.id, p] as const))('%s: every figure has a dated source and a display', (_id, p) => {
    for (const figure of figuresOf(p)) {
      expect(Number.isFinite(figure.value)).toBe(true);
      expect(figure.value).toBeGreaterThan(0);
      expect(figure.display).toMatch(/\S/);
      expect(isSource(figure.source)).toBe(true);
      expect(figure.source.title).toMatch(/\S/);
    }
  });

  it.each(languageProfiles.map((p) => [p.id, p] as const))('%s: every source is https and dated', (_id, p) => {
    const sources = sourcesIn(p);
    // 4 figures (one may be missing), 1 framework list, 6 text facts.
    expect(sources.length).toBeGreaterThanOrEqual(10);
    for (const source of sources) {
      expect(source.title).toMatch(/\S/);
      expect(new URL(source.url).protocol).toBe('https:');
      expect(source.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it.each(languageProfiles.map((p) => [p.id, p] as const))('%s: frameworks, text facts and judgements are complete', (_id, p) => {
    expect(p.frameworks.items.length).toBeGreaterThan(0);
    for (const framework of p.frameworks.items) {
      expect(framework.name).toMatch(/\S/);
      expect(framework.firstRelease).toMatch(/\d{4}/);
      expect(new URL(framework.url).protocol).toBe('https:');
    }
    for (const fact of textFactsOf(p)) expect(fact.text).toMatch(/\S/);
    expect(p.learningNotes.qualitative).toBe(true);
    for (const judgement of Object.values(p.judgements)) {
      expect(Number.isInteger(judgement.score)).toBe(true);
      expect(judgement.score).toBeGreaterThanOrEqual(0);
      expect(judgement.score).toBeLessThanOrEqual(5);
      expect(judgement.reason).toMatch(/\S/);
    }
  });

  it('marks every survey, index, website and benchmark figure as read in a secondary source', () => {
    for (const p of languageProfiles) {
      for (const figure of figuresOf(p)) expect(figure.source.secondary).toBe(true);
    }
  });

  it('says next to every website share what it measures', () => {
    for (const p of languageProfiles) {
      if (p.websiteShare) expect(p.websiteShare.caveat).toContain('not backend jobs or APIs');
    }
    expect(languageProfiles.find((p) => p.id === 'go')?.websiteShare).toBeNull();
  });

  it('explains that Node.js figures are JavaScript figures', () => {
    const node = languageProfiles.find((p) => p.id === 'node');
    expect(node?.surveyUsage.note).toContain('JavaScript');
    expect(node?.tiobe.note).toContain('JavaScript');
    expect(node?.websiteShare?.note).toContain('JavaScript');
  });
});

describe('seed article', () => {
  it('gives one opinion each for PHP, Node.js and Python, and no web address', () => {
    expect(seedArticleOpinions.map((o) => o.language)).toEqual(['php', 'node', 'python']);
    for (const o of seedArticleOpinions) expect(o.claim).toMatch(/^The article says /);
    expect(seedArticleLabel).not.toMatch(/https?:/);
  });
});
