import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { STATUS_GLYPHS, STATUS_LABELS, TIER_LABELS } from '../../components/labels';
import { MapLines, type Line } from '../../components/map-lines';
import { stages } from '../../content/stages';
import { currentStage, nowList } from '../../domain/pace';
import { layoutRoad, neighbourOf, type Direction } from '../../domain/road-layout';
import { MILESTONE_STATUSES, MILESTONE_TIERS, type Milestone } from '../../domain/types';
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
  // One id to listen to, not the whole plan: a status change re-renders its node, not the map.
  const here = useAppStore((s) => currentStage(stages, road, s.plan));
  const container = useRef<HTMLDivElement>(null);

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
  const lines = useMemo<Line[]>(
    () =>
      layout.edges
        .filter((e) => e.withinBand || e.from === lit || e.to === lit)
        .map((e) => ({ from: e.from, to: e.to, across: !e.withinBand, lit: e.from === lit || e.to === lit })),
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
      nodeButton(container.current, next)?.focus();
    },
    [layout],
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

  const opened = open ? byId.get(open) : undefined;
  return (
    <>
      <MapLegend />
      <div className="road-map" ref={container}>
        <MapLines container={container} lines={lines} layoutKey={String(road.length)} />
        {layout.bands.map((band) => {
          const stage = stages.find((s) => s.id === band.stageId);
          return (
            <section
              key={band.stageId}
              id={`map-band-${band.stageId}`}
              className="map-band"
              data-current={band.stageId === here || undefined}
              aria-labelledby={`map-stage-${band.stageId}`}
            >
              <h2 id={`map-stage-${band.stageId}`} className="map-band__title">
                {stage?.title}
                {band.stageId === here && <span className="map-band__here">You are here</span>}
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
                          <MapNode
                            key={id}
                            milestone={milestone}
                            onRoad={onRoad}
                            active={id === active}
                            onOpen={onOpen}
                            onFocusNode={onFocusNode}
                            onHover={onHover}
                            onKeyDown={onKeyDown}
                            onBlur={onBlur}
                          />
                        ) : null;
                      })}
                    </ul>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
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
