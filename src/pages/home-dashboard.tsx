import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatDate, plural } from '../components/format';
import { NowItem } from '../components/now-item';
import { OverallProgressBar } from '../components/overall-progress-bar';
import { ProgressBar } from '../components/progress-bar';
import { languageName } from '../content/languages';
import { stages } from '../content/stages';
import { currentStage, nowList } from '../domain/pace';
import { projectFinish } from '../domain/calendar';
import { progressOf } from '../domain/progress';
import type { MilestoneStatus } from '../domain/types';
import { actions, todayIso, useLanguage, usePlan } from '../store/app-store';
import './home-page.css';
import { useRoad } from './use-road';

const READY_SHOWN = 3;
const onStatusChange = (id: string, status: MilestoneStatus) => actions().markMilestone(id, status);

/** Home for a returning learner: what to do now, where they stand, when they will be ready. */
export function HomeDashboard() {
  const language = useLanguage();
  const plan = usePlan();
  const road = useRoad();
  const today = todayIso();
  const progress = useMemo(() => progressOf(road, plan), [road, plan]);
  const core = useMemo(
    () =>
      progressOf(
        road.filter((m) => m.tier === 'core'),
        plan,
      ),
    [road, plan],
  );
  const here = currentStage(stages, road, plan);
  const stage = stages.find((s) => s.id === here);
  const stageProgress = useMemo(
    () =>
      progressOf(
        road.filter((m) => m.stageId === here),
        plan,
      ),
    [road, plan, here],
  );
  const now = useMemo(() => nowList(road, plan, READY_SHOWN), [road, plan]);
  const projection = projectFinish(progress.remainingHours, plan.settings.hoursPerWeek, today);
  const jobReady = projectFinish(core.remainingHours, plan.settings.hoursPerWeek, today);
  const stageTitle = (id: string) => stages.find((s) => s.id === id)?.title ?? '';

  // What is shown stays while the learner ticks: a ticked milestone is struck through in place,
  // and the next one ready comes below it.
  const [shown, setShown] = useState<readonly string[]>([]);
  const wanted = [...now.learning, ...now.ready].map((m) => m.id);
  const open = shown.filter((id) => !['done', 'skipped'].includes(plan.milestones[id]?.status ?? 'todo'));
  const merged = [...shown, ...wanted.filter((id) => !shown.includes(id))].slice(
    0,
    shown.length + Math.max(0, wanted.length - open.length),
  );
  if (merged.join() !== shown.join()) setShown(merged);
  const items = merged.map((id) => road.find((m) => m.id === id)).filter((m) => m !== undefined);

  return (
    <>
      <h1>
        {language ? `Your road to backend developer with ${languageName(language)}` : 'Your road to backend developer'}
      </h1>
      {!language && (
        <p className="notice">
          You have not chosen a server language yet. <Link to="/plan">Choose one on the Plan page</Link> to see its
          track.
        </p>
      )}
      <section className="card now" aria-labelledby="now-heading">
        <h2 id="now-heading">Now</h2>
        {stage ? (
          <ProgressBar
            label={`You are in ${stage.title}`}
            percent={stageProgress.percent}
            detail={`${stageProgress.done} of ${plural(stageProgress.total, 'milestone')} done`}
          />
        ) : (
          <p>Everything on your road is done or skipped. Congratulations!</p>
        )}
        {items.length > 0 && (
          <ul className="now-list">
            {items.map((m) => (
              <NowItem
                key={m.id}
                milestone={m}
                status={plan.milestones[m.id]?.status ?? 'todo'}
                stageTitle={stageTitle(m.stageId)}
                onStatusChange={onStatusChange}
              />
            ))}
          </ul>
        )}
        <p className="next-list__more">
          <Link className="button" to="/roadmap">
            Open the roadmap
          </Link>{' '}
          <Link to="/roadmap?view=map">See the whole road as a map</Link>
        </p>
      </section>
      <section className="card" aria-labelledby="progress-heading">
        <h2 id="progress-heading">Where you stand</h2>
        <OverallProgressBar progress={progress} />
        <p>
          {projection.kind === 'finished' && 'Everything on your road is done. Congratulations!'}
          {projection.kind === 'no-pace' && (
            <>
              Set your hours per week on the <Link to="/plan">Plan page</Link> to see when you will finish.
            </>
          )}
          {projection.kind === 'date' && (
            <>
              About {plural(progress.remainingHours, 'hour')} to go. At {plan.settings.hoursPerWeek} hours a week you
              will finish around <strong>{formatDate(projection.date)}</strong>
              {jobReady.kind === 'date' && (
                <>
                  , and have the core a junior job needs around <strong>{formatDate(jobReady.date)}</strong>
                </>
              )}
              . <Link to="/progress">See your progress</Link>
            </>
          )}
        </p>
      </section>
    </>
  );
}
