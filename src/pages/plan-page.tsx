import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { languageName, languages } from '../content/languages';
import { loadTrack } from '../content/tracks';
import { stages } from '../content/stages';
import { downloadText } from '../components/download';
import { HoursPerWeekField } from '../components/hours-per-week-field';
import { LanguagePicker } from '../components/language-picker';
import { STATUS_LABELS } from '../components/milestone-card';
import { plural } from '../components/format';
import { planToMarkdown } from '../domain/markdown';
import type { Plan } from '../domain/plan';
import { previewImport } from '../domain/plan';
import { buildRoad } from '../domain/roadmap';
import { MAX_PLAN_FILE_BYTES, planFileName, readPlanDocument, serializePlanDocument } from '../domain/plan-file';
import { decodeShareFragment, encodeShareFragment, MAX_SHARE_URL_LENGTH, SHARE_PREFIX } from '../domain/share-link';
import { MILESTONE_STATUSES } from '../domain/types';
import { actions, useLanguage, usePlan, useSettings, useUndo, type ImportMode } from '../store/app-store';
import { nowIso, todayIso } from '../store/clock';

interface PendingImport {
  plan: Plan;
  from: string;
}

/** Moves focus once React has drawn what it points at. */
const focusSoon = (ref: RefObject<HTMLElement | null>) => requestAnimationFrame(() => ref.current?.focus());

