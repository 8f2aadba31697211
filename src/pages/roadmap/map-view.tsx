import { memo, useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { STATUS_GLYPHS, STATUS_LABELS, TIER_LABELS } from '../../components/labels';
import { MapLines, type Line } from '../../components/map-lines';
import { useDrawnProgressively } from '../../components/progressive';
import { stages } from '../../content/stages';
import { currentStage, nowList } from '../../domain/pace';
import { layoutRoad, neighbourOf, type Band, type Direction } from '../../domain/road-layout';
import { MILESTONE_STATUSES, MILESTONE_TIERS, type Milestone, type StageId } from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import { MapNode } from './map-node';
import './map-view.css';
import { MilestonePanel } from './milestone-panel';

const KEYS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
};

const nodeButton = (container: HTMLElement | null, id: string) =>
  container?.querySelector<HTMLButtonElement>(`[data-node-id="${CSS.escape(id)}"]`) ?? null;

/**
 * The whole road as one picture: a band per stage, milestones in layers by their
 * prerequisites, lines between them. One Tab stop: arrow keys move between nodes, Enter opens a
 * milestone in a panel.
 */
export function MapView({ road }: { road: readonly Milestone[] }) {
  const layout = useMemo(() => layoutRoad(stages, road), [road]);
  const byId = useMemo(() => new Map(road.map((m) => [m.id, m])), [road]);
  const onRoad = useMemo(() => new Set(road.map((m) => m.id)), [road]);
  const titles = useMemo(() => new Map(road.map((m) => [m.id, m.title])), [road]);
  const stageOf = useMemo(() => new Map(road.map((m) => [m.id, m.stageId])), [road]);
  // One id to listen to, not the whole plan: a status change re-renders its node, not the map.
  const here = useAppStore((s) => currentStage(stages, road, s.plan));
  const container = useRef<HTMLDivElement>(null);
  // The bands up to the current one (the map opens there), and on to a screenful of nodes, draw
  // at once; the rest follow one by one in background renders, so a long road paints at once.
  const [bandsDrawn, drawAll] = useDrawnProgressively(layout.bands.length, () => firstBands(layout.bands, here));

  // The node in the Tab order: where the learner is, else the start of the road.
  const [active, setActive] = useState<string>(() => {
    const now = nowList(road, useAppStore.getState().plan, 1);
    return now.learning[0]?.id ?? now.ready[0]?.id ?? layout.bands[0]?.layers[0]?.[0] ?? '';
  });
  const [pointed, setPointed] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  // The map opens at the current stage.
  useEffect(() => {
    if (here && here !== layout.bands[0]?.stageId) {
      document.getElementById(`map-band-${here}`)?.scrollIntoView({ block: 'start' });
    }
    // Once, when the map opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const lit = pointed ?? focused;
  // Lines within a band are drawn by the band, once it is near the screen; lines across bands
  // only for the node in focus or under the pointer.
  const bandLines = useMemo(() => {
    const byBand = new Map<StageId, Line[]>();
    for (const e of layout.edges) {
      if (!e.withinBand) continue;
      const band = stageOf.get(e.to);
      if (band) byBand.set(band, [...(byBand.get(band) ?? []), { from: e.from, to: e.to, across: false, lit: false }]);
    }
    return byBand;
  }, [layout, stageOf]);
  const acrossLines = useMemo<Line[]>(
    () =>
      lit
        ? layout.edges
            .filter((e) => !e.withinBand && (e.from === lit || e.to === lit))
            .map((e) => ({ from: e.from, to: e.to, across: true, lit: true }))
        : [],
    [layout, lit],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>) => {
      const direction = KEYS[event.key];
      const from = event.currentTarget.dataset.nodeId;
      if (!direction || !from) return;
      event.preventDefault();
      const next = neighbourOf(layout, from, direction);
      setActive(next);
      // A node in a band not drawn yet is focused once the rest is drawn.
      const button = nodeButton(container.current, next);
      if (button) button.focus();
      else drawAll(() => nodeButton(container.current, next)?.focus());
    },
    [layout, drawAll],
  );
  const onBlur = useCallback((event: FocusEvent<HTMLButtonElement>) => {
    if (!(event.relatedTarget instanceof HTMLElement && event.relatedTarget.dataset.nodeId)) setFocused(null);
  }, []);
  const onFocusNode = useCallback((id: string) => {
    setActive(id);
    setFocused(id);
  }, []);
  const onOpen = useCallback((id: string) => setOpen(id), []);
  const onHover = useCallback((id: string | null) => setPointed(id), []);
  const handlers = useMemo(
    () => ({ onOpen, onFocusNode, onHover, onKeyDown, onBlur }),
    [onOpen, onFocusNode, onHover, onKeyDown, onBlur],
  );

  const opened = open ? byId.get(open) : undefined;
  return (
    <>
      <MapLegend />
      <div className="road-map" ref={container}>
        <MapLines lines={acrossLines} layoutKey={String(road.length)} />
        {layout.bands.slice(0, bandsDrawn).map((band) => (
          <MapBand
            key={band.stageId}
            band={band}
            here={band.stageId === here}
            lines={bandLines.get(band.stageId) ?? noLines}
            lit={lit !== null && stageOf.get(lit) === band.stageId ? lit : null}
            active={active !== null && stageOf.get(active) === band.stageId ? active : null}
            layoutKey={String(road.length)}
            byId={byId}
            onRoad={onRoad}
            handlers={handlers}
          />
        ))}
      </div>
      {opened && (
        <MilestonePanel
          key={opened.id}
          milestone={opened}
          stageTitle={stages.find((s) => s.id === opened.stageId)?.title ?? ''}
          titles={titles}
          onClose={() => {
            setOpen(null);
            nodeButton(container.current, opened.id)?.focus();
          }}
        />
      )}
    </>
  );
}

const noLines: readonly Line[] = [];

/** More than a screen of nodes on a wide screen. */
const SCREENFUL = 48;

/** How many bands to draw at once: through the current band, and at least a screenful. */
function firstBands(bands: readonly Band[], here: StageId | null): number {
  let nodes = 0;
  let passedHere = here === null;
  for (const [index, band] of bands.entries()) {
    nodes += band.layers.reduce((sum, layer) => sum + layer.length, 0);
    passedHere ||= band.stageId === here;
    if (passedHere && nodes >= SCREENFUL) return index + 1;
  }
  return bands.length;
}

interface NodeHandlers {
  onOpen: (id: string) => void;
  onFocusNode: (id: string) => void;
  onHover: (id: string | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onBlur: (event: FocusEvent<HTMLButtonElement>) => void;
}

interface MapBandProps {
  band: Band;
  here: boolean;
  lines: readonly Line[];
  /** The node lit in this band, if any: only the band it is in re-renders when it changes. */
  lit: string | null;
  /** The node in the Tab order, if it is in this band. */
  active: string | null;
  layoutKey: string;
  byId: ReadonlyMap<string, Milestone>;
  onRoad: ReadonlySet<string>;
  handlers: NodeHandlers;
}

/** One stage of the map: its title, its milestones in layers, and the lines between them. */
const MapBand = memo(function MapBand({
  band,
  here,
  lines,
  lit,
  active,
  layoutKey,
  byId,
  onRoad,
  handlers,
}: MapBandProps) {
  const stage = stages.find((s) => s.id === band.stageId);
  const drawn = useMemo(
    () => (lit ? lines.map((l) => (l.from === lit || l.to === lit ? { ...l, lit: true } : l)) : lines),
    [lines, lit],
  );
  return (
    <section
      id={`map-band-${band.stageId}`}
      className="map-band"
      data-current={here || undefined}
      aria-labelledby={`map-stage-${band.stageId}`}
    >
      <MapLines lines={drawn} layoutKey={layoutKey} whenVisible />
      <h2 id={`map-stage-${band.stageId}`} className="map-band__title">
        {stage?.title}
        {here && <span className="map-band__here">You are here</span>}
      </h2>
      <ol className="map-band__layers" aria-labelledby={`map-stage-${band.stageId}`}>
        {band.layers.map((layer, index) => (
          <li key={index} className="map-layer">
            <span className="visually-hidden">
              Step {index + 1} of {band.layers.length}
            </span>
            <ul className="map-layer__nodes">
              {layer.map((id) => {
                const milestone = byId.get(id);
                return milestone ? (
                  <MapNode key={id} milestone={milestone} onRoad={onRoad} active={id === active} {...handlers} />
                ) : null;
              })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
});

/** What the colours, glyphs, borders and lines of the map mean. */
function MapLegend() {
  // Open on a wide screen; on a phone it would push the map out of view.
  const [wide] = useState(
    () => typeof window.matchMedia !== 'function' || !window.matchMedia('(max-width: 40rem)').matches,
  );
  return (
    <details className="map-legend" open={wide}>
      <summary>How to read the map</summary>
      <ul>
        {MILESTONE_STATUSES.map((status) => (
          <li key={status} className="map-legend__item" data-status={status}>
            <span className="map-legend__swatch" aria-hidden="true">
              {STATUS_GLYPHS[status]}
            </span>
            {STATUS_LABELS[status]}
          </li>
        ))}
        {MILESTONE_TIERS.map((tier) => (
          <li key={tier} className="map-legend__item" data-tier={tier}>
            <span className="map-legend__border" aria-hidden="true" />
            {TIER_LABELS[tier]}
          </li>
        ))}
        <li className="map-legend__item">
          <span className="map-node__ready">Ready</span> can start now
        </li>
        <li className="map-legend__item">
          Lines lead to what a milestone opens up; lines to other stages show for the milestone you point at.
        </li>
      </ul>
    </details>
  );
}
