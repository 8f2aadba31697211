import type { ActivityDay } from '../domain/pace';
import { formatDate, plural } from './format';
import './activity-heatmap.css';

const level = (done: number) => (done === 0 ? 0 : done === 1 ? 1 : done === 2 ? 2 : 3);

/**
 * The last weeks as squares, a column a week and a row a day (as GitHub and freeCodeCamp show
 * them), darker for more milestones done. The same in words under it.
 */
export function ActivityHeatmap({ weeks }: { weeks: readonly (readonly ActivityDay[])[] }) {
  const days = weeks.flat();
  const active = days.filter((d) => d.done > 0);
  const total = active.reduce((sum, d) => sum + d.done, 0);
  const best = active.reduce<ActivityDay | null>((top, d) => (top && top.done >= d.done ? top : d), null);
  const first = days[0]?.day;
  return (
    <figure className="heatmap">
      <div className="heatmap__grid" aria-hidden="true">
        {weeks.map((week) => (
          <div key={week[0]?.day} className="heatmap__week">
            {week.map((day) => (
              <span
                key={day.day}
                className="heatmap__day"
                data-level={level(day.done)}
                title={`${formatDate(day.day)}: ${plural(day.done, 'milestone')}`}
              />
            ))}
          </div>
        ))}
      </div>
      <div className="heatmap__scale" aria-hidden="true">
        Less
        {[0, 1, 2, 3].map((l) => (
          <span key={l} className="heatmap__day" data-level={l} />
        ))}
        More
      </div>
      <figcaption className="stat-label">
        {total === 0
          ? `No milestone done in the last ${weeks.length} weeks${first ? `, since ${formatDate(first)}` : ''}.`
          : `${plural(total, 'milestone')} done on ${plural(active.length, 'day')} in the last ${weeks.length} weeks${
              best ? `; the most on ${formatDate(best.day)} (${best.done})` : ''
            }.`}
      </figcaption>
    </figure>
  );
}
