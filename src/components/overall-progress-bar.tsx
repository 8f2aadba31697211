import type { Progress } from '../domain/progress';
import { plural } from './format';
import { ProgressBar } from './progress-bar';

/** The "Overall progress" bar that Home and Progress both show. */
export function OverallProgressBar({ progress }: { progress: Progress }) {
  return (
    <ProgressBar
      label="Overall progress"
      percent={progress.percent}
      detail={`${progress.done} of ${plural(progress.total, 'milestone')} done`}
    />
  );
}
