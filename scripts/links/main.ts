/**
 * npm run check-links [-- --fresh] [-- --concurrency=N] [-- --timeout=SECONDS]
 * Requests every address the app links to and reports dead links and redirects. Answers are kept
 * in reports/link-cache.json for a week, so a second run asks only about what it has not seen.
 */
import { lookup } from 'node:dns/promises';
import { canReachTheWeb, checkLinks, loadCache, saveCache, type LinkResult } from './check';
import { collectLinks, type LinkUse } from './collect';

const CACHE_PATH = 'reports/link-cache.json';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

function option(argv: readonly string[], name: string, fallback: number): number {
  const raw = argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const value = Number(raw);
  return raw !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The report a person reads: what is broken and where it is used, then what moved. */
export function formatReport(results: readonly LinkResult[], uses: readonly LinkUse[], fromCache: number): string {
  const whereUsed = (url: string) =>
    uses
      .filter((use) => use.url === url)
      .map((use) => `      used in ${use.where}`)
      .join('\n');
  const dead = results.filter((r) => r.status === 'dead');
  const unreachable = results.filter((r) => r.status === 'unreachable');
  const moved = results.filter((r) => r.status === 'redirect');
  const lines: string[] = [];
  if (dead.length) {
    lines.push(`Dead links (${dead.length}):`);
    for (const r of dead) lines.push(`  ${r.code} ${r.url}\n${whereUsed(r.url)}`);
  }
  if (unreachable.length) {
    lines.push(`Unreachable (${unreachable.length}):`);
    for (const r of unreachable) lines.push(`  ${r.url}: ${r.error}\n${whereUsed(r.url)}`);
  }
  if (moved.length) {
    lines.push(`Redirects (${moved.length}): update the link to where it now points`);
    for (const r of moved) lines.push(`  ${r.code} ${r.url}\n      -> ${r.location}`);
  }
  const ok = results.length - dead.length - unreachable.length - moved.length;
  lines.push(
    `${results.length} links: ${ok} fine, ${moved.length} redirected, ${dead.length} dead, ${unreachable.length} unreachable` +
      ` (${fromCache} answered from ${CACHE_PATH}).`,
  );
  return lines.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const uses = await collectLinks();
  const urls = [...new Set(uses.map((use) => use.url))];
  if (!(await canReachTheWeb(urls, (host) => lookup(host)))) {
    console.log(
      `No network: this machine cannot resolve the names of the linked sites, so none of the ${urls.length} links was checked.` +
        ' Run npm run check-links on a machine with internet access.',
    );
    return 0;
  }
  const cache = argv.includes('--fresh') ? {} : await loadCache(CACHE_PATH);
  const { results, fromCache } = await checkLinks(urls, {
    concurrency: option(argv, 'concurrency', 6),
    timeoutMs: option(argv, 'timeout', 15) * 1000,
    fetch,
    cache,
    maxAgeMs: WEEK_MS,
    now: new Date(),
  });
  await saveCache(CACHE_PATH, cache);
  console.log(formatReport(results, uses, fromCache));
  return results.some((r) => r.status === 'dead') ? 1 : 0;
}
