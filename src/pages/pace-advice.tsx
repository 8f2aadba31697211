import { Link } from 'react-router';
import { formatDate, plural } from '../components/format';
import { projectFinish, type checkTarget } from '../domain/calendar';
import { actions } from '../store/app-store';

interface PaceAdviceProps {
  /** Hours a week of milestones finished in the last six weeks. */
  recent: number;
  planned: number;
  remainingHours: number;
  target: ReturnType<typeof checkTarget>;
  targetDate: string | null;
  today: string;
}

const roundToHalf = (hours: number) => Math.max(0.5, Math.round(hours * 2) / 2);

/**
 * The pace of the last weeks next to the planned one, the finish date at each, and a way to fix
 * the plan in one click: adopt the real pace, or move the target to where it leads.
 */
export function PaceAdvice({ recent, planned, remainingHours, target, targetDate, today }: PaceAdviceProps) {
  const atRecent = projectFinish(remainingHours, recent, today);
  const atPlanned = projectFinish(remainingHours, planned, today);
  const suggested = roundToHalf(recent);
  const behind = target.kind === 'behind';
  const needed = behind ? target.hoursPerWeekNeeded : null;
  return (
    <section className="card" aria-labelledby="pace-heading">
      <h2 id="pace-heading">Your pace</h2>
      <div className="grid">
        <div>
          <span className="stat">{recent} h</span>
          <span className="stat-label">
            a week lately (milestones finished in the last six weeks)
            {atRecent.kind === 'date' ? `: done around ${formatDate(atRecent.date)}` : ''}
          </span>
        </div>
        <div>
          <span className="stat">{planned} h</span>
          <span className="stat-label">
            a week planned
            {atPlanned.kind === 'date' ? `: done around ${formatDate(atPlanned.date)}` : ''}
          </span>
        </div>
      </div>
      {!targetDate && (
        <p>
          No target date set. <Link to="/plan">Set one</Link> to see whether your pace gets you there.
        </p>
      )}
      {targetDate && (
        <p className={behind ? 'notice notice--warning' : 'notice'}>
          {behind ? (
            <>
              <strong>Behind</strong> your target, {formatDate(targetDate)}
              {target.kind === 'behind' && Number.isFinite(target.lateDays)
                ? ` by ${plural(target.lateDays, 'day')}`
                : ''}
              .
              {needed !== null
                ? ` About ${needed} hours a week would get you there.`
                : targetDate <= today
                  ? ' The date has passed: choose a new one on the Plan page.'
                  : ''}
            </>
          ) : target.kind === 'on-track' ? (
            <>
              <strong>On track</strong> for your target, {formatDate(targetDate)}
              {target.spareDays > 0 ? `, with ${plural(target.spareDays, 'day')} to spare.` : '.'}
            </>
          ) : null}
        </p>
      )}
      <div className="button-row">
        {recent > 0 && suggested !== planned && (
          <button type="button" className="secondary" onClick={() => actions().updatePace({ hoursPerWeek: suggested })}>
            Set pace to {suggested} h a week
          </button>
        )}
        {needed !== null && needed !== planned && (
          <button type="button" className="secondary" onClick={() => actions().updatePace({ hoursPerWeek: needed })}>
            Set pace to {needed} h a week
          </button>
        )}
        {targetDate && behind && atPlanned.kind === 'date' && (
          <button
            type="button"
            className="secondary"
            onClick={() => actions().updatePace({ targetDate: atPlanned.date })}
          >
            Move the target to {formatDate(atPlanned.date)}
          </button>
        )}
      </div>
    </section>
  );
}
