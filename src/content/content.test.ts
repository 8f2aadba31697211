import { describe, expect, it, test } from 'vitest';
import type { LanguageId, Milestone } from '../domain/types';
import { LANGUAGE_IDS, MILESTONE_TIERS, RESOURCE_KINDS, STAGE_IDS } from '../domain/types';
import { commonMilestones } from './milestones-common';
import { loadAllTracks, loadTrack } from './tracks';
import { retiredMilestoneIds } from './retired-ids';
import { stages } from './stages';
import { trackSteps } from './track-steps';
import { roadmapShBackendTopics } from './roadmap-sh-topics';
import { roadmapContent } from './roadmap-content';
import { languages } from './languages';
import * as v from 'valibot';
import { buildRoadmapJson, RoadmapJsonSchema } from '../domain/roadmap-json';
import shippedIdList from '../../tests/fixtures/shipped-milestone-ids.json';

const tracks = await loadAllTracks();
const everything: Milestone[] = [...commonMilestones, ...Object.values(tracks).flat()];
const byId = new Map(everything.map((m) => [m.id, m]));
const commonIds = new Set(commonMilestones.map((m) => m.id));
const stepIds = new Set<string>(Object.values(trackSteps).flatMap((step) => Object.values(step)));
/** Everything on one language's road: the common milestones and that language's track. */
const roadOf = (language: LanguageId): Milestone[] => [...commonMilestones, ...tracks[language]];
const stageOrder = new Map(stages.map((stage, index) => [stage.id, index]));
const hoursOf = (milestones: readonly Milestone[]) => milestones.reduce((sum, m) => sum + m.hours, 0);

/** Ids of every milestone ever shipped. Add new ids there when you add milestones; never remove one. */
const shippedIds: readonly string[] = shippedIdList;

describe('stages', () => {
  it('are the seven stages of the road, in order', () => {
    expect(stages.map((s) => s.id)).toEqual([...STAGE_IDS]);
  });
});

describe('milestone content', () => {
  it('has unique ids and unique titles', () => {
    expect(new Set(everything.map((m) => m.id)).size).toBe(everything.length);
    expect(new Set(everything.map((m) => m.title)).size).toBe(everything.length);
  });

  it('uses stable, readable ids', () => {
    for (const m of everything) expect(m.id).toMatch(/^[a-z0-9][a-z0-9-]{0,79}$/);
  });

  it('keeps every shipped id, or names its replacement', () => {
    const missing = shippedIds.filter((id) => !byId.has(id) && !(id in retiredMilestoneIds));
    expect(missing).toEqual([]);
    for (const replacement of Object.values(retiredMilestoneIds)) {
      if (replacement !== null) expect(byId.has(replacement)).toBe(true);
    }
  });

  it('lists every current id as shipped, so removing one later is caught', () => {
    const unlisted = everything.map((m) => m.id).filter((id) => !shippedIds.includes(id));
    expect(unlisted).toEqual([]);
  });

  test.each(everything.map((m) => [m.id, m] as const))(
    '%s has a summary, a why unless optional, a positive estimate and https resources',
    (_id, m) => {
      expect(m.summary.length).toBeGreaterThan(20);
      // Optional milestones are extras: their summary says enough, and they need no case made.
      if (m.tier !== 'optional') expect(m.why?.length ?? 0).toBeGreaterThan(20);
      expect(m.hours).toBeGreaterThan(0);
      expect(m.resources.length).toBeGreaterThan(0);
      // Official resources, when a milestone has any, come first (design ideas often have none).
      const firstOther = m.resources.findIndex((r) => r.kind !== 'official');
      if (firstOther >= 0) expect(m.resources.slice(firstOther).map((r) => r.kind)).not.toContain('official');
      for (const r of m.resources) {
        expect(r.url).toMatch(/^https:\/\/[^\s]+$/);
        expect(RESOURCE_KINDS).toContain(r.kind);
        expect(r.title.trim()).not.toBe('');
      }
    },
  );

  it('has prerequisites that exist: common ones need common milestones or a track step, tracks their own or common ones', () => {
    for (const m of everything) {
      for (const p of m.prerequisites) {
        const prerequisite = byId.get(p);
        expect(prerequisite, `${m.id} needs unknown ${p}`).toBeDefined();
        if (!m.languages?.length)
          expect(commonIds.has(p) || stepIds.has(p), `${m.id} (common) needs track milestone ${p}`).toBe(true);
        else if (!commonIds.has(p)) expect(prerequisite?.languages).toEqual(m.languages);
      }
    }
  });

  it("names each track step by a milestone of that language's own track", () => {
    for (const [step, byLanguage] of Object.entries(trackSteps)) {
      for (const [language, id] of Object.entries(byLanguage)) {
        expect(
          tracks[language as LanguageId].map((m) => m.id),
          `${step} for ${language}`,
        ).toContain(id);
      }
    }
  });

  it('has common milestones need a track step from every track that has it, so no road is left ungated', () => {
    for (const m of commonMilestones) {
      for (const [step, byLanguage] of Object.entries(trackSteps)) {
        const ids = Object.values(byLanguage);
        const named = ids.filter((id) => m.prerequisites.includes(id));
        if (named.length > 0) expect(named, `${m.id} needs the ${step} step`).toEqual(ids);
      }
    }
  });

  it('retires ids for good: a retired id is not a milestone any more', () => {
    expect(Object.keys(retiredMilestoneIds).filter((id) => byId.has(id))).toEqual([]);
  });

  it('has no cycles among prerequisites', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (id: string, path: string[]) => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'visiting') return void cycles.push([...path, id].join(' -> '));
      state.set(id, 'visiting');
      for (const p of byId.get(id)?.prerequisites ?? []) visit(p, [...path, id]);
      state.set(id, 'done');
    };
    for (const m of everything) visit(m.id, []);
    expect(cycles).toEqual([]);
  });
});

