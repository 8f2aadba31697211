import { useMemo } from 'react';
import { Link } from 'react-router';
import { ActivityHeatmap } from '../components/activity-heatmap';
import { formatDate, formatNumber, plural } from '../components/format';
import { useFramed } from '../components/framing';
import { HoursChart } from '../components/hours-chart';
import { OverallProgressBar } from '../components/overall-progress-bar';
import { ProgressBar } from '../components/progress-bar';
import { languageName } from '../content/languages';
import { stages } from '../content/stages';
import { activity, hoursOverTime, recentPace } from '../domain/pace';
import { checkTarget, projectFinish } from '../domain/calendar';
import { progressByStage, progressOf, weeklyStreak } from '../domain/progress';
import { todayIso, usePlan } from '../store/app-store';
import { PaceAdvice } from './pace-advice';
import './progress-page.css';
import { useRoad } from './use-road';

const DAY_MS = 86_400_000;

export function ProgressPage() {
  const framed = useFramed();
  return (
    <>
      <title>Progress · Backend Path</title>
      <h1>Progress</h1>
      <p className="lead">
        Where you stand on your road, how fast you have been going, and when you will be ready at your pace.
      </p>
      {/* Before the script, room for the learner's own figures. */}
      {framed ? <div className="frame-space" aria-busy="true" /> : <ProgressContent />}
    </>
  );
}

function ProgressContent() {
  const plan = usePlan();
  const road = useRoad();
  const today = todayIso();
  const overall = useMemo(() => progressOf(road, plan), [road, plan]);
  const core = useMemo(
    () =>
      progressOf(
        road.filter((m) => m.tier === 'core'),
        plan,
      ),
    [road, plan],
  );
  const byStage = useMemo(() => progressByStage(stages, road, plan), [road, plan]);
  const points = useMemo(() => hoursOverTime(road, plan, today), [road, plan, today]);
  const weeks = useMemo(() => activity(road, plan, today), [road, plan, today]);
  const recent = recentPace(road, plan, today);
  const streak = weeklyStreak(road, plan, today);
  const { hoursPerWeek, targetDate, startDate } = plan.settings;
  const projection = projectFinish(overall.remainingHours, hoursPerWeek, today);
  const coreFinish = projectFinish(core.remainingHours, hoursPerWeek, today);
  const target = checkTarget(projection, targetDate, overall.remainingHours, today);
  const sinceStart = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS / 7);

  return (
    <>
      <p className="progress-road">
        {plan.language
          ? `Your road with ${languageName(plan.language)}.`
          : 'No server language chosen yet: this counts the milestones common to every language.'}{' '}
        {sinceStart > 0
          ? `You started on ${formatDate(startDate)}, ${plural(sinceStart, 'week')} ago.`
          : sinceStart < 0
            ? `Your plan starts on ${formatDate(startDate)}.`
            : 'Your plan starts this week.'}
      </p>
      <section className="card" aria-labelledby="overall-heading">
        <h2 id="overall-heading">Where you stand</h2>
        <OverallProgressBar progress={overall} />
        <p className="stat-label">
          Skipped milestones leave the plan: they count neither as done nor toward the total.
        </p>
        <ProgressBar
          label="Core progress"
          percent={core.percent}
          detail={`${core.done} of ${plural(core.total, 'core milestone')} done, ${core.remainingHours} h left`}
        />
        <p className="job-ready">
          {coreFinish.kind === 'finished' && (
            <>
              <strong>Job-ready:</strong> you have done everything a junior backend job needs.
            </>
          )}
          {coreFinish.kind === 'date' && (
            <>
              <strong>Job-ready</strong> (the core: what a junior backend job needs) around{' '}
              <strong>{formatDate(coreFinish.date)}</strong>, at {hoursPerWeek} hours a week.
            </>
          )}
          {coreFinish.kind === 'no-pace' && 'Set your hours per week to see when you will be job-ready.'}
        </p>
        <div className="grid">
          <div>
            <span className="stat">{formatNumber(overall.remainingHours)} h</span>
            <span className="stat-label">remaining of {formatNumber(overall.totalHours)} h (our estimate)</span>
          </div>
          <div>
            <span className="stat">
              {projection.kind === 'date' ? formatDate(projection.date) : projection.kind === 'finished' ? 'Done' : '—'}
            </span>
            <span className="stat-label">
              {projection.kind === 'date' && `the whole road, in about ${plural(projection.weeks, 'week')}`}
              {projection.kind === 'finished' && 'everything on your road is done'}
              {projection.kind === 'no-pace' && 'projected finish: set hours per week above zero'}
            </span>
          </div>
          <div>
            <span className="stat">{plural(streak, 'week')}</span>
            <span className="stat-label">in a row with a milestone done</span>
          </div>
        </div>
      </section>

      <PaceAdvice
        recent={recent}
        planned={hoursPerWeek}
        remainingHours={overall.remainingHours}
        target={target}
        targetDate={targetDate}
        today={today}
      />

      <section className="card" aria-labelledby="time-heading">
        <h2 id="time-heading">Over time</h2>
        <HoursChart
          points={points}
          totalHours={overall.totalHours}
          today={today}
          finish={projection.kind === 'date' ? projection.date : null}
          targetDate={targetDate}
        />
      </section>

      <section className="card" aria-labelledby="activity-heading">
        <h2 id="activity-heading">Days you finished something</h2>
        <ActivityHeatmap weeks={weeks} />
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
        <p>
          <Link to="/plan">Change your pace and dates</Link> on the Plan page.
        </p>
      </section>
    </>
  );
}
