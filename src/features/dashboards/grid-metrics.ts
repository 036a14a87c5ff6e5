import { GRID_COLUMNS, type GridPosition } from '@/engine/dashboard';

/** One grid row in pixels, and the gap between cells; the designer's grid uses the same. */
export const GRID_ROW_HEIGHT = 36;
export const GRID_GAP = 12;

/** CSS grid placement for a widget's cell (the definition counts from 0, CSS lines from 1). */
export function gridArea(position: GridPosition): { gridColumn: string; gridRow: string } {
  const w = Math.min(position.w, GRID_COLUMNS - position.x);
  return { gridColumn: `${position.x + 1} / span ${w}`, gridRow: `${position.y + 1} / span ${position.h}` };
}

/** A widget's height when widgets stack in one column on a phone. */
export function stackedHeight(position: GridPosition): number {
  return position.h * GRID_ROW_HEIGHT + (position.h - 1) * GRID_GAP;
}

/** Reading order on a phone: top to bottom, then left to right. */
export function readingOrder<T extends { position: GridPosition }>(widgets: T[]): T[] {
  return [...widgets].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
}
