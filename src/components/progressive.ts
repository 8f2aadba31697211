import { startTransition, useCallback, useEffect, useRef, useState } from 'react';

/**
 * How many of a long page's `total` parts (the roadmap's stages, the map's bands) to draw: the
 * first `first` at once, then one more each time the browser is idle, each in a background
 * render. A returning learner's 135 milestones (or a road of 1,000) then cost a few short tasks
 * instead of one long one that holds the page still, and what is on screen paints first.
 * A browser that cannot say when it is idle (no requestIdleCallback) draws every part at once.
 * `drawAll(then)` is for the learner who goes further before the rest has come (a jump to a
 * stage): it draws everything, then runs `then`.
 */
export function useDrawnProgressively(
  total: number,
  first: () => number,
): [drawn: number, drawAll: (then: () => void) => void] {
  // Once everything is drawn (Infinity), it stays so when the total grows (a milestone added).
  const [drawn, setDrawn] = useState(() => (typeof requestIdleCallback === 'function' ? first() : Infinity));
  const whenAllDrawn = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (drawn >= total) {
      const then = whenAllDrawn.current;
      whenAllDrawn.current = null;
      then?.();
      return;
    }
    // The timeout keeps the road coming on a page that is never idle.
    const id = requestIdleCallback(() => startTransition(() => setDrawn((n) => (n + 1 >= total ? Infinity : n + 1))), {
      timeout: 200,
    });
    return () => cancelIdleCallback(id);
  }, [drawn, total]);
  const drawAll = useCallback((then: () => void) => {
    whenAllDrawn.current = then;
    setDrawn(Infinity);
  }, []);
  return [Math.min(drawn, total), drawAll];
}
