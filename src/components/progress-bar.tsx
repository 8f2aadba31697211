import { useId } from 'react';

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
        <div className="progress__fill" style={{ width: `${Math.min(100, percent)}%` }} />
      </div>
    </div>
  );
}

export function formatPercent(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

