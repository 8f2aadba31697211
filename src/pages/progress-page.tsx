import { useMemo } from 'react';
import { Link } from 'react-router';
import { stages } from '../content/stages';
import { languageName } from '../content/languages';
import { OverallProgressBar } from '../components/overall-progress-bar';
import { ProgressBar } from '../components/progress-bar';
import { ProgressChart } from '../components/progress-chart';
import { formatDate, plural } from '../components/format';
import {
  checkTarget,
  progressByStage,
  progressOf,
  progressOverTime,
  projectFinish,
  weeklyStreak,
} from '../domain/progress';
import { usePlan } from '../store/app-store';
import { todayIso } from '../store/app-store';
import { useRoad } from './use-road';

export function ProgressPage() {
  const plan = usePlan();
  const road = useRoad();
  const today = todayIso();
  const overall = useMemo(() => progressOf(road, plan), [road, plan]);
  const byStage = useMemo(() => progressByStage(stages, road, plan), [road, plan]);
  const points = useMemo(() => progressOverTime(road, plan, today), [road, plan, today]);
  const streak = weeklyStreak(road, plan, today);
  const { hoursPerWeek, targetDate } = plan.settings;
  const projection = projectFinish(overall.remainingHours, hoursPerWeek, today);
  const target = checkTarget(projection, targetDate, overall.remainingHours, today);

  return (
    <>
      <title>Progress · Backend Path</title>
      <h1>Progress</h1>
      <p className="lead">
        {plan.language
          ? `Your road with ${languageName(plan.language)}. Skipped milestones leave the plan: they count neither as done nor toward the total.`
          : 'No server language chosen yet: this counts the milestones common to every language.'}
      </p>
      <section className="card" aria-labelledby="overall-heading">
        <h2 id="overall-heading" className="visually-hidden">
          Overall
        </h2>
        <OverallProgressBar progress={overall} />
        <div className="grid">
          <div>
            <span className="stat">{overall.remainingHours.toLocaleString()} h</span>
            <span className="stat-label">remaining of {overall.totalHours.toLocaleString()} h (our estimate)</span>
          </div>
          <div>
            <span className="stat">{hoursPerWeek} h</span>
            <span className="stat-label">
              a week, your pace (<Link to="/plan">change</Link>)
            </span>
          </div>
          <div>
            <span className="stat">
              {projection.kind === 'date' ? formatDate(projection.date) : projection.kind === 'finished' ? 'Done' : '—'}
            </span>
            <span className="stat-label">
              {projection.kind === 'date' && `projected finish, in about ${plural(projection.weeks, 'week')}`}
              {projection.kind === 'finished' && 'everything on your road is done'}
              {projection.kind === 'no-pace' && 'projected finish: set hours per week above zero'}
            </span>
          </div>
          <div>
            <span className="stat">{plural(streak, 'week')}</span>
            <span className="stat-label">in a row with a milestone done</span>
          </div>
        </div>
        <TargetLine target={target} targetDate={targetDate} today={today} />
      </section>

      <section className="card" aria-labelledby="stages-heading">
        <h2 id="stages-heading">By stage</h2>
        {stages.map((stage) => {
          const p = byStage.get(stage.id);
          if (!p) return null;
          return (
            <ProgressBar
              key={stage.id}
              label={stage.title}
              percent={p.percent}
              detail={p.total === 0 ? 'nothing here yet' : `${p.done} of ${p.total} done, ${p.remainingHours} h left`}
            />
          );
        })}
      </section>

      <section className="card" aria-labelledby="time-heading">
        <h2 id="time-heading">Over time</h2>
        <ProgressChart points={points} />
      </section>
    </>
  );
}

interface TargetLineProps {
  target: ReturnType<typeof checkTarget>;
  targetDate: string | null;
  today: string;
}

function TargetLine({ target, targetDate, today }: TargetLineProps) {
  if (target.kind === 'no-target' || !targetDate) {
    return (
      <p>
        No target date set. <Link to="/plan">Set one</Link> to see whether your pace gets you there.
      </p>
    );
  }
  if (target.kind === 'on-track') {
    return (
      <p className="notice">
        <strong>On track</strong> for your target date, {formatDate(targetDate)}
        {target.spareDays > 0 ? `, with ${plural(target.spareDays, 'day')} to spare.` : '.'}
      </p>
    );
  }
  return (
    <p className="notice notice--warning">
      <strong>Behind</strong> your target date, {formatDate(targetDate)}
      {Number.isFinite(target.lateDays) ? ` by ${plural(target.lateDays, 'day')}` : ''}.{' '}
      {target.hoursPerWeekNeeded !== null
        ? `About ${target.hoursPerWeekNeeded} hours a week would get you there.`
        : targetDate === today
          ? 'Your target date is today: choose a new one on the Plan page.'
          : 'The date has passed: choose a new one on the Plan page.'}
    </p>
  );
}
