import { useMemo } from 'react';
import { STATUS_GLYPHS } from '../../components/labels';
import { progressOf } from '../../domain/progress';
import type { Milestone, Stage, StageId } from '../../domain/types';
import { usePlan } from '../../store/app-store';

interface StageBarProps {
  stages: readonly Stage[];
  road: readonly Milestone[];
  current: StageId | null;
  onGo: (stageId: StageId) => void;
}

/**
 * The stages at a glance, kept in view while the list scrolls: each one's share done as a bar
 * and as words, finished stages ticked, and "You are here" on the current one.
 */
export function StageBar({ stages, road, current, onGo }: StageBarProps) {
  const plan = usePlan();
  const grouped = useMemo(
    () => new Map(stages.map((s) => [s.id, road.filter((m) => m.stageId === s.id)])),
    [stages, road],
  );
  const progress = useMemo(
    () => new Map(stages.map((s) => [s.id, progressOf(grouped.get(s.id) ?? [], plan)])),
    [stages, grouped, plan],
  );
  return (
    <nav aria-label="Stages" className="stage-bar no-print">
      <ol>
        {stages.map((stage) => {
          const p = progress.get(stage.id);
          const finished = p !== undefined && p.total > 0 && p.done === p.total;
          const here = stage.id === current;
          return (
            <li key={stage.id} data-finished={finished || undefined} data-current={here || undefined}>
              <a
                href={`#stage-${stage.id}`}
                aria-current={here ? 'step' : undefined}
                aria-label={`${stage.title}, ${p?.done ?? 0} of ${p?.total ?? 0} done${finished ? ', finished' : ''}${here ? ', you are here' : ''}`}
                onClick={(event) => {
                  event.preventDefault();
                  onGo(stage.id);
                }}
              >
                <span className="stage-bar__title">
                  {finished && <span aria-hidden="true">{STATUS_GLYPHS.done} </span>}
                  {stage.title}
                </span>
                <span className="stage-bar__count">
                  {p?.done ?? 0}/{p?.total ?? 0}
                  {here && <span className="stage-bar__here">You are here</span>}
                </span>
                <svg className="stage-bar__meter" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                  <rect className="stage-bar__track" width="100" height="1" />
                  <rect className="stage-bar__fill" width={p && p.total ? (p.done / p.total) * 100 : 0} height="1" />
                </svg>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
