/**
 * Which lines of a long child table mount their inputs: the lines on screen, a margin around them,
 * the line keyboard focus is in and its neighbours (so Tab walks on), and a line asked to show an
 * error. Every other line is a placeholder row of the same height with its line number. Plain
 * TypeScript: the table measures, this decides, the cells subscribe.
 *
 * Why not antd's `virtual` Table: it scrolls its body in a box of fixed height (a second scrollbar
 * inside the page, awkward on a phone), needs numeric widths for every column (a fixed layout was
 * several times slower here) and renders its rows as divs, so the markup of long and short tables
 * would differ. Here the table stays the same antd table scrolling with the page, every line keeps
 * its row (row count, line numbers, a row to scroll to), and only the cells' content changes.
 */

/** Tables up to this many lines mount every line, exactly as a short order always has. */
export const WINDOW_THRESHOLD = 50;
/** Lines mounted above and below the visible ones, so a scroll of a few lines mounts nothing. */
export const OVERSCAN = 8;
/** Lines mounted before the table could measure itself (server render, first frame). */
export const FIRST_WINDOW = 24;
/** Height of an antd control: a placeholder's content until a mounted line has been measured. */
const CONTROL_HEIGHT = 32;

export const isWindowed = (lineCount: number) => lineCount > WINDOW_THRESHOLD;

export type LineWindow = {
  subscribe: (listener: () => void) => () => void;
  isLive: (index: number) => boolean;
  /** Content height of a placeholder line, px: the table keeps its length and the page its scroll. */
  placeholderHeight: () => number;
  setPlaceholderHeight: (px: number) => void;
  /** The lines now on screen, first and last inclusive (last < first: none); true when the window moved. */
  showVisible: (first: number, last: number) => boolean;
  /** The line keyboard focus is in; it and its neighbours stay mounted. */
  setFocusedLine: (index: number) => void;
  /** Mounts line `index` and leaves cell `cellId` waiting for focus once it is there. */
  reveal: (index: number, cellId: string) => void;
  /** Whether `cellId` of line `index` was waiting for focus; it waits no longer. */
  takePendingFocus: (index: number, cellId: string) => boolean;
};

export function createLineWindow(): LineWindow {
  let start = 0;
  let end = FIRST_WINDOW - 1;
  let focused: number | null = null;
  let pending: { index: number; cellId: string } | null = null;
  let height = CONTROL_HEIGHT;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isLive: (index) => (index >= start && index <= end) || (focused !== null && Math.abs(index - focused) <= 1) || pending?.index === index,
    placeholderHeight: () => height,
    setPlaceholderHeight(px) {
      // Sub-pixel differences between measurements would re-render every placeholder for nothing.
      if (!(px > 0) || Math.abs(px - height) < 2) return;
      height = px;
      notify();
    },
    showVisible(first, last) {
      // Nothing on screen (the table scrolled away): what is mounted stays, ready for the way back.
      if (last < first) return false;
      // Moved only once the visible lines come near an edge: a scroll of a line or two changes nothing.
      const margin = OVERSCAN / 2;
      if ((first >= start + margin || start === 0) && last <= end - margin) return false;
      start = Math.max(0, first - OVERSCAN);
      end = last + OVERSCAN;
      notify();
      return true;
    },
    setFocusedLine(index) {
      if (index === focused) return;
      focused = index;
      notify();
    },
    reveal(index, cellId) {
      pending = { index, cellId };
      notify();
    },
    takePendingFocus(index, cellId) {
      if (pending?.index !== index || pending.cellId !== cellId) return false;
      pending = null;
      return true;
    },
  };
}

type Box = { top: number; bottom: number };

/**
 * The first and last of `count` lines, stacked down the page in order, whose boxes meet the band
 * [top, bottom): a binary search, so a scroll reads a dozen boxes, not every line's. Lines may
 * differ in height (an error message, a stock hint), which is why boxes are read, not computed.
 */
export function linesInView(count: number, box: (index: number) => Box, top: number, bottom: number): [number, number] {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (box(middle).bottom > top) high = middle;
    else low = middle + 1;
  }
  const first = low;
  high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (box(middle).top < bottom) low = middle + 1;
    else high = middle;
  }
  return [first, low - 1];
}
