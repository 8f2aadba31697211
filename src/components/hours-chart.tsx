import { useLayoutEffect, useRef, useState } from 'react';
import type { HoursPoint } from '../domain/pace';
import { formatDate, formatMonth, formatNumber } from './format';
import './data-table.css';
import './hours-chart.css';

interface HoursChartProps {
  /** Hours done by the end of each week, with the planned pace beside them, oldest first. */
  points: readonly HoursPoint[];
  totalHours: number;
  today: string;
  /** When the road is done at the planned pace, or null (no pace, or done). */
  finish: string | null;
  targetDate: string | null;
}

const DAY_MS = 86_400_000;
const HEIGHT = 220;
const PAD = { top: 18, right: 20, bottom: 34, left: 60 };

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/**
 * Hours done over time, next to the planned pace from the start date, the projection to the
 * finish, and the target date. Drawn at the width it is shown, so its words stay readable on a
 * phone; the same numbers are in a table under it.
 */
export function HoursChart({ points, totalHours, today, finish, targetDate }: HoursChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(280, Math.round(element.clientWidth)));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const first = points[0]?.week ?? today;
  const last =
    [today, finish, targetDate]
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? today;
  const span = Math.max(7, dayNumber(last) - dayNumber(first));
  const top = Math.max(1, totalHours);
  const x = (date: string) => PAD.left + ((dayNumber(date) - dayNumber(first)) / span) * (width - PAD.left - PAD.right);
  const y = (hours: number) => PAD.top + (1 - hours / top) * (HEIGHT - PAD.top - PAD.bottom);
  const done = points.at(-1)?.hours ?? 0;

  const doneLine = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.week).toFixed(1)},${y(p.hours).toFixed(1)}`).join(' ');
  const plannedLine = points
    .map((p, i) => `${i ? 'L' : 'M'}${x(p.week).toFixed(1)},${y(p.planned).toFixed(1)}`)
    .join(' ');

  return (
    <figure className="hours-chart">
      <div ref={box} className="hours-chart__box">
        <svg width={width} height={HEIGHT} role="img" aria-labelledby="hours-chart-caption">
          {[0, 0.5, 1].map((share) => (
            <g key={share} className="hours-chart__grid">
              <line x1={PAD.left} x2={width - PAD.right} y1={y(top * share)} y2={y(top * share)} />
              <text x={PAD.left - 6} y={y(top * share) + 4} textAnchor="end">
                {formatNumber(Math.round(top * share))} h
              </text>
            </g>
          ))}
          <path className="hours-chart__planned" d={plannedLine} />
          {finish && (
            <path
              className="hours-chart__projection"
              d={`M${x(today).toFixed(1)},${y(done).toFixed(1)} L${x(finish).toFixed(1)},${y(top).toFixed(1)}`}
            />
          )}
          <path className="hours-chart__done" d={doneLine} />
          {targetDate && (
            <g className="hours-chart__target">
              <line x1={x(targetDate)} x2={x(targetDate)} y1={PAD.top} y2={HEIGHT - PAD.bottom} />
              <text x={x(targetDate)} y={PAD.top - 4} textAnchor="middle">
                Target
              </text>
            </g>
          )}
          <g className="hours-chart__axis">
            {/* The start's label gives way to Today's when the two would overlap. */}
            {x(today) - x(first) > 64 && (
              <text x={x(first)} y={HEIGHT - 10} textAnchor="start">
                {formatMonth(first)}
              </text>
            )}
            <text x={x(today)} y={HEIGHT - 10} textAnchor="middle">
              Today
            </text>
            {finish && (
              <text x={x(finish)} y={HEIGHT - 10} textAnchor="end">
                {formatMonth(finish)}
              </text>
            )}
          </g>
        </svg>
      </div>
      <ul className="hours-chart__legend" aria-hidden="true">
        <li data-line="done">Hours done</li>
        <li data-line="planned">Your planned pace</li>
        {finish && <li data-line="projection">On to the finish at that pace</li>}
        {targetDate && <li data-line="target">Target date</li>}
      </ul>
      <figcaption id="hours-chart-caption" className="stat-label">
        {done} of {totalHours} hours done by this week; your planned pace would have reached{' '}
        {points.at(-1)?.planned ?? 0} hours.
        {finish ? ` At that pace the road is done around ${formatDate(finish)}.` : ''}
        {targetDate ? ` Your target is ${formatDate(targetDate)}.` : ''}
      </figcaption>
      <details className="hours-chart__table">
        <summary>The chart as a table</summary>
        <div className="table-scroll">
          <table>
            <caption>Hours done and planned, week by week</caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Done (h)</th>
                <th scope="col">Planned (h)</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.week}>
                  <th scope="row">{formatDate(p.week)}</th>
                  <td>{p.hours}</td>
                  <td>{p.planned}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
