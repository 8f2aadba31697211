import { useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { plural } from '../../components/format';
import { useDrawnProgressively } from '../../components/progressive';
import { STATUS_LABELS } from '../../components/labels';
import { stages } from '../../content/stages';
import { currentStage } from '../../domain/pace';
import { isReady, progressByStage, progressOf } from '../../domain/progress';
import type { Milestone, MilestoneStatus, StageId } from '../../domain/types';
import { useAppStore, useCustomMilestones } from '../../store/app-store';
import type { RemovedOwnMilestone } from '../../store/create-app-store';
import { cardsDrawn, firstSteps, stepsPerStage } from './drawing-steps';
import { RoadmapRow } from './roadmap-row';
import { StageBar } from './stage-bar';
import { useScrollMemory } from './use-scroll-memory';

type Filter = 'all' | 'core' | 'ready' | MilestoneStatus;

const FILTER_LABELS: Record<Filter, string> = {
  all: 'All milestones',
  core: 'Core only',
  ready: 'Ready to start',
  ...STATUS_LABELS,
};

/** The Status control of the milestone at `index` among those shown, or of the last one. */
function statusControlAt(list: HTMLElement, index: number): HTMLElement | null {
  const items = list.querySelectorAll<HTMLElement>('.milestone-item');
  const item = items[Math.min(index, items.length - 1)];
  return item?.querySelector<HTMLElement>('select') ?? null;
}

/** Brings a stage into view and puts focus on its heading's fold button. */
function goToStage(stageId: StageId) {
  const heading = document.getElementById(`stage-${stageId}`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
}

interface ListViewProps {
  road: readonly Milestone[];
  onRemoved: (removed: RemovedOwnMilestone) => void;
}

const STATUS_FILTERS: ReadonlySet<Filter> = new Set(['ready', 'todo', 'learning', 'done', 'skipped']);

/**
 * The list listens to the plan only as far as it must, so a tick re-renders the milestone, its
 * stage's count and the stage bar, not the whole list: statuses only under a status filter, and
 * the current stage as one id.
 */
export function ListView({ road, onRemoved }: ListViewProps) {
  const [params] = useSearchParams();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const deferredQuery = useDeferredValue(query.trim().toLowerCase());
  const searchId = useId();
  const filterId = useId();
  const listRef = useRef<HTMLDivElement>(null);

  const onRoad = useMemo(() => new Set(road.map((m) => m.id)), [road]);
  const titles = useMemo(() => new Map(road.map((m) => [m.id, m.title])), [road]);
  const custom = useCustomMilestones();
  const customIds = useMemo(() => new Set(custom.map((m) => m.id)), [custom]);
  const plan = useAppStore((s) => (STATUS_FILTERS.has(filter) ? s.plan : null));
  const here = useAppStore((s) => currentStage(stages, road, s.plan));

  // Stages already finished start folded; the learner opens and closes them as they like.
  const [folded, setFolded] = useState<ReadonlySet<StageId>>(() => {
    const byStage = progressByStage(stages, road, useAppStore.getState().plan);
    const done = stages.filter((s) => {
      const p = byStage.get(s.id);
      return p !== undefined && p.total > 0 && p.done === p.total;
    });
    return new Set(done.map((s) => s.id));
  });
  // A screenful draws at once: the stages up to the first open one and its first cards (six
  // milestones under the page's heading and toolbar are taller than a laptop's screen). Nothing
  // drawn later moves what is on screen. The rest follow a few cards at a time in background
  // renders (drawing-steps.ts).
  // Sized by the stages folded at the start: folding one later changes no step.
  const [foldedAtStart] = useState(folded);
  const toDraw = useMemo(
    () =>
      stages.map((s) => ({
        id: s.id,
        cards: road.filter((m) => m.stageId === s.id).length,
        folded: foldedAtStart.has(s.id),
      })),
    [road, foldedAtStart],
  );
  const totalSteps = stepsPerStage(toDraw).reduce((sum, n) => sum + n, 0);
  const [stepsDrawn, drawAll] = useDrawnProgressively(totalSteps, () => firstSteps(toDraw));
  const drawnCards = cardsDrawn(toDraw, stepsDrawn);
  // A jump is where the learner chose to be: the page no longer opens elsewhere. To a stage not
  // drawn yet, it draws the rest, then goes there.
  const go = (id: StageId) => {
    opened.current = true;
    if (document.getElementById(`stage-${id}`)) goToStage(id);
    else drawAll(() => goToStage(id));
  };
  const toggle = (id: StageId) =>
    setFolded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const filtering = deferredQuery !== '' || filter !== 'all';
  const visible = road.filter((m) => {
    if (deferredQuery && !`${m.title} ${m.summary}`.toLowerCase().includes(deferredQuery)) return false;
    if (filter === 'all') return true;
    if (filter === 'core') return m.tier === 'core';
    if (!plan) return true;
    const status = plan.milestones[m.id]?.status ?? 'todo';
    if (filter === 'ready') return status === 'todo' && isReady(m, plan, onRoad);
    return status === filter;
  });

  // Opening: back where the learner was (Back, Forward), at a milestone a link pointed to, or at
  // the current stage.
  const focusId = params.get('focus');
  const [highlight, setHighlight] = useState<string | null>(focusId);
  const ready = stepsDrawn === totalSteps;
  const memory = useScrollMemory(ready);
  const opened = useRef(false);
  useEffect(() => {
    if (!ready || opened.current) return;
    opened.current = true;
    if (memory.current.restored) return;
    const target = focusId ? document.getElementById(`milestone-${focusId}`) : null;
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.querySelector<HTMLElement>('select')?.focus({ preventScroll: true });
      const timer = setTimeout(() => setHighlight(null), 2500);
      return () => clearTimeout(timer);
    }
    if (here && here !== stages[0]?.id) document.getElementById(`stage-${here}`)?.scrollIntoView({ block: 'start' });
  }, [ready, memory, focusId, here]);

  // Focus never falls to the page: when the milestone in focus leaves the list (a filter hides
  // it, or it was removed), the one that took its place gets focus.
  const lastFocus = useRef<number | null>(null);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || lastFocus.current === null) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    statusControlAt(list, lastFocus.current)?.focus();
  });
  const rememberFocus = (event: React.FocusEvent) => {
    const item = (event.target as HTMLElement).closest('.milestone-item');
    const items = listRef.current ? [...listRef.current.querySelectorAll('.milestone-item')] : [];
    lastFocus.current = item ? items.indexOf(item) : null;
  };

  const stagesShown = stages.filter((s) => drawnCards.has(s.id));
  return (
    <>
      <StageBar stages={stages} road={road} current={here} onGo={go} />
      <div className="toolbar" role="search">
        <div className="field">
          <label htmlFor={searchId}>Search milestones</label>
          <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={filterId}>Show</label>
          <select id={filterId} value={filter} onChange={(event) => setFilter(event.target.value as Filter)}>
            {Object.entries(FILTER_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="secondary print-button" onClick={() => window.print()}>
          Print checklist
        </button>
      </div>
      <p role="status" className={filtering && visible.length === 0 ? 'empty-search' : 'visually-hidden'}>
        {filtering && visible.length === 0
          ? deferredQuery
            ? `No milestones match “${query.trim()}”${filter === 'all' ? '' : ` among “${FILTER_LABELS[filter]}”`}.`
            : `No milestones to show under “${FILTER_LABELS[filter]}”.`
          : filtering
            ? `${plural(visible.length, 'milestone')} shown`
            : ''}
      </p>
      {filtering && visible.length === 0 && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setQuery('');
            setFilter('all');
          }}
        >
          Clear search and filter
        </button>
      )}
      <div ref={listRef} onFocus={rememberFocus}>
        {stagesShown.map((stage, index) => {
          const shown = visible.filter((m) => m.stageId === stage.id).slice(0, drawnCards.get(stage.id));
          if (shown.length === 0 && filtering) return null;
          const isFolded = folded.has(stage.id) && !filtering;
          const next = stagesShown.slice(index + 1).find((s) => !filtering || visible.some((m) => m.stageId === s.id));
          return (
            <section key={stage.id} className="stage" aria-labelledby={`stage-${stage.id}`}>
              <div className="stage__header">
                <h2 id={`stage-${stage.id}`}>
                  <button
                    type="button"
                    className="stage__fold"
                    aria-expanded={!isFolded}
                    aria-controls={`stage-list-${stage.id}`}
                    onClick={() => toggle(stage.id)}
                  >
                    {stage.title}
                  </button>
                </h2>
                <StageCount road={road} stageId={stage.id} here={stage.id === here} />
              </div>
              <div id={`stage-list-${stage.id}`} hidden={isFolded}>
                <p className="stat-label">{stage.summary}</p>
                {next && shown.length > 3 && (
                  <a
                    className="skip-stage"
                    href={`#stage-${next.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      go(next.id);
                    }}
                  >
                    Skip to {next.title}
                  </a>
                )}
                {shown.length === 0 ? (
                  <p>
                    {stage.id === 'server-language'
                      ? 'Choose a server language to see its track here.'
                      : 'No milestones here yet.'}
                  </p>
                ) : (
                  <ul className="milestones">
                    {shown.map((m) => (
                      <RoadmapRow
                        key={m.id}
                        milestone={m}
                        onRoad={onRoad}
                        titles={titles}
                        onRemoved={customIds.has(m.id) ? onRemoved : undefined}
                        highlighted={m.id === highlight}
                      />
                    ))}
                  </ul>
                )}
              </div>
            </section>
          );
        })}
      </div>
    </>
  );
}

/** A stage's "3 of 12 done": listens to that stage's milestones only. */
function StageCount({ road, stageId, here }: { road: readonly Milestone[]; stageId: StageId; here: boolean }) {
  const ids = useMemo(() => road.filter((m) => m.stageId === stageId), [road, stageId]);
  const [done, total] = useAppStore(
    useShallow((s) => {
      const p = progressOf(ids, s.plan);
      return [p.done, p.total] as const;
    }),
  );
  return (
    <span className="stage__count">
      {here && <span className="stage__here">You are here · </span>}
      {done} of {total} done
    </span>
  );
}
