import { useId } from 'react';
import './progress-bar.css';

interface ProgressBarProps {
  label: string;
  percent: number;
  /** Printed beside the bar, e.g. "12 of 80 milestones". */
  detail: string;
}

/** A labelled progress bar whose value is always printed, never shown by colour alone. */
export function ProgressBar({ label, percent, detail }: ProgressBarProps) {
  const labelId = useId();
  const shown = `${formatPercent(percent)}`;
  return (
    <div className="progress">
      <span id={labelId} className="progress__label">
        {label}
      </span>
      <span className="progress__value">
        {shown} · {detail}
      </span>
      <div
        className="progress__track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${shown}, ${detail}`}
      >
        {/* An SVG bar: its length is an attribute, so no inline style is needed (CSP). */}
        <svg
          className="progress__bar"
          viewBox="0 0 100 1"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          <rect className="progress__fill" width={Math.min(100, Math.max(0, percent))} height="1" rx="0" />
        </svg>
      </div>
    </div>
  );
}

function formatPercent(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}
