import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';

/**
 * A JSON Schema published in public/, generated from a valibot schema: `npm run schema` writes
 * it (WRITE_SCHEMA=1), and otherwise the test fails when the file and the schema drift apart.
 */
export function expectPublishedSchema(
  file: string,
  meta: { id: string; title: string; description: string },
  schema: object,
) {
  const path = resolve(process.cwd(), 'public', file);
  const generated = `${JSON.stringify(
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      ...schema,
      $id: meta.id,
      title: meta.title,
      description: meta.description,
    },
    null,
    2,
  )}\n`;
  if (process.env.WRITE_SCHEMA) writeFileSync(path, generated);
  expect(readFileSync(path, 'utf8')).toBe(generated);
}

export const readPublishedSchema = (file: string): unknown =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'public', file), 'utf8'));
