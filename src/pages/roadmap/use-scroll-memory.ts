import { useEffect, useRef, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';

const keyOf = (entry: string) => `backend-path:scroll:${entry}`;

function read(entry: string): number | null {
  try {
    const value = sessionStorage.getItem(keyOf(entry));
    return value === null ? null : Number(value);
  } catch {
    return null;
  }
}

function write(entry: string, y: number): void {
  try {
    sessionStorage.setItem(keyOf(entry), String(Math.round(y)));
  } catch {
    // Storage turned off: the page simply opens at its start.
  }
}

/**
 * Keeps a long page's place: where the learner was is remembered per history entry, and going
 * Back or Forward to it scrolls there once the page is `ready` (fully drawn). Returns whether it
 * did (read it in an effect), so the page can otherwise open where it likes (the current stage).
 */
export function useScrollMemory(ready: boolean): RefObject<{ done: boolean; restored: boolean }> {
  const { key } = useLocation();
  const navigation = useNavigationType();
  const state = useRef({ done: false, restored: false });

  useEffect(() => {
    // Once the address has moved on, this page may still be on screen for a moment while the
    // next one loads: whatever scrolls then is not this page's place.
    const here = window.location.href;
    let frame = 0;
    const save = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (window.location.href === here) write(key, window.scrollY);
      });
    };
    window.addEventListener('scroll', save, { passive: true });
    return () => {
      window.removeEventListener('scroll', save);
      cancelAnimationFrame(frame);
    };
  }, [key]);

  useEffect(() => {
    if (!ready || state.current.done) return;
    state.current.done = true;
    const y = navigation === 'POP' ? read(key) : null;
    if (y !== null && y > 0) {
      window.scrollTo(0, y);
      state.current.restored = true;
    }
  }, [ready, key, navigation]);

  return state;
}
