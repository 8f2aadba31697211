import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, it } from 'vitest';
import { roadmapContent } from '../../src/content/roadmap-content';
import { buildRoadmapJson, ROADMAP_VERSION, RoadmapJsonSchema } from '../../src/domain/roadmap-json';
import { validateJson, type JsonSchema } from './json-schema-check';

const schemaPath = resolve(process.cwd(), 'public/roadmap.schema.json');

/** The published JSON Schema, generated from the valibot schema beside the builder. */
function generate(): string {
  return `${JSON.stringify(
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      ...toJsonSchema(RoadmapJsonSchema, { target: 'draft-2020-12' }),
      $id: 'https://backend-path.app/roadmap.schema.json',
      title: `Backend Path roadmap, version ${ROADMAP_VERSION}`,
      description:
        'The Backend Path roadmap as open data (/roadmap.json): stages, languages, every milestone with its tier, hours, prerequisites and resources, and retired milestone ids. languages null means common to every language; a prerequisite that belongs to another language\'s track does not apply to a learner\'s road.',
    },
    null,
    2,
  )}\n`;
}

describe('public/roadmap.schema.json', () => {
  it('matches the schema the builder is checked with (run `npm run schema` after changing it)', () => {
    const generated = generate();
    if (process.env.WRITE_SCHEMA) writeFileSync(schemaPath, generated);
    expect(readFileSync(schemaPath, 'utf8')).toBe(generated);
  });

  it('accepts the roadmap built from the content', () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonSchema;
    const published = JSON.parse(JSON.stringify(buildRoadmapJson(roadmapContent)));
    expect(validateJson(schema, published)).toEqual([]);
  });

  it('refuses what the roadmap must not contain', () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonSchema;
    const published = JSON.parse(JSON.stringify(buildRoadmapJson(roadmapContent)));
    const first = published.milestones[0];
    const broken = [
      { ...published, format: 'something-else' },
      { ...published, milestones: [{ ...first, tier: 'essential' }] },
      { ...published, milestones: [{ ...first, why: 'not published' }] },
      { ...published, milestones: [{ ...first, resources: [{ kind: 'official', title: 'x', url: 'http://example.com' }] }] },
      { ...published, milestones: [{ ...first, languages: [] as string[], hours: -1 }] },
    ];
    for (const document of broken) expect(validateJson(schema, document)).not.toEqual([]);
  });
});
