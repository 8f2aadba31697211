import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { AddMilestoneForm } from '../../components/add-milestone-form';
import { plural } from '../../components/format';
import { STATUS_LABELS } from '../../components/milestone-card';
import { languageName } from '../../content/languages';
import { stages } from '../../content/stages';
import { isReady, progressByStage } from '../../domain/progress';
import type { MilestoneStatus } from '../../domain/types';
import { actions, useLanguage, usePlan } from '../../store/app-store';
import { useRoad } from '../use-road';
import './roadmap-page.css';
import { RoadmapRow } from './roadmap-row';

type Filter = 'all' | MilestoneStatus | 'ready';

const FILTER_LABELS: Record<Filter, string> = {
  all: 'All milestones',
  ready: 'Ready to start',
  ...STATUS_LABELS,
};

export function RoadmapPage() {
  const language = useLanguage();
  const plan = usePlan();
  const road = useRoad();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const deferredQuery = useDeferredValue(query.trim().toLowerCase());
  // The first two stages draw at once; the rest follow in a background render that yields to
  // input, so opening a long roadmap never blocks the page.
  const stagesDrawn = useDeferredValue(stages.length, 2);
  const searchId = useId();
  const filterId = useId();

  const onRoad = useMemo(() => new Set(road.map((m) => m.id)), [road]);
  const titles = useMemo(() => new Map(road.map((m) => [m.id, m.title])), [road]);
  const customIds = useMemo(() => new Set(plan.custom.map((m) => m.id)), [plan.custom]);

  const byStage = useMemo(() => progressByStage(stages, road, plan), [road, plan]);
  const filtering = deferredQuery !== '' || filter !== 'all';
  const visible = road.filter((m) => {
    if (deferredQuery && !`${m.title} ${m.summary}`.toLowerCase().includes(deferredQuery)) return false;
    if (filter === 'all') return true;
    if (filter === 'ready') return isReady(m, plan, onRoad) && (plan.milestones[m.id]?.status ?? 'todo') === 'todo';
    return (plan.milestones[m.id]?.status ?? 'todo') === filter;
  });

  return (
    <>
      <title>Roadmap · Backend Path</title>
      <h1>Roadmap</h1>
      <p className="lead">
        {language ? (
          <>
            Your road with <strong>{languageName(language)}</strong>, prerequisites first.{' '}
            <Link to="/plan">Change language</Link> at any time: your progress stays.
          </>
        ) : (
          <>
            Showing the milestones every backend developer needs. <Link to="/">Choose a server language</Link> to add
            its track.
          </>
        )}{' '}
        Hours are Backend Path's own guidance for a beginner, not a rule: your pace is yours.
      </p>
      <p className="stat-label no-print">
        Keyboard: with a milestone's checkbox focused, press <kbd>D</kbd> done, <kbd>L</kbd> learning, <kbd>S</kbd>{' '}
        skipped or <kbd>T</kbd> to do.
      </p>
      {!filtering && (
        <nav aria-label="Stages" className="stage-nav no-print">
          <ol>
            {stages.map((stage) => {
              const p = byStage.get(stage.id);
              return (
                <li key={stage.id}>
                  <a href={`#stage-${stage.id}`}>
                    {stage.title}{' '}
                    <span className="stage__count" aria-hidden="true">
                      {p?.done}/{p?.total}
                    </span>
                    <span className="visually-hidden">
                      , {p?.done} of {p?.total} done
                    </span>
                  </a>
                </li>
              );
            })}
          </ol>
        </nav>
      )}
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
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print checklist
        </button>
      </div>
      <p role="status" className="visually-hidden">
        {filtering ? `${plural(visible.length, 'milestone')} shown` : ''}
      </p>
      {stages.slice(0, stagesDrawn).map((stage) => {
        const shown = visible.filter((m) => m.stageId === stage.id);
        if (shown.length === 0 && filtering) return null;
        const progress = byStage.get(stage.id);
        return (
          <section key={stage.id} className="stage" aria-labelledby={`stage-${stage.id}`}>
            <div className="stage__header">
              <h2 id={`stage-${stage.id}`}>{stage.title}</h2>
              <span className="stage__count">
                {progress?.done} of {progress?.total} done
              </span>
            </div>
            <p className="stat-label">{stage.summary}</p>
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
                    removable={customIds.has(m.id)}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <AddMilestoneForm stages={stages} onAdd={(milestone) => actions().addOwnMilestone(milestone)} />
    </>
  );
}