describe('stage order', () => {
  test.each(LANGUAGE_IDS.map((id) => [id]))(
    'on the %s road, no milestone needs one from a later stage',
    (language: LanguageId) => {
      const road = new Map(roadOf(language).map((m) => [m.id, m]));
      const late = [...road.values()].flatMap((m) =>
        m.prerequisites
          .map((p) => road.get(p))
          .filter((p) => p && (stageOrder.get(p.stageId) ?? 0) > (stageOrder.get(m.stageId) ?? 0))
          .map((p) => `${m.id} (${m.stageId}) needs ${p?.id} (${p?.stageId})`),
      );
      expect(late).toEqual([]);
    },
  );
});

describe('resource kinds', () => {
  /**
   * "Official" means the project's own documentation or a standards body. These sites are
   * neither (vendors' blogs and marketing pages, magazines, personal sites, tutorials).
   */
  const NOT_OFFICIAL = [
    'jwt.io',
    'www.infoq.com',
    'martinfowler.com',
    'aws.amazon.com',
    'www.freecodecamp.org',
    'roadmap.sh',
    'javascript.info',
    'realpython.com',
    'en.wikipedia.org',
    'refactoring.guru',
    'microservices.io',
    'www.cloudflare.com',
    'gobyexample.com',
    'phptherightway.com',
    'laracasts.com',
    'symfonycasts.com',
    'www.theodinproject.com',
    'dataintensive.net',
    'sre.google',
    'stripe.com',
    'wizardzines.com',
    'web.dev',
    'ics.uci.edu',
    'medium.com',
    'dev.to',
    'stackoverflow.com',
  ];

  it('never calls a known non-official site official', () => {
    const wrong = everything.flatMap((m) =>
      m.resources
        .filter((r) => r.kind === 'official' && NOT_OFFICIAL.includes(new URL(r.url).hostname))
        .map((r) => `${m.id}: ${r.url}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe('breadth', () => {
  const skills = commonMilestones.filter((m) => m.kind === 'skill');
  const projects = commonMilestones.filter((m) => m.kind === 'project');

  it('has at least 60 common skill milestones and 8 projects, across every stage but the language one', () => {
    expect(skills.length).toBeGreaterThanOrEqual(60);
    expect(projects.length).toBeGreaterThanOrEqual(8);
    for (const stage of STAGE_IDS.filter((s) => s !== 'server-language')) {
      expect(
        commonMilestones.some((m) => m.stageId === stage),
        stage,
      ).toBe(true);
    }
    expect(commonMilestones.some((m) => m.stageId === 'server-language')).toBe(false);
  });

  test.each(LANGUAGE_IDS.map((id) => [id]))('the %s track is complete', (language: LanguageId) => {
    const track = tracks[language];
    expect(track.length).toBeGreaterThanOrEqual(12);
    expect(track.filter((m) => m.kind === 'project').length).toBeGreaterThanOrEqual(1);
    // A track starts in its own stage; its database and test tools live in the later stages.
    expect(track[0]?.stageId).toBe('server-language');
    for (const m of track) {
      expect(stageOrder.get(m.stageId), m.id).toBeGreaterThanOrEqual(stageOrder.get('server-language') ?? 0);
      expect(m.languages).toEqual([language]);
    }
  });

  it('makes PHP, Node.js and Python, the product origin, the deepest tracks', () => {
    const deepest = Math.min(tracks.php.length, tracks.node.length, tracks.python.length);
    const others = Math.max(tracks.go.length, tracks.java.length, tracks.csharp.length, tracks.ruby.length);
    expect(deepest).toBeGreaterThan(others);
  });

  it('covers each section of the backend roadmap breadth', () => {
    const text = commonMilestones.map((m) => `${m.title} ${m.summary}`.toLowerCase()).join('\n');
    const topics = [
      'html',
      'css',
      'javascript',
      'http',
      'dns',
      'git',
      'github',
      'sql',
      'postgresql',
      'nosql',
      'redis',
      'rest',
      'graphql',
      'grpc',
      'jwt',
      'oauth',
      'cors',
      'https',
      'owasp',
      'unit test',
      'integration',
      'ci/cd',
      'docker',
      'kubernetes',
      'nginx',
      'websocket',
      'message',
      'kafka',
      'search',
      'cach',
      'rate limit',
      'observability',
      'microservices',
      'serverless',
      'llm',
      'embedding',
    ];
    expect(topics.filter((t) => !text.includes(t))).toEqual([]);
  });
});

describe('tiers', () => {
  it('gives every milestone a tier', () => {
    for (const m of everything) expect(MILESTONE_TIERS, m.id).toContain(m.tier);
  });

  it.each(languages.map((l) => [l.name, l] as const))(
    'gives the %s road the hours the language entry promises (a first visit shows them)',
    async (_name, language) => {
      const road = [...commonMilestones, ...(await loadTrack(language.id))];
      expect(language.roadHours).toEqual({
        total: hoursOf(road),
        core: hoursOf(road.filter((m) => m.tier === 'core')),
      });
    },
  );

  it('makes core a path of its own: every prerequisite of a core milestone is core', () => {
    const leaks = everything
      .filter((m) => m.tier === 'core')
      .flatMap((m) => m.prerequisites.filter((p) => byId.get(p)?.tier !== 'core').map((p) => `${m.id} needs ${p}`));
    expect(leaks).toEqual([]);
  });

  test.each(LANGUAGE_IDS.map((id) => [id]))(
    'the core of the %s road is 250 to 600 hours and at most 65%% of it',
    (language: LanguageId) => {
      const road = roadOf(language);
      const core = hoursOf(road.filter((m) => m.tier === 'core'));
      expect(core).toBeGreaterThanOrEqual(250);
      expect(core).toBeLessThanOrEqual(600);
      expect(core / hoursOf(road)).toBeLessThanOrEqual(0.65);
    },
  );
});

describe('projects', () => {
  /** Projects that need no server language: the personal page is plain HTML and CSS. */
  const NEEDS_NO_LANGUAGE = new Set(['project-personal-site']);

  const roadmapShProject = (m: Milestone) =>
    m.resources.find((r) => r.url.startsWith('https://roadmap.sh/projects/'))?.url;

  test.each(LANGUAGE_IDS.map((id) => [id]))('each project appears once on the %s road', (language: LanguageId) => {
    const projects = roadOf(language).filter((m) => m.kind === 'project');
    const titles = projects.map((m) => m.title.toLowerCase().replace(/^project: /, ''));
    expect(new Set(titles).size).toBe(titles.length);
    // Two projects built after the same roadmap.sh project page are the same project twice.
    const pages = projects.map(roadmapShProject).filter((url) => url !== undefined);
    expect(pages.filter((url, i) => pages.indexOf(url) !== i)).toEqual([]);
  });

  test.each(LANGUAGE_IDS.map((id) => [id]))(
    'on the %s road, every project in a language needs a milestone of that track',
    (language: LanguageId) => {
      const road = new Map(roadOf(language).map((m) => [m.id, m]));
      const trackIds = new Set(tracks[language].map((m) => m.id));
      const needsTrack = (id: string, seen = new Set<string>()): boolean => {
        if (trackIds.has(id)) return true;
        if (seen.has(id)) return false;
        seen.add(id);
        return (road.get(id)?.prerequisites ?? []).some((p) => road.has(p) && needsTrack(p, seen));
      };
      const ungated = [...road.values()].filter(
        (m) => m.kind === 'project' && !NEEDS_NO_LANGUAGE.has(m.id) && !trackIds.has(m.id),
      );
      expect(
        ungated.filter((m) => !m.prerequisites.some((p) => road.has(p) && needsTrack(p))).map((m) => m.id),
      ).toEqual([]);
    },
  );
});

describe("roadmap.sh's backend topics", () => {
  const covered = roadmapShBackendTopics.filter((topic) => topic.milestones.length > 0);

  it('are covered at 95% or more (the rest are printed)', () => {
    const missing = roadmapShBackendTopics.filter((topic) => topic.milestones.length === 0).map((topic) => topic.topic);
    const share = covered.length / roadmapShBackendTopics.length;
    console.info(
      `roadmap.sh backend coverage: ${covered.length}/${roadmapShBackendTopics.length}; not covered: ${missing.join(', ')}`,
    );
    expect(share, `not covered: ${missing.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  test.each(covered.map((topic) => [topic.topic, topic] as const))(
    '%s is named by a milestone that covers it',
    (_name, topic) => {
      const terms = (topic.terms ?? [topic.topic]).map((term) => term.toLowerCase());
      const texts = topic.milestones.map((id) => {
        const m = byId.get(id);
        expect(m, `${topic.topic}: unknown milestone ${id}`).toBeDefined();
        return `${m?.title} ${m?.summary}`.toLowerCase();
      });
      expect(
        texts.some((text) => terms.some((term) => text.includes(term))),
        `${topic.topic} in ${topic.milestones.join(', ')}`,
      ).toBe(true);
    },
  );
});

describe('/roadmap.json', () => {
  const json = buildRoadmapJson(roadmapContent);

  it('is built from all of the content the app loads', () => {
    expect(roadmapContent.common).toBe(commonMilestones);
    for (const language of LANGUAGE_IDS) expect(roadmapContent.tracks[language]).toEqual(tracks[language]);
    expect(roadmapContent.retired).toBe(retiredMilestoneIds);
  });

  it('equals the content: every stage, language, milestone and retired id, nothing else', () => {
    expect(v.safeParse(RoadmapJsonSchema, json).success).toBe(true);
    expect(json.stages).toEqual(stages.map((s, i) => ({ id: s.id, title: s.title, order: i + 1 })));
    expect(json.languages).toEqual(languages.map((l) => ({ id: l.id, name: l.name })));
    expect(json.retired).toEqual(retiredMilestoneIds);
    expect(json.milestones.map((m) => m.id)).toEqual(everything.map((m) => m.id));
    for (const published of json.milestones) {
      const m = byId.get(published.id) as Milestone;
      // Field by field, each as the content has it: nothing added, nothing lost.
      const { why: _why, languages, ...fields } = m;
      expect(published).toEqual({ ...fields, languages: languages?.length ? languages : null });
    }
  });
});
