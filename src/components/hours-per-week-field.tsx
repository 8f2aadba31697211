import { useId, useState } from 'react';

interface HoursPerWeekFieldProps {
  value: number;
  onChange: (hours: number) => void;
  hint?: string;
}

/**
 * Hours per week, as typed: an emptied field stays empty while the learner types, instead of
 * jumping to 0, and is put back as it was if left empty.
 */
export function HoursPerWeekField({ value, onChange, hint }: HoursPerWeekFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
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
        max={80}
        step={0.5}
        value={draft ?? value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const hours = event.target.valueAsNumber;
          if (Number.isNaN(hours)) return setDraft(event.target.value);
          setDraft(null);
          onChange(hours);
        }}
        onBlur={() => setDraft(null)}
      />
    </div>
  );
}
