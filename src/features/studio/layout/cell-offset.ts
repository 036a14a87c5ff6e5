import { CSS, type Transform } from '@dnd-kit/utilities';

/**
 * A cell that stays in place gets no transform at all rather than a zero translate3d: a 3D
 * transform gives each of a section's cards its own compositing layer for the whole drag, and
 * every switch between "over a card" and "over the section" would start a transition on all of them.
 */
export function cellOffset(transform: Transform | null): string | undefined {
  if (!transform || (Math.round(transform.x) === 0 && Math.round(transform.y) === 0)) return undefined;
  return CSS.Translate.toString(transform);
}
