import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { CustomMilestone } from '../domain/plan-schema';
import { isPlanLink, LIMITS } from '../domain/plan-limits';
import type { Result } from '../domain/result';
import type { Stage, StageId } from '../domain/types';

interface AddMilestoneFormProps {
  stages: readonly Stage[];
  /** Adds the milestone; gives its id, or says why it could not be added. */
  onAdd: (milestone: Omit<CustomMilestone, 'id' | 'stamp'>) => Result<string>;
  /** Said after a milestone was added: where it went, and a way to it. */
  confirmation?: ReactNode;
}

/** A milestone of the learner's own: a title, a stage, hours and an optional link. */
export function AddMilestoneForm({ stages, onAdd, confirmation }: AddMilestoneFormProps) {
  const [title, setTitle] = useState('');
  const [stageId, setStageId] = useState<StageId>('beyond');
  const [hours, setHours] = useState(5);
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');
  const ids = { title: useId(), stage: useId(), hours: useId(), url: useId() };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cleanTitle = title.trim();
    if (!cleanTitle) return setError('Give your milestone a title.');
    const link = { title: url.trim().slice(0, LIMITS.titleLength), url: url.trim() };
    if (link.url && !isPlanLink(link)) {
      return setError('A link must start with https:// or http://. Check the address and try again.');
    }
    const added = onAdd({
      title: cleanTitle.slice(0, LIMITS.titleLength),
      stageId,
      hours: Math.max(0, Math.min(LIMITS.ownMilestoneHours, hours || 0)),
      resources: link.url ? [link] : [],
    });
    if (!added.ok) return setError(added.error);
    setTitle('');
    setUrl('');
    setError('');
  };

  return (
    <section className="card no-print" aria-labelledby="own-heading">
      <h2 id="own-heading">Add your own milestone</h2>
      <p className="stat-label">Something your job or course asks for that is not here? Add it to your road.</p>
      <form onSubmit={submit} noValidate>
        <div className="grid">
          <div className="field">
            <label htmlFor={ids.title}>Title</label>
            <input
              id={ids.title}
              value={title}
              maxLength={LIMITS.titleLength}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.stage}>Stage</label>
            <select id={ids.stage} value={stageId} onChange={(e) => setStageId(e.target.value as StageId)}>
              {stages.map((stage) => (
                <option key={stage.id} value={stage.id}>
                  {stage.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.hours}>Hours</label>
            <input
              id={ids.hours}
              type="number"
              min={0}
              max={LIMITS.ownMilestoneHours}
              value={hours}
              onChange={(e) => setHours(e.target.valueAsNumber)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.url}>Link (optional)</label>
            <input
              id={ids.url}
              type="url"
              value={url}
              placeholder="https://"
              onChange={(e) => setUrl(e.target.value)}
            />
          </div>
        </div>
        {error && (
          <p role="alert" className="alert">
            {error}
          </p>
        )}
        <button type="submit">Add milestone</button>
      </form>
      <p role="status" className="confirmation">
        {confirmation}
      </p>
    </section>
  );
}
