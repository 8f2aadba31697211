import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, it } from 'vitest';
import { roadmapContent } from '../../src/content/roadmap-content';
import { buildRoadmapJson, ROADMAP_VERSION, RoadmapJsonSchema } from '../../src/domain/roadmap-json';
import { expectPublishedSchema, readPublishedSchema } from '../support/published-schema';
import { validateJson, type JsonSchema } from './json-schema-check';

describe('public/roadmap.schema.json', () => {
  it('matches the schema the builder is checked with (run `npm run schema` after changing it)', () => {
    expectPublishedSchema(
      'roadmap.schema.json',
      {
        id: 'https://backend-path.app/roadmap.schema.json',
        title: `Backend Path roadmap, version ${ROADMAP_VERSION}`,
        description:
          "The Backend Path roadmap as open data (/roadmap.json): stages, languages, every milestone with its tier, hours, prerequisites and resources, and retired milestone ids. languages null means common to every language; a prerequisite that belongs to another language's track does not apply to a learner's road.",
      },
      toJsonSchema(RoadmapJsonSchema, { target: 'draft-2020-12' }),
    );
  });

  it('accepts the roadmap built from the content', () => {
    const schema = readPublishedSchema('roadmap.schema.json') as JsonSchema;
    const published = JSON.parse(JSON.stringify(buildRoadmapJson(roadmapContent)));
    expect(validateJson(schema, published)).toEqual([]);
  });

  it('refuses what the roadmap must not contain', () => {
    const schema = readPublishedSchema('roadmap.schema.json') as JsonSchema;
    const published = JSON.parse(JSON.stringify(buildRoadmapJson(roadmapContent)));
    const first = published.milestones[0];
    const broken = [
      { ...published, format: 'something-else' },
      { ...published, milestones: [{ ...first, tier: 'essential' }] },
      { ...published, milestones: [{ ...first, why: 'not published' }] },
      {
        ...published,
        milestones: [{ ...first, resources: [{ kind: 'official', title: 'x', url: 'http://example.com' }] }],
      },
      { ...published, milestones: [{ ...first, languages: [] as string[], hours: -1 }] },
    ];
    for (const document of broken) expect(validateJson(schema, document)).not.toEqual([]);
  });
});
