import { startTransition, useEffect, useState } from 'react';

// True while the page is prerendered at build time, and while the browser hydrates that HTML.
let framing = false;

/** Called by the prerender script and before hydrating: pages draw their static frame first. */
export function startFraming(): void {
  framing = true;
}

/**
 * Whether to draw only the page's static frame (headings, lead text, space kept for what comes):
 * the part that is the same for every learner, so it can be prerendered into the HTML. The
 * learner's own state replaces it in a transition right after hydration: the frame stays on
 * screen until that render is ready (a language track may still be loading), and the render is
 * time-sliced instead of one long task. Pages opened later by navigation are never framed.
 */
export function useFramed(): boolean {
  const [framed, setFramed] = useState(framing);
  useEffect(() => {
    if (!framed) return;
    framing = false;
    startTransition(() => setFramed(false));
  }, [framed]);
  return framed;
}
