import { useMemo } from 'react';
import { Link } from 'react-router';
import { languageName } from '../content/languages';
import { stages } from '../content/stages';
import { OverallProgressBar } from '../components/overall-progress-bar';
import { formatDate, plural } from '../components/format';
import { nextMilestones, progressOf, projectFinish } from '../domain/progress';
import { useLanguage, usePlan } from '../store/app-store';
import { todayIso } from '../store/app-store';
import './home-page.css';
import { useRoad } from './use-road';

/** Home for a returning learner: where they stand and what is ready next. */
export function HomeDashboard() {
  const language = useLanguage();
  const plan = usePlan();
  const road = useRoad();
  const today = todayIso();
  const progress = useMemo(() => progressOf(road, plan), [road, plan]);
  const next = useMemo(() => nextMilestones(road, plan, 3), [road, plan]);
  const projection = projectFinish(progress.remainingHours, plan.settings.hoursPerWeek, today);
  const stageTitle = (id: string) => stages.find((s) => s.id === id)?.title ?? '';

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
      <section className="card" aria-labelledby="progress-heading">
        <h2 id="progress-heading" className="visually-hidden">
          Progress
        </h2>
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
              will finish around <strong>{formatDate(projection.date)}</strong>.{' '}
              <Link to="/progress">See your progress</Link>
            </>
          )}
        </p>
      </section>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">Ready next</h2>
        {next.length === 0 ? (
          <p>Nothing is waiting: every milestone on your road is done or skipped.</p>
        ) : (
          <ol className="next-list">
            {next.map((m) => (
              <li key={m.id} className="next-list__item" data-status={plan.milestones[m.id]?.status ?? 'todo'}>
                <span className="next-list__title">{m.title}</span>
                <p className="stat-label">
                  {stageTitle(m.stageId)} · about {m.hours} h
                  {plan.milestones[m.id]?.status === 'learning' ? ' · learning now' : ''}
                </p>
                <p className="next-list__summary">{m.summary}</p>
              </li>
            ))}
          </ol>
        )}
        <p className="next-list__more">
          <Link className="button" to="/roadmap">
            Open the roadmap
          </Link>
        </p>
      </section>
    </>
  );
}
