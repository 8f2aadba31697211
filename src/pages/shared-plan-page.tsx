import { Suspense, use, useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { languageName } from '../content/languages';
import { commonMilestones } from '../content/milestones-common';
import { stages } from '../content/stages';
import { trackPromise } from '../content/tracks';
import { STATUS_LABELS } from '../components/labels';
import { statusOf } from '../domain/plan';
import type { ReadPlan } from '../domain/plan-file';
import { describeSetAside } from '../domain/plan-document';
import type { Plan } from '../domain/plan-schema';
import { progressOf } from '../domain/progress';
import type { Result } from '../domain/result';
import { buildRoad } from '../domain/roadmap';
import { decodeShareFragment } from '../domain/share-link';
import type { Milestone } from '../domain/types';
import { readPlan } from '../store/read-plan';
import type { PlanPageState } from './plan/plan-page';
import './shared-plan-page.css';
import './roadmap/roadmap-page.css';

type Opened = Result<ReadPlan & { readonly text: string }>;

const NO_TRACK: Promise<readonly Milestone[]> = Promise.resolve([]);

/**
 * A plan someone shared, read-only: what a mentor or a friend wants to see. Nothing is saved
 * unless the learner chooses "Import this plan".
 */
export function SharedPlanPage() {
  const { hash } = useLocation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState<{ hash: string; result: Opened } | null>(null);

  useEffect(() => {
    let cancelled = false;
    void decodeShareFragment(hash).then((decoded) => {
      if (cancelled) return;
      const result: Opened = decoded.ok
        ? ((read) => (read.ok ? { ok: true, value: { ...read.value, text: decoded.value } } : read))(
            readPlan(decoded.value, 'file'),
          )
        : decoded;
      setOpened({ hash, result });
    });
    return () => {
      cancelled = true;
    };
  }, [hash]);

  // A new link clears what was said about the one before.
  const current = opened?.hash === hash ? opened.result : null;

  if (!current) {
    return (
      <>
        <title>Shared plan · Backend Path</title>
        <h1>Shared plan</h1>
        <p role="status">Opening the shared plan…</p>
      </>
    );
  }
  if (!current.ok) {
    return (
      <>
        <title>Shared plan · Backend Path</title>
        <h1>Shared plan</h1>
        <div role="alert" className="alert">
          <strong>This shared plan cannot be opened.</strong>
          <p>{current.error}</p>
        </div>
        <p>
          Ask for the link again, or for the plan file. <Link to="/plan">Your own plan</Link> is unchanged.
        </p>
      </>
    );
  }
  const { plan, setAside, text } = current.value;
  const importIt = () => void navigate('/plan', { state: { sharedPlan: text } satisfies PlanPageState });
  return (
    <Suspense
      fallback={
        <p role="status" className="frame-space">
          Loading the roadmap…
        </p>
      }
    >
      <SharedRoad plan={plan} setAside={setAside} onImport={importIt} />
    </Suspense>
  );
}

interface SharedRoadProps {
  plan: Plan;
  setAside: readonly string[];
  onImport: () => void;
}

function SharedRoad({ plan, setAside, onImport }: SharedRoadProps) {
  const track = use(plan.language ? trackPromise(plan.language) : NO_TRACK);
  const road = useMemo(() => buildRoad(stages, commonMilestones, track, plan.custom), [track, plan.custom]);
  const progress = progressOf(road, plan);
  const language = plan.language ? languageName(plan.language) : 'no language chosen';
  return (
    <>
      <title>Shared plan · Backend Path</title>
      <h1>
        Shared plan: {language}, {progress.done} of {progress.total} done
      </h1>
      <p className="lead">
        Someone shared their road with you. This is a read-only view: nothing here is saved in your browser unless you
        import it.
      </p>
      {setAside.length > 0 && <p className="notice">{describeSetAside(setAside)}</p>}
      <div className="button-row">
        <button type="button" onClick={onImport}>
          Import this plan
        </button>
        <Link to="/">Back to your own plan</Link>
      </div>
      {stages.map((stage) => {
        const milestones = road.filter((m) => m.stageId === stage.id);
        if (milestones.length === 0) return null;
        const stageProgress = progressOf(milestones, plan);
        return (
          <section key={stage.id} className="stage" aria-labelledby={`shared-${stage.id}`}>
            <div className="stage__header">
              <h2 id={`shared-${stage.id}`}>{stage.title}</h2>
              <span className="stage__count">
                {stageProgress.done} of {stageProgress.total} done
              </span>
            </div>
            <ul className="shared-list">
              {milestones.map((m) => {
                const status = statusOf(plan, m.id);
                const note = plan.milestones[m.id]?.note;
                return (
                  <li key={m.id} data-status={status}>
                    <span className="shared-list__title">{m.title}</span>{' '}
                    <span className={`badge badge--${status}`}>{STATUS_LABELS[status]}</span>
                    {note && <p className="shared-list__note">{note}</p>}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
