import { useCallback, useEffect, useReducer, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { languageName, languages } from '../../content/languages';
import { useFramed } from '../../components/framing';
import { LanguagePicker } from '../../components/language-picker';
import type { ReadSource } from '../../domain/plan-file';
import { SHARE_PREFIX } from '../../domain/share-link';
import { actions, usePlan } from '../../store/app-store';
import { readPlan } from '../../store/read-plan';
import { BackupsSection } from './backups-section';
import { ExportSection } from './export-section';
import { idleImport, importFlow } from './import-flow';
import { ImportSection } from './import-section';
import { PaceSection } from './pace-section';
import './plan-page.css';
import { ResetSection } from './reset-section';

/** What the shared view hands over with "Import this plan". */
export interface PlanPageState {
  readonly sharedPlan?: string;
}

export function PlanPage() {
  const framed = useFramed();
  return (
    <>
      <title>Your plan · Backend Path</title>
      <h1>Your plan</h1>
      <p className="lead">
        Your language and pace, and your plan's way in and out of this browser. Nothing leaves your device unless you
        export or share it.
      </p>
      {/* Before the script, room for the learner's own choices: nothing to click that would not answer yet. */}
      {framed ? <div className="frame-space" aria-busy="true" /> : <PlanContent />}
    </>
  );
}

function PlanContent() {
  const plan = usePlan();
  const { hash, state } = useLocation();
  const navigate = useNavigate();
  const [flow, dispatch] = useReducer(importFlow, idleImport);
  const [languageMessage, setLanguageMessage] = useState('');

  /** Any plan document, from a file, a link or a backup, opens the same preview. */
  const openImport = useCallback(
    (text: string, from: string, source: ReadSource = 'file') => {
      const result = readPlan(text, source);
      dispatch(
        result.ok ? { type: 'opened', plan: { ...result.value, from } } : { type: 'refused', error: result.error },
      );
    },
    [dispatch],
  );

  // Links made before the shared view existed (/plan#share=…) open it.
  useEffect(() => {
    if (hash.startsWith(`#${SHARE_PREFIX}`)) void navigate({ pathname: '/shared', hash }, { replace: true });
    else if (hash === '#backups') document.getElementById('backups')?.scrollIntoView();
  }, [hash, navigate]);

  const sharedPlan = (state as PlanPageState | null)?.sharedPlan;
  useEffect(() => {
    if (!sharedPlan) return;
    openImport(sharedPlan, 'the share link');
    void navigate('.', { replace: true, state: null });
  }, [sharedPlan, openImport, navigate]);

  return (
    <>
      <section className="card" aria-labelledby="language-heading">
        <h2 id="language-heading">Language</h2>
        <LanguagePicker
          languages={languages}
          value={plan.language}
          showTaglines={false}
          onChoose={(id) => {
            actions().chooseLanguage(id);
            setLanguageMessage(`${languageName(id)} is now your language. Your progress on every milestone is kept.`);
          }}
        />
        <p role="status">{languageMessage}</p>
        <p className="stat-label">
          Switching keeps everything: common milestones keep their status, and each language's track keeps its ticks for
          when you come back. <Link to="/compare">Compare the languages</Link>.
        </p>
      </section>

      <PaceSection />
      <ExportSection plan={plan} />
      <ImportSection flow={flow} dispatch={dispatch} onOpen={openImport} />
      <BackupsSection onRestore={(text, keptAt) => openImport(text, `the backup kept ${keptAt}`, 'storage')} />
      <ResetSection />
    </>
  );
}
