import type { WeekPoint } from '../domain/progress';
import { formatDate } from './format';

interface ProgressChartProps {
  points: readonly WeekPoint[];
  total: number;
}

/** Milestones done over time: a small line chart with the same numbers in a table beside it. */
export function ProgressChart({ points, total }: ProgressChartProps) {
  const width = 600;
  const height = 180;
  const pad = 28;
  const max = Math.max(1, total);
  const step = points.length > 1 ? (width - pad * 2) / (points.length - 1) : 0;
  const x = (i: number) => pad + i * step;
  const y = (done: number) => height - pad - ((height - pad * 2) * done) / max;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.done).toFixed(1)}`).join(' ');
  const last = points[points.length - 1];
  return (
    <figure className="chart" style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-caption">
        <line x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} stroke="var(--border)" />
        <line x1={pad} y1={pad} x2={pad} y2={height - pad} stroke="var(--border)" />
        <text x={pad - 6} y={y(max) + 4} textAnchor="end" fontSize="11" fill="var(--muted)">
          {max}
        </text>
        <text x={pad - 6} y={height - pad + 4} textAnchor="end" fontSize="11" fill="var(--muted)">
          0
        </text>
        {points.length > 1 ? (
          <path d={path} fill="none" stroke="var(--accent)" strokeWidth="3" strokeLinejoin="round" />
        ) : (
          points.map((p) => <circle key={p.week} cx={width / 2} cy={y(p.done)} r="4" fill="var(--accent)" />)
        )}
      </svg>
      <figcaption id="chart-caption" className="stat-label">
        Milestones done, week by week
        {points[0] && last
          ? `, from the week of ${formatDate(points[0].week)} (${points[0].done}) to this week (${last.done} of ${total}).`
          : '.'}
      </figcaption>
    </figure>
  );
}
