import type { MilestoneStatus } from '../domain/types';
import { STATUS_LABELS, STATUS_SHORTCUTS } from './labels';

interface StatusSelectProps {
  status: MilestoneStatus;
  onChange: (status: MilestoneStatus) => void;
  className?: string;
}

/**
 * A milestone's "Status": the one keyboard stop for it. D, L, S and T set done, learning, skipped
 * and to do at once, as on roadmap.sh.
 */
export function StatusSelect({ status, onChange, className }: StatusSelectProps) {
  return (
    <label className={className}>
      <span>Status</span>
      <select
        value={status}
        aria-keyshortcuts="D L S T"
        onChange={(event) => onChange(event.target.value as MilestoneStatus)}
        onKeyDown={(event) => {
          if (event.altKey || event.ctrlKey || event.metaKey) return;
          const next = STATUS_SHORTCUTS[event.key.toLowerCase()];
          if (next) {
            event.preventDefault();
            onChange(next);
          }
        }}
      >
        {Object.entries(STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
