import { useMemo, type RefObject } from 'react';
import { languageName } from '../../content/languages';
import { plural } from '../../components/format';
import { STATUS_LABELS } from '../../components/labels';
import { formatStamp } from '../../domain/hlc';
import { previewImport } from '../../domain/import-preview';
import type { ImportMode } from '../../domain/plan-merge';
import { parseInstant } from '../../domain/instant';
import type { Plan } from '../../domain/plan-schema';
import { MILESTONE_STATUSES } from '../../domain/types';
import { nowIso, usePlan } from '../../store/app-store';
import type { PendingImport } from './import-flow';
import { useMilestoneTitles } from './use-milestone-titles';

const DIFFERING_SHOWN = 20;

const WAYS = [
  { mode: 'merge', label: 'Merge', className: undefined },
  { mode: 'replace', label: 'Replace', className: 'danger' },
] as const satisfies readonly { mode: ImportMode; label: string; className: string | undefined }[];

interface ImportPreviewPanelProps {
  pending: PendingImport;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onImport: (mode: ImportMode) => void;
  onCancel: () => void;
}

const name = (id: Plan['language']) => (id ? languageName(id) : 'none chosen');

export function ImportPreviewPanel({ pending, headingRef, onImport, onCancel }: ImportPreviewPanelProps) {
  const current = usePlan();
  const preview = useMemo(() => {
    const now = nowIso();
    // A stand-in for the import's own stamp: the preview only measures what each way would leave.
    return previewImport(current, pending.plan, {
      now,
      stamp: formatStamp({ wall: parseInstant(now), count: 0, node: 'preview' }),
    });
  }, [current, pending.plan]);
  const titles = useMilestoneTitles([pending.plan.language, current.language]);
  const readable = Object.keys(pending.plan.milestones).length + pending.plan.custom.length;
  const removes = preview.replaceRemoves;

  return (
    <section className="notice" aria-labelledby="preview-heading">
      <h3 id="preview-heading" ref={headingRef} tabIndex={-1}>
        Import preview
      </h3>
      <p>From {pending.from}:</p>
      {pending.setAside.length > 0 && (
        <div className="notice notice--warning">
          <p>
            <strong>
              Import the {plural(readable, 'readable record')}, skip {pending.setAside.length.toLocaleString()}:
            </strong>
          </p>
          <ul>
            {pending.setAside.slice(0, DIFFERING_SHOWN).map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {pending.datesAdjusted > 0 && (
        <p>{plural(pending.datesAdjusted, 'date')} in the future or outside the calendar will be set to now.</p>
      )}
      <ul>
        <li>
          Language: {name(pending.plan.language)}
          {preview.languageBefore !== pending.plan.language ? ` (now ${name(preview.languageBefore)})` : ' (unchanged)'}
        </li>
        <li>
          {MILESTONE_STATUSES.filter((s) => s !== 'todo')
            .map((s) => `${STATUS_LABELS[s]}: ${preview.counts[s]}`)
            .join(', ')}
        </li>
        <li>{plural(preview.notes, 'note')}</li>
        <li>{plural(preview.ownMilestones, 'own milestone')}</li>
      </ul>
      {preview.differing.length > 0 && (
        <details open={preview.differing.length <= 5}>
          <summary>{plural(preview.differing.length, 'milestone')} different from your plan now</summary>
          <ul>
            {preview.differing.slice(0, DIFFERING_SHOWN).map((id) => (
              <li key={id}>{titles.get(id) ?? id}</li>
            ))}
            {preview.differing.length > DIFFERING_SHOWN && (
              <li>and {(preview.differing.length - DIFFERING_SHOWN).toLocaleString()} more</li>
            )}
          </ul>
        </details>
      )}
      <p>
        <strong>Merge</strong> keeps both: for each milestone the more recent change wins, and the language becomes{' '}
        {name(preview.languageAfter.merge)} (the one chosen last). <strong>Replace</strong> makes your plan exactly the
        file's
        {removes.records + removes.notes + removes.ownMilestones > 0
          ? `: it takes away ${[
              plural(removes.records, 'status', 'statuses'),
              plural(removes.notes, 'note'),
              plural(removes.ownMilestones, 'own milestone'),
            ].join(', ')} of yours that the file does not have.`
          : '.'}{' '}
        Either way you can undo.
      </p>
      {WAYS.map(
        ({ mode, label }) =>
          preview.refused[mode] && (
            <p key={mode} role="alert" className="alert" id={`refused-${mode}`}>
              {label} is not possible: {preview.refused[mode]}
            </p>
          ),
      )}
      <div className="button-row">
        {/* Merge first and primary; Replace, which can take things away, looks like the danger it is. */}
        {WAYS.map(({ mode, label, className }) => (
          <button
            key={mode}
            type="button"
            className={className}
            disabled={Boolean(preview.refused[mode])}
            aria-describedby={preview.refused[mode] ? `refused-${mode}` : undefined}
            onClick={() => onImport(mode)}
          >
            {label}
          </button>
        ))}
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