export function PlanPage() {
  const plan = usePlan();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [importError, setImportError] = useState('');
  const [message, setMessage] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const undoRef = useRef<HTMLDivElement>(null);
  const importRef = useRef<HTMLInputElement>(null);

  const exportPlan = () => {
    downloadText(planFileName(todayIso()), serializePlanDocument(plan, nowIso()));
    setMessage('Your plan file is in your downloads.');
  };

  const downloadMarkdown = async () => {
    // The roadmap content is loaded for this download only.
    const { commonMilestones } = await import('../content/milestones-common');
    const track = plan.language ? await loadTrack(plan.language) : [];
    const road = buildRoad(stages, commonMilestones, track, plan.custom.filter((m) => !m.removed));
    const language = plan.language ? languageName(plan.language) : null;
    downloadText(
      `backend-path-checklist-${todayIso()}.md`,
      planToMarkdown(stages, road, plan, language, todayIso()),
      'text/markdown',
    );
    setMessage('Your checklist is in your downloads.');
  };

  // A share link opens here with the plan in its fragment (also when this page is already open):
  // show it like an imported file.
  useEffect(() => {
    if (!hash.startsWith(`#${SHARE_PREFIX}`)) return;
    let cancelled = false;
    void decodeShareFragment(hash).then((result) => {
      if (cancelled) return;
      void navigate({ hash: '' }, { replace: true });
      if (result.ok) setPending({ plan: result.value, from: 'the share link' });
      else setImportError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [hash, navigate]);

  return (
    <>
      <title>Your plan · Backend Path</title>
      <h1>Your plan</h1>
      <p className="lead">
        Your language and pace, and your plan's way in and out of this browser. Nothing leaves your device unless you
        export or share it.
      </p>
      <UndoNotice
        ref={undoRef}
        onUndone={(label) => {
          setMessage(`${label} undone: your plan is back as it was.`);
          focusSoon(statusRef);
        }}
      />
      <p role="status" ref={statusRef} tabIndex={-1}>
        {message}
      </p>

      <section className="card" aria-labelledby="language-heading">
        <h2 id="language-heading">Language</h2>
        <LanguagePicker
          languages={languages}
          value={plan.language}
          showTaglines={false}
          onChoose={(id) => {
            actions().chooseLanguage(id);
            setMessage(`${languageName(id)} is now your language. Your progress on every milestone is kept.`);
          }}
        />
        <p className="stat-label">
          Switching keeps everything: common milestones keep their status, and each language's track keeps its ticks for
          when you come back. <Link to="/compare">Compare the languages</Link>.
        </p>
      </section>

      <PaceSettingsForm />

      <section className="card" aria-labelledby="export-heading">
        <h2 id="export-heading">Export and share</h2>
        <p>
          The plan file holds your language, pace, every status and note, and your own milestones. Import it on any
          machine. Its format is published as a <a href="/plan.schema.json">JSON Schema</a>.
        </p>
        <div className="button-row">
          <button type="button" onClick={exportPlan}>
            Export plan
          </button>
          <button type="button" className="secondary" onClick={() => void downloadMarkdown()}>
            Download as Markdown
          </button>
          <ShareButton plan={plan} onMessage={setMessage} />
        </div>
      </section>

      <section className="card" aria-labelledby="import-heading">
        <h2 id="import-heading">Import</h2>
        <ImportField
          inputRef={importRef}
          onPlan={(incoming, from) => {
            setImportError('');
            setPending({ plan: incoming, from });
          }}
          onError={(error) => {
            setPending(null);
            setImportError(error);
          }}
        />
        {importError && (
          <div role="alert" className="alert">
            <strong>Nothing was imported.</strong>
            <p>{importError}</p>
          </div>
        )}
        {pending && (
          <ImportPreviewPanel
            pending={pending}
            current={plan}
            onDone={(mode) => {
              actions().importPlan(pending.plan, mode);
              setPending(null);
              setMessage(mode === 'replace' ? 'Your plan was replaced by the import.' : 'The import was merged into your plan.');
              focusSoon(undoRef);
            }}
            onCancel={() => {
              setPending(null);
              setMessage('Import cancelled: nothing changed.');
              focusSoon(importRef);
            }}
          />
        )}
      </section>

      <ResetSection
        onExport={exportPlan}
        onReset={() => {
          setMessage('Your plan was reset.');
          focusSoon(undoRef);
        }}
      />
    </>
  );
}

interface UndoNoticeProps {
  ref: RefObject<HTMLDivElement | null>;
  onUndone: (label: string) => void;
}

function UndoNotice({ ref, onUndone }: UndoNoticeProps) {
  const undo = useUndo();
  if (!undo) return null;
  return (
    <div className="notice" ref={ref} tabIndex={-1}>
      <p>
        {undo.label === 'Import' ? 'Plan imported.' : 'Plan reset.'} Changed your mind?{' '}
        <button
          type="button"
          className="secondary"
          onClick={() => {
            actions().undoLast();
            onUndone(undo.label);
          }}
        >
          Undo {undo.label.toLowerCase()}
        </button>
      </p>
    </div>
  );
}

function PaceSettingsForm() {
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

function ShareButton({ plan, onMessage }: { plan: Plan; onMessage: (message: string) => void }) {
  const [fallbackLink, setFallbackLink] = useState('');
  const linkId = useId();
  const share = async () => {
    const url = `${window.location.origin}/plan#${await encodeShareFragment(plan)}`;
    if (url.length > MAX_SHARE_URL_LENGTH) {
      setFallbackLink('');
      onMessage(
        `This plan makes a link of ${url.length.toLocaleString()} characters, too long for many apps (over ${MAX_SHARE_URL_LENGTH.toLocaleString()}). Use “Export plan” and send the file instead.`,
      );
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setFallbackLink('');
      onMessage('Share link copied. Whoever opens it sees your plan and can import it; nothing is sent to a server.');
    } catch {
      setFallbackLink(url);
      onMessage('Your browser did not allow copying: copy the link from the field below.');
    }
  };
  return (
    <>
      <button type="button" className="secondary" onClick={() => void share()}>
        Copy share link
      </button>
      {fallbackLink && (
        <div className="field" style={{ flexBasis: '100%' }}>
          <label htmlFor={linkId}>Share link</label>
          <input id={linkId} readOnly value={fallbackLink} onFocus={(event) => event.target.select()} />
        </div>
      )}
    </>
  );
}

interface ImportFieldProps {
  inputRef: RefObject<HTMLInputElement | null>;
  onPlan: (plan: Plan, from: string) => void;
  onError: (error: string) => void;
}

function ImportField({ inputRef, onPlan, onError }: ImportFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Import plan</label>
      <span className="hint" id={`${id}-hint`}>
        A .json plan file exported from Backend Path, up to 1 MB. You will see what changes before anything is replaced.
      </span>
      <input
        ref={inputRef}
        id={id}
        type="file"
        accept="application/json,.json"
        aria-describedby={`${id}-hint`}
        onChange={async (event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (!file) return;
          if (file.size > MAX_PLAN_FILE_BYTES) {
            onError(`“${file.name}” is larger than 1 MB, too large to be a Backend Path plan file.`);
            return;
          }
          let text: string;
          try {
            text = await file.text();
          } catch {
            onError(`“${file.name}” could not be read.`);
            return;
          }
          const result = readPlanDocument(text);
          if (result.ok) onPlan(result.value, `“${file.name}”`);
          else onError(result.error);
        }}
      />
    </div>
  );
}

interface ImportPreviewPanelProps {
  pending: PendingImport;
  current: Plan;
  onDone: (mode: ImportMode) => void;
  onCancel: () => void;
}

function ImportPreviewPanel({ pending, current, onDone, onCancel }: ImportPreviewPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const preview = previewImport(current, pending.plan);
  const name = (id: Plan['language']) => (id ? languageName(id) : 'none chosen');
  return (
    <section className="notice" aria-labelledby="preview-heading">
      <h3 id="preview-heading" ref={heading} tabIndex={-1}>
        Import preview
      </h3>
      <p>From {pending.from}:</p>
      <ul>
        <li>
          Language: {name(preview.languageAfter)}
          {preview.languageBefore !== preview.languageAfter ? ` (now ${name(preview.languageBefore)})` : ' (unchanged)'}
        </li>
        <li>
          {MILESTONE_STATUSES.filter((s) => s !== 'todo')
            .map((s) => `${STATUS_LABELS[s]}: ${preview.counts[s]}`)
            .join(', ')}
        </li>
        <li>{plural(preview.notes, 'note')}</li>
        <li>{plural(preview.ownMilestones, 'own milestone')}</li>
        <li>{plural(preview.changed, 'milestone')} different from your plan now</li>
      </ul>
      <p>
        <strong>Replace</strong> makes your plan exactly the file's
        {preview.replaceRemoves.records + preview.replaceRemoves.notes + preview.replaceRemoves.ownMilestones > 0
          ? `: it takes away ${[
              plural(preview.replaceRemoves.records, 'status', 'statuses'),
              plural(preview.replaceRemoves.notes, 'note'),
              plural(preview.replaceRemoves.ownMilestones, 'own milestone'),
            ].join(', ')} of yours that the file does not have.`
          : '.'}{' '}
        <strong>Merge</strong> keeps both: for each milestone the more recent change wins. Either way you can undo.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => onDone('replace')}>
          Replace
        </button>
        <button type="button" onClick={() => onDone('merge')}>
          Merge
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function ResetSection({ onExport, onReset }: { onExport: () => void; onReset: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const language = useLanguage();
  return (
    <section className="card" aria-labelledby="reset-heading">
      <h2 id="reset-heading">Start over</h2>
      <p>Reset clears your language, statuses, notes and own milestones. You can undo it right after.</p>
      <button type="button" className="danger" onClick={() => dialog.current?.showModal()}>
        Reset plan
      </button>
      <dialog ref={dialog} aria-labelledby="reset-dialog-heading">
        <h2 id="reset-dialog-heading">Reset your plan?</h2>
        <p>
          This clears {language ? `your ${languageName(language)} choice, ` : ''}every status and note, and your own
          milestones. Export first if you may want them back later.
        </p>
        <div className="button-row">
          <button type="button" className="secondary" onClick={onExport}>
            Export first
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              actions().resetPlan();
              dialog.current?.close();
              onReset();
            }}
          >
            Yes, reset my plan
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </section>
  );
}
