import { formatInstant, isInRange, parseInstant } from './instant';

/**
 * A hybrid logical clock (Kulkarni et al., 2014): every change to the plan gets a stamp of wall
 * time, a counter and the id of the tab that made it. A tab's clock moves past every stamp it
 * sees, so a change made after seeing another always sorts after it, whatever the two tabs'
 * wall clocks say. Stamps are stored as text, `2026-11-26T09:30:00.000Z/0/k3x9q2`, and are
 * always compared as numbers.
 */
export interface Stamp {
  /** Milliseconds since 1970: the wall time of the change, or later if a clock ran fast. */
  readonly wall: number;
  /** Orders changes within one millisecond. */
  readonly count: number;
  /** The tab (or the source) that made the change: breaks the last ties. */
  readonly node: string;
}

const MAX_COUNT = 999_999;
const STAMP_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\/(0|[1-9]\d{0,5})\/([a-z0-9]{1,16})$/;

export function parseStamp(text: string): Stamp | null {
  const match = STAMP_PATTERN.exec(text);
  if (!match) return null;
  const wall = parseInstant(match[1] ?? '');
  if (!isInRange(wall) || formatInstant(wall) !== match[1]) return null;
  return { wall, count: Number(match[2]), node: match[3] ?? '' };
}

export function formatStamp(stamp: Stamp): string {
  return `${formatInstant(stamp.wall)}/${stamp.count}/${stamp.node}`;
}

export const isStamp = (text: string): boolean => parseStamp(text) !== null;

const parsed = new Map<string, Stamp | null>();
/** Parsing is cached: merges compare the same few thousand stamps again and again. */
function read(text: string): Stamp | null {
  let stamp = parsed.get(text);
  if (stamp === undefined) {
    if (parsed.size > 20_000) parsed.clear();
    stamp = parseStamp(text);
    parsed.set(text, stamp);
  }
  return stamp;
}

/** Negative when `a` came first. Unreadable stamps sort before every readable one. */
export function compareStamps(a: string, b: string): number {
  const x = read(a);
  const y = read(b);
  if (!x || !y) return (x ? 1 : 0) - (y ? 1 : 0);
  return compareParsed(x, y);
}

function compareParsed(x: Stamp, y: Stamp): number {
  return x.wall - y.wall || x.count - y.count || (x.node < y.node ? -1 : x.node > y.node ? 1 : 0);
}

export const isAfter = (a: string, b: string): boolean => compareStamps(a, b) > 0;

/** The latest of some stamps, or null when there are none. */
export function latestStamp(stamps: Iterable<string>): string | null {
  let latest: string | null = null;
  for (const stamp of stamps) if (latest === null || isAfter(stamp, latest)) latest = stamp;
  return latest;
}

/** A tab's clock: the last stamp it gave or saw. */
export type Clock = Stamp;

export function startClock(node: string, wall = 0): Clock {
  return { wall, count: 0, node };
}

function next(clock: Clock, wall: number, count: number): Clock {
  // The counter is bounded so a stamp keeps its shape: past it, time moves on by a millisecond.
  return count > MAX_COUNT ? { ...clock, wall: wall + 1, count: 0 } : { ...clock, wall, count };
}

/** The clock after a local change at wall time `now`: its stamp is after everything seen. */
export function tick(clock: Clock, now: number): Clock {
  return now > clock.wall ? next(clock, now, 0) : next(clock, clock.wall, clock.count + 1);
}

/** The clock after seeing another tab's stamp: the next local stamp sorts after it. */
export function observe(clock: Clock, seen: string | null): Clock {
  const stamp = seen === null ? null : read(seen);
  if (!stamp || compareParsed(stamp, clock) <= 0) return clock;
  return { wall: stamp.wall, count: stamp.count, node: clock.node };
}
