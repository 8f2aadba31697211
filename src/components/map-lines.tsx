import { useLayoutEffect, useState, type RefObject } from 'react';

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

interface MapLinesProps {
  /** The map's box: lines are drawn over it, from the nodes' places in the page. */
  container: RefObject<HTMLElement | null>;
  lines: readonly Line[];
  /** Anything that moves the nodes (the road, the window's width): draw again when it changes. */
  layoutKey: string;
}

/**
 * Prerequisite lines over the map, measured from where the nodes are drawn, so they follow the
 * nodes when a band wraps on a narrow screen. Purely visual: the lists say the same in words.
 */
export function MapLines({ container, lines, layoutKey }: MapLinesProps) {
  const [box, setBox] = useState<{ width: number; height: number; at: ReadonlyMap<string, DOMRect> } | null>(null);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = () => {
      const origin = element.getBoundingClientRect();
      const at = new Map<string, DOMRect>();
      for (const node of element.querySelectorAll<HTMLElement>('[data-node-id]')) {
        const rect = node.getBoundingClientRect();
        at.set(
          node.dataset.nodeId ?? '',
          new DOMRect(rect.left - origin.left, rect.top - origin.top, rect.width, rect.height),
        );
      }
      setBox({ width: element.scrollWidth, height: element.scrollHeight, at });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [container, layoutKey]);

  if (!box) return null;
  const path = (a: Point, b: Point) => {
    const bend = Math.max(12, (b.y - a.y) / 2);
    return `M${a.x},${a.y} C${a.x},${a.y + bend} ${b.x},${b.y - bend} ${b.x},${b.y}`;
  };
  return (
    <svg className="map-lines" width={box.width} height={box.height} aria-hidden="true" focusable="false">
      {lines.map((line) => {
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
