/**
 * A small JSON Schema (draft 2020-12) checker for the keywords our published schemas use, so a
 * test can check a document against the published file itself. Any other keyword is refused
 * rather than ignored, so the check never passes by skipping what it does not know.
 */
export type JsonSchema = { readonly [keyword: string]: unknown };

const KNOWN = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'minLength',
  'minimum',
  'pattern',
  'anyOf',
  'propertyNames',
]);

const typeOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
};

const hasType = (value: unknown, type: string) =>
  typeOf(value) === type || (type === 'number' && typeOf(value) === 'integer');

/** Every way the value breaks the schema, as "path: problem"; empty when it conforms. */
export function validateJson(schema: JsonSchema, value: unknown, path = '$'): string[] {
  const unknown = Object.keys(schema).filter((keyword) => !KNOWN.has(keyword));
  if (unknown.length > 0) throw new Error(`${path}: unsupported keywords ${unknown.join(', ')}`);
  const problems: string[] = [];
  const fail = (problem: string) => problems.push(`${path}: ${problem}`);

  if (typeof schema.type === 'string' && !hasType(value, schema.type)) return [`${path}: not ${schema.type}`];
  if ('const' in schema && value !== schema.const) fail(`not ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail(`not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail('too short');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      fail(`does not match ${schema.pattern}`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) fail('too small');
  if (Array.isArray(schema.anyOf)) {
    const fits = schema.anyOf.some((option) => validateJson(option as JsonSchema, value, path).length === 0);
    if (!fits) fail('matches none of anyOf');
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) =>
      problems.push(...validateJson(schema.items as JsonSchema, item, `${path}[${index}]`)),
    );
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in object)) fail(`missing ${key}`);
    for (const [key, item] of Object.entries(object)) {
      if (schema.propertyNames)
        problems.push(...validateJson(schema.propertyNames as JsonSchema, key, `${path} key ${key}`));
      const itemPath = `${path}.${key}`;
      if (key in properties) problems.push(...validateJson(properties[key] as JsonSchema, item, itemPath));
      else if (schema.additionalProperties === false) problems.push(`${itemPath}: not allowed`);
      else if (typeof schema.additionalProperties === 'object' && schema.additionalProperties !== null) {
        problems.push(...validateJson(schema.additionalProperties as JsonSchema, item, itemPath));
      }
    }
  }
  return problems;
}
