import { lazy, Suspense, useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AddMilestoneForm } from '../../components/add-milestone-form';
import { useFramed } from '../../components/framing';
import { languageName } from '../../content/languages';
import { stages } from '../../content/stages';
import { actions, useLanguage } from '../../store/app-store';
import type { RemovedOwnMilestone } from '../../store/create-app-store';
import { useRoad } from '../use-road';
import { ListView } from './list-view';
import './roadmap-page.css';

// The map is a chunk of its own: the list does not wait for it, and it waits for nothing else.
const MapView = lazy(() => import('./map-view').then((m) => ({ default: m.MapView })));

type View = 'list' | 'map';

export function RoadmapPage() {
  const framed = useFramed();
  return (
    <>
      <h1>Roadmap</h1>
      <p className="lead">
        Every milestone from the web&rsquo;s foundations to shipping, prerequisites first. Hours are Backend
        Path&rsquo;s own guidance for a beginner, not a rule: your pace is yours.
      </p>
      {framed ? <RoadmapFrame /> : <Road />}
    </>
  );
}

/** Before the script: the stages' headings, with room kept for the learner's own road. */
function RoadmapFrame() {
  return (
    <div className="road-frame" aria-busy="true">
      <title>Roadmap · Backend Path</title>
      <p className="road-language frame-line" />
      {stages.map((stage) => (
        <div key={stage.id} className="stage">
          <div className="stage__header">
            <h2>{stage.title}</h2>
          </div>
        </div>
      ))}
    </div>
  );
}

function Road() {
  const language = useLanguage();
  const road = useRoad();
  const [params] = useSearchParams();
  const view: View = params.get('view') === 'map' ? 'map' : 'list';
  const [removed, setRemoved] = useState<RemovedOwnMilestone | null>(null);
  const [added, setAdded] = useState<{ id: string; title: string; stage: string } | null>(null);
  const onRemoved = useCallback((r: RemovedOwnMilestone) => setRemoved(r), []);

  return (
    <>
      <title>{view === 'map' ? 'Roadmap map · Backend Path' : 'Roadmap · Backend Path'}</title>
      <p className="road-language">
        {language ? (
          <>
            Your road with <strong>{languageName(language)}</strong>. <Link to="/plan">Change language</Link> at any
            time: your progress stays.
          </>
        ) : (
          <>
            Showing the milestones every backend developer needs. <Link to="/">Choose a server language</Link> to add
            its track.
          </>
        )}
      </p>
      <div className="view-bar no-print">
        <nav aria-label="Roadmap view" className="view-switch">
          <Link to="?view=list" aria-current={view === 'list' ? 'page' : undefined} replace>
            List
          </Link>
          <Link to="?view=map" aria-current={view === 'map' ? 'page' : undefined} replace>
            Map
          </Link>
        </nav>
        <p className="stat-label keyboard-hint">
          Keyboard: on a milestone's Status press <kbd>D</kbd> done, <kbd>L</kbd> learning, <kbd>S</kbd> skipped or{' '}
          <kbd>T</kbd> to do.
          {view === 'map' && ' On the map, arrow keys move between milestones and Enter opens one.'}
        </p>
      </div>
      {view === 'map' ? (
        <Suspense
          fallback={
            <p role="status" className="frame-space">
              Drawing the map…
            </p>
          }
        >
          <MapView road={road} />
        </Suspense>
      ) : (
        <>
          <ListView road={road} onRemoved={onRemoved} />
          <AddMilestoneForm
            stages={stages}
            onAdd={(milestone) => {
              const result = actions().addOwnMilestone(milestone);
              if (result.ok) {
                const stage = stages.find((s) => s.id === milestone.stageId)?.title ?? '';
                setAdded({ id: result.value, title: milestone.title, stage });
              }
              return result;
            }}
            confirmation={
              added && (
                <>
                  Added “{added.title}” to {added.stage}.{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      const card = document.getElementById(`milestone-${added.id}`);
                      card?.scrollIntoView({ block: 'center' });
                      card?.querySelector('select')?.focus({ preventScroll: true });
                    }}
                  >
                    Show it
                  </button>
                </>
              )
            }
          />
        </>
      )}
      {removed && (
        <div className="toast" role="status">
          <span>Removed “{removed.milestone.title}”.</span>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              actions().undoRemoveOwnMilestone(removed);
              setRemoved(null);
            }}
          >
            Undo
          </button>
          <button type="button" className="secondary" aria-label="Dismiss" onClick={() => setRemoved(null)}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
