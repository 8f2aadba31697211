import { useLayoutEffect, useRef, useState } from 'react';

export interface Line {
  readonly from: string;
  readonly to: string;
  /** Lines across stages, drawn only for the node in focus, look different. */
  readonly across: boolean;
  readonly lit: boolean;
}

interface Point {
  readonly x: number;
  readonly y: number;
}

interface Box {
  readonly width: number;
  readonly height: number;
  readonly at: ReadonlyMap<string, DOMRect>;
}

interface MapLinesProps {
  lines: readonly Line[];
  /** Anything that moves the nodes (the road): draw again when it changes. */
  layoutKey: string;
  /**
   * Measure only once the box comes near the screen. A band far down a long road then costs
   * nothing until it is scrolled to, so the map paints at once however long the road is.
   */
  whenVisible?: boolean;
}

function measure(element: HTMLElement, ids: ReadonlySet<string>): Box {
  const origin = element.getBoundingClientRect();
  const at = new Map<string, DOMRect>();
  for (const node of element.querySelectorAll<HTMLElement>('[data-node-id]')) {
    const id = node.dataset.nodeId ?? '';
    if (!ids.has(id)) continue;
    const rect = node.getBoundingClientRect();
    at.set(id, new DOMRect(rect.left - origin.left, rect.top - origin.top, rect.width, rect.height));
  }
  return { width: element.scrollWidth, height: element.scrollHeight, at };
}

const endsOf = (lines: readonly Line[]) => [...new Set(lines.flatMap((l) => [l.from, l.to]))].sort().join(' ');

/**
 * Prerequisite lines over the map, measured from where the nodes are drawn, so they follow the
 * nodes when a band wraps on a narrow screen. Purely visual: the lists say the same in words.
 */
export function MapLines({ lines, layoutKey, whenVisible = false }: MapLinesProps) {
  const [box, setBox] = useState<Box | null>(null);
  // The lines are drawn over the element they sit in, between the nodes drawn inside it.
  const svg = useRef<SVGSVGElement>(null);
  // The nodes to measure: a change of lit flags alone reuses the last measurement.
  const ends = endsOf(lines);

  useLayoutEffect(() => {
    const element = svg.current?.parentElement;
    if (!element || ends === '') return;
    const ids = new Set(ends.split(' '));
    const draw = () => setBox(measure(element, ids));
    const canWait = typeof IntersectionObserver !== 'undefined' && typeof ResizeObserver !== 'undefined';
    if (!canWait) {
      draw();
      return;
    }
    // Redraw when the box changes size (a band wrapping on a narrow screen), but only while
    // it has been seen: the first callback of each observer comes with the next frame.
    const resized = new ResizeObserver(draw);
    if (!whenVisible) {
      draw();
      resized.observe(element);
      return () => resized.disconnect();
    }
    const seen = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        seen.disconnect();
        resized.observe(element);
      },
      { rootMargin: '50% 0px' },
    );
    seen.observe(element);
    return () => {
      seen.disconnect();
      resized.disconnect();
    };
  }, [layoutKey, ends, whenVisible]);

  const drawn = box && lines.length > 0;
  const path = (a: Point, b: Point) => {
    const bend = Math.max(12, (b.y - a.y) / 2);
    return `M${a.x},${a.y} C${a.x},${a.y + bend} ${b.x},${b.y - bend} ${b.x},${b.y}`;
  };
  return (
    <svg
      ref={svg}
      className="map-lines"
      width={drawn ? box.width : 0}
      height={drawn ? box.height : 0}
      aria-hidden="true"
      focusable="false"
    >
      {drawn &&
        lines.map((line) => {
          const from = box.at.get(line.from);
          const to = box.at.get(line.to);
          if (!from || !to) return null;
          const start = { x: from.x + from.width / 2, y: from.y + from.height };
          const end = { x: to.x + to.width / 2, y: to.y };
          return (
            <path
              key={`${line.from}>${line.to}`}
              className={`map-line${line.across ? ' map-line--across' : ''}${line.lit ? ' map-line--lit' : ''}`}
              d={path(start, end)}
            />
          );
        })}
    </svg>
  );
}
