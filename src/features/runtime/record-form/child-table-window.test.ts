import { describe, expect, it } from 'vitest';
import { standInFocusTarget } from './child-table-slots';
import { createLineWindow, FIRST_WINDOW, isWindowed, linesInView, OVERSCAN, WINDOW_THRESHOLD } from './child-table-window';

const live = (lineWindow: ReturnType<typeof createLineWindow>, count = 200) => Array.from({ length: count }, (_, index) => index).filter(lineWindow.isLive);

describe('window of a long child table', () => {
  it('switches on only past the threshold', () => {
    expect(isWindowed(WINDOW_THRESHOLD)).toBe(false);
    expect(isWindowed(WINDOW_THRESHOLD + 1)).toBe(true);
  });

  it('starts with the first lines and then follows the lines on screen, with a margin', () => {
    const lineWindow = createLineWindow();
    expect(live(lineWindow)).toEqual(Array.from({ length: FIRST_WINDOW }, (_, index) => index));
    lineWindow.showVisible(100, 115);
    expect(live(lineWindow)).toEqual(Array.from({ length: 16 + 2 * OVERSCAN }, (_, index) => 100 - OVERSCAN + index));
  });

  it('renders nothing anew for a scroll of a line or two, nor when the table is off screen', () => {
    const lineWindow = createLineWindow();
    lineWindow.showVisible(100, 115);
    let notified = 0;
    lineWindow.subscribe(() => (notified += 1));
    lineWindow.showVisible(102, 117);
    lineWindow.showVisible(0, -1);
    expect(notified).toBe(0);
    lineWindow.showVisible(110, 125);
    expect(notified).toBe(1);
    expect(lineWindow.isLive(125 + OVERSCAN)).toBe(true);
  });

  it('keeps the focused line and its neighbours mounted, so Tab walks on past the window', () => {
    const lineWindow = createLineWindow();
    lineWindow.setFocusedLine(FIRST_WINDOW);
    expect(lineWindow.isLive(FIRST_WINDOW + 1)).toBe(true);
    lineWindow.showVisible(150, 160);
    expect(lineWindow.isLive(FIRST_WINDOW)).toBe(true);
    expect(lineWindow.isLive(FIRST_WINDOW - 3)).toBe(false);
  });

  it('brings an off-screen line with an error back: react-hook-form’s focus mounts it, then its cell takes focus', () => {
    const lineWindow = createLineWindow();
    const focused: string[] = [];
    // Not mounted yet: focusing by id finds nothing, so the line is revealed instead.
    const target = standInFocusTarget(lineWindow, 180, 'field-qty-180', () => false);
    target.focus();
    expect(lineWindow.isLive(180)).toBe(true);
    expect(lineWindow.takePendingFocus(180, 'field-sku-180')).toBe(false);
    expect(lineWindow.takePendingFocus(180, 'field-qty-180')).toBe(true);
    expect(lineWindow.takePendingFocus(180, 'field-qty-180')).toBe(false);
    // Already mounted: focused at once.
    standInFocusTarget(lineWindow, 3, 'field-qty-3', (id) => focused.push(id) > 0).focus();
    expect(focused).toEqual(['field-qty-3']);
  });

  it('finds the lines on screen among lines of different heights', () => {
    const heights = Array.from({ length: 200 }, (_, index) => (index % 7 === 0 ? 80 : 49));
    const tops = heights.reduce<number[]>((acc, _height, index) => [...acc, index === 0 ? -3000 : acc[index - 1] + heights[index - 1]], []);
    const box = (index: number) => ({ top: tops[index], bottom: tops[index] + heights[index] });
    const [first, last] = linesInView(200, box, 0, 1000);
    expect(box(first).bottom).toBeGreaterThan(0);
    expect(box(first - 1).bottom).toBeLessThanOrEqual(0);
    expect(box(last).top).toBeLessThan(1000);
    expect(box(last + 1).top).toBeGreaterThanOrEqual(1000);
    expect(linesInView(200, box, 100_000, 101_000)).toEqual([200, 199]);
  });
});
