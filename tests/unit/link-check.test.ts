// @vitest-environment node
// The link checker against a server on this machine that answers 200, 301, 404, refuses HEAD,
// or never answers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canReachTheWeb,
  checkLink,
  checkLinks,
  loadCache,
  mapLimited,
  saveCache,
  type LinkCache,
} from '../../scripts/links/check';
import { collectLinks } from '../../scripts/links/collect';
import { formatReport } from '../../scripts/links/main';
import { commonMilestones } from '../../src/content/milestones-common';

let server: Server;
let base = '';
const hits: string[] = [];
let inFlight = 0;
let mostInFlight = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    res.on('close', () => inFlight--);
    switch (new URL(req.url ?? '/', 'http://localhost').pathname) {
      case '/ok':
        res.writeHead(200).end('fine');
        return;
      case '/moved':
        res.writeHead(301, { location: '/ok' }).end();
        return;
      case '/missing':
        res.writeHead(404).end('not here');
        return;
      case '/get-only':
        res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
        return;
      case '/slow-ok':
        setTimeout(() => res.writeHead(200).end(), 40);
        return;
      case '/hangs':
        // Never answers: the checker must give up by itself.
        return;
      default:
        res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const options = { concurrency: 3, timeoutMs: 300, fetch };

describe('checkLink', () => {
  it('finds a page that answers 200 fine', async () => {
    expect(await checkLink(`${base}/ok`, options)).toEqual({ url: `${base}/ok`, status: 'ok', code: 200 });
  });

  it('reports a 301 as a redirect, with where it now points', async () => {
    expect(await checkLink(`${base}/moved`, options)).toEqual({
      url: `${base}/moved`,
      status: 'redirect',
      code: 301,
      location: `${base}/ok`,
    });
  });

  it('reports a 404 as dead', async () => {
    expect(await checkLink(`${base}/missing`, options)).toEqual({ url: `${base}/missing`, status: 'dead', code: 404 });
  });

  it('asks again with GET when a server refuses HEAD', async () => {
    expect(await checkLink(`${base}/get-only`, options)).toMatchObject({ status: 'ok', code: 200 });
    expect(hits).toContain('GET /get-only');
  });

  it('gives up on a server that never answers, within the time limit', async () => {
    const started = Date.now();
    const result = await checkLink(`${base}/hangs`, options);
    expect(result).toEqual({ url: `${base}/hangs`, status: 'unreachable', error: 'no answer within 0.3 s' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a refused connection as unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await checkLink(`http://127.0.0.1:${port}/`, options)).toMatchObject({ status: 'unreachable' });
  });
});

describe('checkLinks', () => {
  it('asks each address once, never more than the limit at a time, and keeps the order', async () => {
    mostInFlight = 0;
    const urls = Array.from({ length: 8 }, () => `${base}/slow-ok`).map((url, i) => `${url}?n=${i % 6}`);
    const cache: LinkCache = {};
    const { results } = await checkLinks([...urls, `${base}/missing`], {
      ...options,
      cache,
      maxAgeMs: 1000,
      now: new Date(),
    });
    expect(results.map((r) => r.url)).toEqual([...new Set(urls), `${base}/missing`]);
    expect(mostInFlight).toBeLessThanOrEqual(options.concurrency);
    expect(mostInFlight).toBeGreaterThan(1);
  });

  it('answers from the cache while an entry is fresh, and asks again when it is old or was unreachable', async () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const cache: LinkCache = {
      [`${base}/missing`]: {
        checkedAt: '2026-12-01T11:00:00Z',
        result: { url: `${base}/missing`, status: 'ok', code: 200 },
      },
      [`${base}/moved`]: {
        checkedAt: '2026-11-01T11:00:00Z',
        result: { url: `${base}/moved`, status: 'ok', code: 200 },
      },
      [`${base}/hangs`]: {
        checkedAt: '2026-12-01T11:59:00Z',
        result: { url: `${base}/hangs`, status: 'unreachable', error: 'x' },
      },
    };
    hits.length = 0;
    const day = 24 * 60 * 60 * 1000;
    const { results, fromCache } = await checkLinks([`${base}/missing`, `${base}/moved`, `${base}/hangs`], {
      ...options,
      cache,
      maxAgeMs: day,
      now,
    });
    expect(fromCache).toBe(1);
    // The fresh entry is believed (even though the server would now say 404)...
    expect(results[0]).toMatchObject({ status: 'ok' });
    expect(hits).not.toContain('HEAD /missing');
    // ...the old one and the unreachable one are asked again and stored with the new time.
    expect(results[1]).toMatchObject({ status: 'redirect' });
    expect(results[2]).toMatchObject({ status: 'unreachable' });
    expect(cache[`${base}/moved`]?.checkedAt).toBe(now.toISOString());
  });

  it('keeps its cache in a JSON file, and starts empty from a missing or broken one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'links-'));
    try {
      const path = join(dir, 'reports', 'link-cache.json');
      expect(await loadCache(path)).toEqual({});
      const cache: LinkCache = {
        [`${base}/ok`]: { checkedAt: '2026-12-01T00:00:00Z', result: { url: `${base}/ok`, status: 'ok', code: 200 } },
      };
      await saveCache(path, cache);
      expect(await loadCache(path)).toEqual(cache);
      await saveCache(path, cache);
      expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(cache);
      await writeFile(path, '{ not json');
      expect(await loadCache(path)).toEqual({});
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('mapLimited', () => {
  it('works with fewer items than the limit, and with none', async () => {
    expect(await mapLimited([1, 2], 5, async (n) => n * 2)).toEqual([2, 4]);
    expect(await mapLimited([], 5, async (n: number) => n)).toEqual([]);
  });
});

describe('canReachTheWeb', () => {
  const urls = [
    'https://a.example/x',
    'https://a.example/y',
    'https://b.example/',
    'https://c.example/',
    'https://d.example/',
  ];

  it('says no when no host name resolves, after trying a few distinct hosts', async () => {
    const asked: string[] = [];
    const offline = async (host: string) => {
      asked.push(host);
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    };
    expect(await canReachTheWeb(urls, offline)).toBe(false);
    expect(asked).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it('says yes as soon as one name resolves', async () => {
    const onlyB = async (host: string) => {
      if (host !== 'b.example') throw new Error('ENOTFOUND');
      return { address: '192.0.2.1' };
    };
    expect(await canReachTheWeb(urls, onlyB)).toBe(true);
  });
});

describe('the report', () => {
  it('lists dead links with where they are used, then unreachable ones and redirects, then a summary', () => {
    const report = formatReport(
      [
        { url: 'https://a.example/ok', status: 'ok', code: 200 },
        { url: 'https://a.example/gone', status: 'dead', code: 404 },
        { url: 'https://a.example/old', status: 'redirect', code: 301, location: 'https://a.example/new' },
        { url: 'https://a.example/slow', status: 'unreachable', error: 'no answer within 15 s' },
      ],
      [{ url: 'https://a.example/gone', where: 'common milestone html-basics: MDN' }],
      1,
    );
    expect(report).toContain(
      'Dead links (1):\n  404 https://a.example/gone\n      used in common milestone html-basics: MDN',
    );
    expect(report).toContain('Redirects (1)');
    expect(report).toContain('  301 https://a.example/old\n      -> https://a.example/new');
    expect(report).toContain('https://a.example/slow: no answer within 15 s');
    expect(report).toMatch(
      /4 links: 1 fine, 1 redirected, 1 dead, 1 unreachable \(1 answered from reports\/link-cache\.json\)\.$/,
    );
  });
});

describe('collectLinks', () => {
  it('gathers the common milestones’ resources, every track’s and the Compare sources, each parseable', async () => {
    const uses = await collectLinks();
    for (const use of uses) expect(() => new URL(use.url)).not.toThrow();
    const first = commonMilestones.find((m) => m.resources.length > 0);
    expect(uses.map((u) => u.url)).toContain(first?.resources[0]?.url);
    expect(uses.some((u) => u.where.startsWith('python track milestone'))).toBe(true);
    expect(uses.some((u) => u.where.startsWith('ruby track milestone'))).toBe(true);
    expect(uses.some((u) => u.where.startsWith('Compare source: TIOBE'))).toBe(true);
    expect(uses.some((u) => u.where.startsWith('Compare source, read via'))).toBe(true);
  });
});
