import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isPlanDate, isPlanLink, LIMITS } from './plan-limits';
import { DateSchema, LinkSchema } from './plan-schema';

// Every action checks dates and links with these plain functions (the first page carries no
// schema library); the reader checks them with the schema. They must agree, or an action could
// save a plan the reader then refuses.
describe('the checks every action makes agree with the schema the reader uses', () => {
  const someText = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('', ' ', 'x'.repeat(LIMITS.titleLength), 'x'.repeat(LIMITS.titleLength + 1)),
  );
  const someUrl = fc.oneof(
    fc.webUrl(),
    fc.webUrl().map((url) => url.replace(/^https?/, 'ftp')),
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      'https://',
      'http://x',
      'https://example.com/ spaces',
      'javascript:alert(1)',
      'HTTPS://EXAMPLE.COM',
      `https://example.com/${'a'.repeat(LIMITS.urlLength)}`,
      'https://example.com/' + 'a'.repeat(LIMITS.urlLength - 20),
    ),
  );

  it('on links', () => {
    fc.assert(
      fc.property(someText, someUrl, (title, url) => {
        expect(isPlanLink({ title, url })).toBe(v.is(LinkSchema, { title, url }));
      }),
      { numRuns: 2000 },
    );
  });

  it('on dates', () => {
    const someDate = fc.oneof(
      fc
        .date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(
          ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('2026-02-29', '2024-02-29', '2026-11-26T00:00', ' 2026-11-26'),
    );
    fc.assert(
      fc.property(someDate, (date) => {
        expect(isPlanDate(date)).toBe(v.is(DateSchema, date));
      }),
      { numRuns: 3000 },
    );
  });
});
