'use client';

import { useLayoutEffect, type RefObject } from 'react';
import { linesInView, type LineWindow } from './child-table-window';

/** The table's line rows, in line order; rc-table's measure row and the empty row carry no key. */
const lineRows = (root: HTMLElement) => root.querySelectorAll<HTMLTableRowElement>('.ant-table-tbody > tr[data-row-key]');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/**
 * Keeps `lineWindow` on the lines the screen shows: measured on mount, on any scroll (the page or a
 * scrolling ancestor: the listener captures them all) and resize, once a frame at most. It also
 * follows the line keyboard focus is in, and learns how tall a mounted line is so that
 * placeholders match it (the page does not jump as lines mount and unmount).
 */
export function useLineWindowing(container: RefObject<HTMLElement | null>, lineWindow: LineWindow, enabled: boolean, lineCount: number): void {
  useLayoutEffect(() => {
    const root = container.current;
    if (!enabled || !root) return;
    let frame = 0;
    let cellPadding: number | null = null;

    const measure = () => {
      frame = 0;
      const rows = lineRows(root);
      const [first, last] = linesInView(rows.length, (index) => rows[index].getBoundingClientRect(), 0, window.innerHeight);
      // Lines just mounted may be taller or shorter than the placeholders measured: look again next
      // frame, once they are on the page, and learn their height then.
      if (lineWindow.showVisible(first, last)) return schedule();
      const heights: number[] = [];
      for (let index = Math.max(first, 0); index <= last && heights.length < 7; index += 1) {
        if (lineWindow.isLive(index)) heights.push(rows[index].getBoundingClientRect().height);
      }
      if (heights.length === 0) return;
      if (cellPadding === null) {
        const style = getComputedStyle(rows[first].cells[0]);
        cellPadding = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce((sum, key) => sum + (parseFloat(style[key as 'paddingTop']) || 0), 0);
      }
      lineWindow.setPlaceholderHeight(Math.round(median(heights) - cellPadding));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const followFocus = (event: FocusEvent) => {
      const row = event.target instanceof Element ? event.target.closest('tr[data-row-key]') : null;
      const index = row ? Array.prototype.indexOf.call(lineRows(root), row) : -1;
      if (index >= 0) lineWindow.setFocusedLine(index);
    };

    measure();
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    root.addEventListener('focusin', followFocus);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      root.removeEventListener('focusin', followFocus);
    };
  }, [container, lineWindow, enabled, lineCount]);
}
