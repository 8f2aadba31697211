import { useId, useState } from 'react';
import { languageName } from '../../content/languages';
import { stages } from '../../content/stages';
import { loadTrack } from '../../content/tracks';
import { downloadText } from '../../components/download';
import { planToMarkdown } from '../../domain/markdown';
import { planFileName, serializePlanDocument } from '../../domain/plan-document';
import type { Plan } from '../../domain/plan-schema';
import { buildRoad } from '../../domain/roadmap';
import { encodeShareFragment, MAX_SHARE_URL_LENGTH } from '../../domain/share-link';
import { nowIso, todayIso } from '../../store/app-store';

/** Export, Markdown and share: each confirmation shows right under the buttons that made it. */
export function ExportSection({ plan }: { plan: Plan }) {
  const [message, setMessage] = useState('');
  const [fallbackLink, setFallbackLink] = useState('');
  const linkId = useId();

  const exportPlan = () => {
    downloadText(planFileName(todayIso()), serializePlanDocument(plan, nowIso()));
    setMessage('Your plan file is in your downloads.');
  };

  const downloadMarkdown = async () => {
    // The roadmap content is loaded for this download only.
    const { commonMilestones } = await import('../../content/milestones-common');
    const track = plan.language ? await loadTrack(plan.language) : [];
    const road = buildRoad(stages, commonMilestones, track, plan.custom);
    const language = plan.language ? languageName(plan.language) : null;
    downloadText(
      `backend-path-checklist-${todayIso()}.md`,
      planToMarkdown(stages, road, plan, language, todayIso()),
      'text/markdown',
    );
    setMessage('Your checklist is in your downloads.');
  };

  const share = async () => {
    const url = `${window.location.origin}${import.meta.env.BASE_URL}plan#${await encodeShareFragment(plan)}`;
    setFallbackLink('');
    if (url.length > MAX_SHARE_URL_LENGTH) {
      setMessage(
        `This plan makes a link of ${url.length.toLocaleString()} characters, too long for many apps (over ${MAX_SHARE_URL_LENGTH.toLocaleString()}). Use “Export plan” and send the file instead.`,
      );
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Share link copied. Whoever opens it sees your plan and can import it; nothing is sent to a server.');
    } catch {
      setFallbackLink(url);
      setMessage('Your browser did not allow copying: copy the link from the field below.');
    }
  };

  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">Export and share</h2>
      <p>
        The plan file holds your language, pace, every status and note, and your own milestones. Import it on any
        machine. Its format is published as a <a href={`${import.meta.env.BASE_URL}plan.schema.json`}>JSON Schema</a>.
      </p>
      <div className="button-row">
        <button type="button" onClick={exportPlan}>
          Export plan
        </button>
        <button type="button" className="secondary" onClick={() => void downloadMarkdown()}>
          Download as Markdown
        </button>
        <button type="button" className="secondary" onClick={() => void share()}>
          Copy share link
        </button>
      </div>
      <p role="status" className="confirmation">
        {message}
      </p>
      {fallbackLink && (
        <div className="field">
          <label htmlFor={linkId}>Share link</label>
          <input id={linkId} readOnly value={fallbackLink} onFocus={(event) => event.target.select()} />
        </div>
      )}
    </section>
  );
}
