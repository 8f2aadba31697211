import type { Milestone, Stage, StageId } from './types';

/**
 * The road as a map: one band per stage, top to bottom; within a band, milestones in layers by
 * their prerequisites (a milestone sits one layer below the deepest prerequisite it has in the
 * same band: the longest path), and each layer ordered by the barycentre of its neighbours in
 * the layer above and below, which keeps lines short and rarely crossing. A small layered layout
 * of our own rather than a library: see docs/decisions/0006-map-layout.md.
 */
export interface Band {
  readonly stageId: StageId;
  /** Milestone ids, layer by layer, each layer in display order. */
  readonly layers: readonly (readonly string[])[];
}

export interface Place {
  readonly band: number;
  readonly layer: number;
  /** Position within the layer. */
  readonly index: number;
  /** Position in the band's reading order (layer by layer). */
  readonly order: number;
}

export interface Edge {
  readonly from: string;
  readonly to: string;
  /** Both ends in one band: drawn always. Across bands: drawn for the node in focus only. */
  readonly withinBand: boolean;
}

export interface RoadLayout {
  readonly bands: readonly Band[];
  readonly places: ReadonlyMap<string, Place>;
  readonly edges: readonly Edge[];
}

/** Longest path from a milestone with no prerequisite in the band; cycles (ruled out by the content test) stop at 0. */
function ranks(ids: readonly string[], inBand: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const rank = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = rank.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    let deepest = -1;
    for (const p of inBand.get(id) ?? []) deepest = Math.max(deepest, visit(p));
    visiting.delete(id);
    rank.set(id, deepest + 1);
    return deepest + 1;
  };
  for (const id of ids) visit(id);
  return rank;
}

/** Sorts a layer by the mean position of each node's neighbours in the layer it looks at; stable. */
function byBarycentre(
  layer: readonly string[],
  neighbours: (id: string) => readonly string[],
  position: ReadonlyMap<string, number>,
): string[] {
  const weight = layer.map((id, i) => {
    const placed = neighbours(id)
      .map((n) => position.get(n))
      .filter((p): p is number => p !== undefined);
    return { id, i, key: placed.length ? placed.reduce((a, b) => a + b, 0) / placed.length : Number.NaN };
  });
  // A node with no neighbour there keeps its place relative to the others.
  const keyed = weight.map((w) => ({ ...w, key: Number.isNaN(w.key) ? w.i / Math.max(1, layer.length - 1) : w.key }));
  return keyed.sort((a, b) => a.key - b.key || a.i - b.i).map((w) => w.id);
}

function orderBand(
  layers: string[][],
  preds: ReadonlyMap<string, readonly string[]>,
  succs: ReadonlyMap<string, readonly string[]>,
) {
  // Positions as fractions of a layer's width, so layers of different lengths compare.
  const position = new Map<string, number>();
  const place = (layer: readonly string[]) =>
    layer.forEach((id, i) => position.set(id, layer.length === 1 ? 0.5 : i / (layer.length - 1)));
  layers.forEach(place);
  for (let sweep = 0; sweep < 2; sweep++) {
    for (let l = 1; l < layers.length; l++) {
      layers[l] = byBarycentre(layers[l] ?? [], (id) => preds.get(id) ?? [], position);
      place(layers[l] ?? []);
    }
    for (let l = layers.length - 2; l >= 0; l--) {
      layers[l] = byBarycentre(layers[l] ?? [], (id) => succs.get(id) ?? [], position);
      place(layers[l] ?? []);
    }
  }
}

export function layoutRoad(stages: readonly Stage[], road: readonly Milestone[]): RoadLayout {
  const stageOf = new Map(road.map((m) => [m.id, m.stageId]));
  const bands: Band[] = [];
  const places = new Map<string, Place>();
  const edges: Edge[] = [];

  const byStage = new Map<StageId, Milestone[]>();
  for (const m of road) {
    const list = byStage.get(m.stageId);
    if (list) list.push(m);
    else byStage.set(m.stageId, [m]);
  }

  for (const stage of stages) {
    const inStage = byStage.get(stage.id) ?? [];
    if (inStage.length === 0) continue;
    const ids = inStage.map((m) => m.id);
    const preds = new Map<string, string[]>();
    const succs = new Map<string, string[]>();
    for (const m of inStage) {
      const here = m.prerequisites.filter((p) => stageOf.get(p) === stage.id);
      preds.set(m.id, here);
      for (const p of here) {
        const next = succs.get(p);
        if (next) next.push(m.id);
        else succs.set(p, [m.id]);
      }
    }
    const rank = ranks(ids, preds);
    const layers: string[][] = [];
    for (const id of ids) (layers[rank.get(id) ?? 0] ??= []).push(id);
    const dense = layers.filter((layer) => layer !== undefined);
    orderBand(dense, preds, succs);
    const band = bands.length;
    let order = 0;
    dense.forEach((layer, l) =>
      layer.forEach((id, index) => places.set(id, { band, layer: l, index, order: order++ })),
    );
    bands.push({ stageId: stage.id, layers: dense });
  }

  for (const m of road) {
    for (const p of m.prerequisites) {
      if (!places.has(p) || !places.has(m.id)) continue;
      edges.push({ from: p, to: m.id, withinBand: stageOf.get(p) === m.stageId });
    }
  }
  return { bands, places, edges };
}

export type Direction = 'left' | 'right' | 'up' | 'down' | 'first' | 'last';

/**
 * The node the arrow keys move to: left and right along a band's reading order; up and down to
 * the nearest node (by horizontal position) of the layer above or below, crossing into the
 * band above or below from a band's first or last layer; Home and End to the ends of the road.
 */
export function neighbourOf(layout: RoadLayout, id: string, direction: Direction): string {
  const place = layout.places.get(id);
  const all = layout.bands.flatMap((b) => b.layers.flat());
  if (!place) return all[0] ?? id;
  if (direction === 'first') return all[0] ?? id;
  if (direction === 'last') return all[all.length - 1] ?? id;
  const band = layout.bands[place.band];
  const reading = band?.layers.flat() ?? [];
  if (direction === 'left') return reading[place.order - 1] ?? id;
  if (direction === 'right') return reading[place.order + 1] ?? id;
  const layer = band?.layers[place.layer] ?? [];
  const x = layer.length === 1 ? 0.5 : place.index / (layer.length - 1);
  const step = direction === 'down' ? 1 : -1;
  let row = band?.layers[place.layer + step];
  if (!row) {
    const next = layout.bands[place.band + step];
    row = direction === 'down' ? next?.layers[0] : next?.layers[next.layers.length - 1];
  }
  if (!row || row.length === 0) return id;
  // On a tie (a centred node above two), the left one: reading order.
  return row[Math.round(x * (row.length - 1) - 1e-9)] ?? id;
}
