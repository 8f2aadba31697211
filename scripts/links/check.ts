/**
 * The link checker's logic: request each address with a time limit and a few at a time, sort the
 * answers into fine, moved, dead and unreachable, and remember them in a cache file. The caller
 * passes `fetch` and `lookup`, so tests can aim it at a local server.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export type LinkResult =
  | { readonly url: string; readonly status: 'ok'; readonly code: number }
  | { readonly url: string; readonly status: 'redirect'; readonly code: number; readonly location: string }
  | { readonly url: string; readonly status: 'dead'; readonly code: number }
  | { readonly url: string; readonly status: 'unreachable'; readonly error: string };

export interface CheckOptions {
  /** How many requests may be under way at once. */
  readonly concurrency: number;
  /** How long one request may take before it counts as unreachable. */
  readonly timeoutMs: number;
  readonly fetch: typeof fetch;
}

/** Servers that refuse HEAD (or answer it wrongly) are asked again with GET. */
const RETRY_WITH_GET = new Set([403, 405, 501]);

async function request(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<Response> {
  const response = await options.fetch(url, {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs),
    headers: { 'user-agent': 'backend-path-link-check' },
  });
  // The body is not needed; let the connection go.
  await response.body?.cancel().catch(() => undefined);
  return response;
}

function describeError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return error instanceof Error ? `${error.message}${cause}` : String(error);
}

/** One address: fine, moved (and where to), dead, or unreachable. */
export async function checkLink(url: string, options: CheckOptions): Promise<LinkResult> {
  try {
    let response = await request(url, 'HEAD', options);
    if (RETRY_WITH_GET.has(response.status)) response = await request(url, 'GET', options);
    const code = response.status;
    if (code >= 300 && code < 400) {
      const location = response.headers.get('location');
      return {
        url,
        status: 'redirect',
        code,
        location: location ? new URL(location, url).href : '(no Location header)',
      };
    }
    if (code >= 200 && code < 300) return { url, status: 'ok', code };
    return { url, status: 'dead', code };
  } catch (error) {
    return { url, status: 'unreachable', error: describeError(error, options.timeoutMs) };
  }
}

/** Runs `work` on every item, at most `limit` at a time, keeping the results in input order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

interface CacheEntry {
  readonly checkedAt: string;
  readonly result: LinkResult;
}
export type LinkCache = Record<string, CacheEntry>;

export async function loadCache(path: string): Promise<LinkCache> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as LinkCache) : {};
  } catch {
    return {};
  }
}

export async function saveCache(path: string, cache: LinkCache): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(cache, null, 2)}\n`);
}

export interface CachedCheckOptions extends CheckOptions {
  readonly cache: LinkCache;
  /** Answers younger than this are taken from the cache; unreachable ones are always asked again. */
  readonly maxAgeMs: number;
  readonly now: Date;
}

/** Every address once, from the cache where it is fresh; the cache is updated in place. */
export async function checkLinks(
  urls: readonly string[],
  options: CachedCheckOptions,
): Promise<{ results: LinkResult[]; fromCache: number }> {
  const unique = [...new Set(urls)];
  let fromCache = 0;
  const results = await mapLimited(unique, options.concurrency, async (url) => {
    const cached = options.cache[url];
    const age = cached ? options.now.getTime() - Date.parse(cached.checkedAt) : Number.POSITIVE_INFINITY;
    if (cached && cached.result.status !== 'unreachable' && age >= 0 && age < options.maxAgeMs) {
      fromCache++;
      return cached.result;
    }
    const result = await checkLink(url, options);
    options.cache[url] = { checkedAt: options.now.toISOString(), result };
    return result;
  });
  return { results, fromCache };
}

export type Lookup = (hostname: string) => Promise<unknown>;

/**
 * Whether this machine can reach the web at all: the names of a few of the hosts must resolve.
 * Asking DNS sends no request to any of the sites.
 */
export async function canReachTheWeb(urls: readonly string[], lookup: Lookup, hostsToTry = 3): Promise<boolean> {
  const hosts = [...new Set(urls.map((url) => new URL(url).hostname))].slice(0, hostsToTry);
  for (const host of hosts) {
    try {
      await lookup(host);
      return true;
    } catch {
      // Try the next host: one missing name does not mean there is no network.
    }
  }
  return false;
}
