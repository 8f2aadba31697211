/**
 * The bench harness: the app's Map view and List view on a synthetic road of any length, and a
 * bare React list of the same length, each timed in the browser from a change to the DOM being
 * updated (flushSync), so npm run bench can print them side by side.
 */
import { memo, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { layoutRoad } from '../../../src/domain/road-layout';
import type { Milestone, MilestoneStatus } from '../../../src/domain/types';
import { stages } from '../../../src/content/stages';
import { ListView } from '../../../src/pages/roadmap/list-view';
import { MapView } from '../../../src/pages/roadmap/map-view';
import { useAppStore } from '../../../src/store/app-store';
import '../../../src/styles/tokens.css';
import '../../../src/styles/base.css';

const STAGE_IDS = stages.map((s) => s.id);

function road(length: number): Milestone[] {
  return Array.from({ length }, (_, i) => {
    const stageId = STAGE_IDS[Math.floor((i / length) * STAGE_IDS.length)] ?? 'beyond';
    return {
      id: `bench-${i}`,
      stageId,
      title: `Milestone ${i}`,
      summary: 'A milestone for the benchmark, with a summary of ordinary length to lay out.',
      kind: 'skill',
      tier: i % 3 === 0 ? 'core' : i % 3 === 1 ? 'recommended' : 'optional',
      hours: 4,
      prerequisites: i % 7 && i > 0 ? [`bench-${i - 1}`] : i > 3 ? [`bench-${i - 3}`] : [],
      resources: [],
    };
  });
}

let root: Root | null = null;
const host = document.getElementById('root') as HTMLElement;
const mount = (element: React.ReactNode) => {
  root?.unmount();
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
  root = createRoot(host);
  const start = performance.now();
  flushSync(() => root?.render(element));
  return performance.now() - start;
};
/** Resolves after the next frame has been painted: a timeout queued from requestAnimationFrame. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const time = (change: () => void) => {
  const start = performance.now();
  flushSync(change);
  return performance.now() - start;
};

let setBare: ((id: number) => void) | null = null;
const BareRow = memo(function BareRow({ index, done }: { index: number; done: boolean }) {
  return (
    <li>
      <label>
        <input type="checkbox" checked={done} onChange={() => setBare?.(index)} /> Milestone {index}
      </label>
      <select value={done ? 'done' : 'todo'} onChange={() => setBare?.(index)}>
        <option value="todo">To do</option>
        <option value="done">Done</option>
      </select>
      <p>A milestone for the benchmark, with a summary of ordinary length to lay out.</p>
    </li>
  );
});
function BareList({ length }: { length: number }) {
  const [done, setDone] = useState<ReadonlySet<number>>(new Set());
  useEffect(() => {
    setBare = (i) => setDone((d) => new Set(d).add(i));
  }, []);
  return (
    <ul>
      {Array.from({ length }, (_, i) => (
        <BareRow key={i} index={i} done={done.has(i)} />
      ))}
    </ul>
  );
}

const statuses: MilestoneStatus[] = ['done', 'learning', 'todo'];
declare global {
  interface Window {
    bench: Record<string, (length: number) => number | number[] | Promise<number[]>>;
  }
}
window.bench = {
  layout: (length) => {
    const milestones = road(length);
    const start = performance.now();
    layoutRoad(stages, milestones);
    return performance.now() - start;
  },
  // From the render to the frame being painted (style, layout and paint included), then to the
  // lines of the bands in view being painted too, then to every band being drawn (they follow
  // the first ones in background renders), with the longest task on the way.
  map: async (length) => {
    const longest = { task: 0 };
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest.task = Math.max(longest.task, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const rendered = mount(<MapView road={road(length)} />);
    longest.task = Math.max(longest.task, rendered);
    const start = performance.now();
    await nextPaint();
    const painted = rendered + performance.now() - start;
    while (!document.querySelector('.map-band .map-lines path')) await nextPaint();
    const withLines = rendered + performance.now() - start;
    while (document.querySelectorAll('[data-node-id]').length < length) await nextPaint();
    const everyBand = rendered + performance.now() - start;
    observer.disconnect();
    return [painted, withLines, everyBand, longest.task];
  },
  mapStatusChange: (ticks) =>
    Array.from({ length: ticks }, (_, i) =>
      time(() => useAppStore.getState().actions.markMilestone(`bench-${(i * 37) % 500}`, statuses[i % 3] ?? 'done')),
    ),
  list: (length) =>
    mount(
      <MemoryRouter>
        <ListView road={road(length)} onRemoved={() => undefined} />
      </MemoryRouter>,
    ),
  listRender: (ticks) => {
    // The same ticks without the save to localStorage: React's part alone.
    const save = Storage.prototype.setItem;
    Storage.prototype.setItem = () => undefined;
    try {
      return Array.from({ length: ticks }, (_, i) =>
        time(() => useAppStore.getState().actions.markMilestone(`bench-${(i * 37) % 500}`, statuses[i % 3] ?? 'done')),
      );
    } finally {
      Storage.prototype.setItem = save;
    }
  },
  listTick: (ticks) =>
    Array.from({ length: ticks }, (_, i) =>
      time(() => useAppStore.getState().actions.markMilestone(`bench-${(i * 37) % 500}`, 'done')),
    ),
  storeOnly: (ticks) => {
    root?.unmount();
    root = null;
    return Array.from({ length: ticks }, (_, i) =>
      time(() => useAppStore.getState().actions.markMilestone(`bench-${(i * 37) % 500}`, statuses[i % 3] ?? 'done')),
    );
  },
  bare: (length) => mount(<BareList length={length} />),
  bareTick: (ticks) => Array.from({ length: ticks }, (_, i) => time(() => setBare?.((i * 37) % 500))),
};
document.title = 'ready';
