import type { WeekPoint } from '../domain/progress';
import { formatDate, plural } from './format';
import './progress-chart.css';

interface ProgressChartProps {
  /** Cumulative milestones done per week, oldest first. */
  points: readonly WeekPoint[];
  weeksShown?: number;
}

/** Milestones finished per week, as bars with their numbers written on them. */
export function ProgressChart({ points, weeksShown = 12 }: ProgressChartProps) {
  const perWeek = points.map((p, i) => ({ week: p.week, count: p.done - (points[i - 1]?.done ?? 0) }));
  const recent = perWeek.slice(-weeksShown);
  const max = Math.max(1, ...recent.map((w) => w.count));
  const width = 600;
  const height = 170;
  const top = 28;
  const bottom = 2;
  const slot = width / Math.max(recent.length, 1);
  const barWidth = Math.min(36, slot * 0.6);
  const total = points[points.length - 1]?.done ?? 0;
  const first = recent[0];

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-caption">
        {recent.map((w, i) => {
          const barHeight = ((height - top - bottom) * w.count) / max;
          const x = i * slot + (slot - barWidth) / 2;
          const y = height - bottom - barHeight;
          return (
            <g key={w.week}>
              <rect
                x={x}
                y={y}
                width={barWidth}
                height={Math.max(barHeight, w.count ? 2 : 0)}
                rx="4"
                fill="var(--accent)"
              />
              <text x={x + barWidth / 2} y={y - 6} textAnchor="middle" fontSize="20" fill="var(--text)">
                {w.count}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="chart__axis" aria-hidden="true">
        <span>{first ? formatDate(first.week) : ''}</span>
        <span>this week</span>
      </div>
      <figcaption id="chart-caption" className="stat-label">
        Milestones finished each week
        {first ? ` since the week of ${formatDate(first.week)}` : ''}: {recent.map((w) => w.count).join(', ')}.{' '}
        {plural(total, 'milestone')} done in all.
      </figcaption>
    </figure>
  );
}
