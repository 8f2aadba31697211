import { useId } from 'react';
import { HoursPerWeekField } from '../../components/hours-per-week-field';
import { actions, useSettings } from '../../store/app-store';

export function PaceSection() {
  const settings = useSettings();
  const ids = { start: useId(), target: useId() };
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
          <input
            id={ids.start}
            type="date"
            value={settings.startDate}
            onChange={(event) => event.target.value && actions().updatePace({ startDate: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.target}>Target date (optional)</label>
          <input
            id={ids.target}
            type="date"
            value={settings.targetDate ?? ''}
            onChange={(event) => actions().updatePace({ targetDate: event.target.value || null })}
          />
        </div>
      </div>
    </section>
  );
}
