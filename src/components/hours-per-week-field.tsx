import { useId, useState, type ReactNode } from 'react';
import { clampHours } from '../domain/plan';
import { LIMITS } from '../domain/plan-limits';

interface HoursPerWeekFieldProps {
  value: number;
  onChange: (hours: number) => void;
  hint?: ReactNode;
}

/**
 * Hours per week, as typed: an emptied field stays empty while the learner types, instead of
 * jumping to 0, and is put back as it was if left empty. A value the plan cannot keep as typed
 * (200, -5, 7.3) is said to be corrected, never changed silently.
 */
export function HoursPerWeekField({ value, onChange, hint }: HoursPerWeekFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [corrected, setCorrected] = useState<{ typed: number; kept: number } | null>(null);
  return (
    <div className="field field--narrow">
      <label htmlFor={id}>Hours per week</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        max={LIMITS.hoursPerWeek}
        step={0.5}
        value={draft ?? value}
        aria-describedby={hint ? `${id}-hint ${id}-corrected` : `${id}-corrected`}
        onChange={(event) => {
          const hours = event.target.valueAsNumber;
          if (Number.isNaN(hours)) return setDraft(event.target.value);
          const kept = clampHours(hours);
          // The field shows what was typed until the learner leaves it; the plan keeps `kept`.
          setDraft(kept === hours ? null : event.target.value);
          setCorrected(kept === hours ? null : { typed: hours, kept });
          onChange(hours);
        }}
        onBlur={() => setDraft(null)}
      />
      <span className="hint field__corrected" id={`${id}-corrected`} role="status">
        {corrected &&
          (corrected.typed > LIMITS.hoursPerWeek
            ? `${corrected.typed} is more than a plan counts: saved as ${corrected.kept} hours a week.`
            : corrected.typed < 0
              ? `A week cannot have ${corrected.typed} hours: saved as 0.`
              : `Saved to the nearest half hour: ${corrected.kept}.`)}
      </span>
    </div>
  );
}
