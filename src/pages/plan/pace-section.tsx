import { useId, useState } from 'react';
import { formatDate } from '../../components/format';
import { HoursPerWeekField } from '../../components/hours-per-week-field';
import { actions, todayIso, useSettings } from '../../store/app-store';

export function PaceSection() {
  const settings = useSettings();
  const ids = { start: useId(), target: useId() };
  const [targetProblem, setTargetProblem] = useState('');
  const today = todayIso();
  return (
    <section className="card" aria-labelledby="pace-heading">
      <h2 id="pace-heading">Pace</h2>
      <div className="grid">
        <HoursPerWeekField
          value={settings.hoursPerWeek}
          onChange={(hours) => actions().updatePace({ hoursPerWeek: hours })}
        />
        <div className="field">
          <label htmlFor={ids.start}>Start date</label>
          <span className="hint" id={`${ids.start}-hint`}>
            Your planned pace is counted from this day on the Progress page.
          </span>
          <input
            id={ids.start}
            type="date"
            value={settings.startDate}
            aria-describedby={`${ids.start}-hint`}
            onChange={(event) => event.target.value && actions().updatePace({ startDate: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.target}>Target date (optional)</label>
          <input
            id={ids.target}
            type="date"
            min={today}
            value={settings.targetDate ?? ''}
            aria-describedby={targetProblem ? `${ids.target}-problem` : undefined}
            aria-invalid={targetProblem ? true : undefined}
            onChange={(event) => {
              const date = event.target.value;
              // A target in the past says nothing useful: it is refused where it is typed.
              if (date && date < today) {
                setTargetProblem(`${formatDate(date)} has passed: choose a day from today on.`);
                return;
              }
              setTargetProblem('');
              actions().updatePace({ targetDate: date || null });
            }}
          />
          {targetProblem && (
            <span role="alert" className="hint field__corrected" id={`${ids.target}-problem`}>
              {targetProblem}
            </span>
          )}
        </div>
      </div>
    </section>
  );
}
