'use client';

import { useSortable } from '@dnd-kit/sortable';
import { useEffect, type CSSProperties, type ReactNode } from 'react';
import type { DragData } from '../drag-ids';
import { cellOffset } from './cell-offset';

const CELL_TRANSITION_EVENTS = ['transitionrun', 'transitionstart', 'transitionend', 'transitioncancel'] as const;

function stopCellTransitionEvent(event: Event) {
  if (event.target instanceof HTMLElement && event.target.dataset.studioCell !== undefined) event.stopPropagation();
}

/**
 * React listens at the document for every event type, so each CSS transition of a sliding card
 * (dozens per step of a drag over a long section) would cost a dispatch through the component
 * tree. Nothing listens to the cards' own transitions: they are stopped at the window, before
 * the document sees them. Events of anything inside a card still pass.
 */
export function useQuietCellTransitions() {
  useEffect(() => {
    for (const type of CELL_TRANSITION_EVENTS) window.addEventListener(type, stopCellTransitionEvent, true);
    return () => {
      for (const type of CELL_TRANSITION_EVENTS) window.removeEventListener(type, stopCellTransitionEvent, true);
    };
  }, []);
}

type Props = {
  dragId: string;
  /** Kept stable by the caller: dnd-kit hands it back as the drag's data. */
  data: DragData;
  testId: string;
  /** Where the cell sits in the section's grid. */
  placement: CSSProperties;
  onSelect: () => void;
  children: ReactNode;
};

/**
 * The draggable shell of a canvas cell. dnd-kit re-renders every sortable of a section whenever
 * the drag moves over another cell; only this shell follows, while `children` (the card, built by
 * a parent that does not re-render during a drag) is left alone by React.
 */
export function SortableCell({ dragId, data, testId, placement, onSelect, children }: Props) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: dragId, data });
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      data-testid={testId}
      data-studio-cell=""
      onClick={onSelect}
      onFocus={onSelect}
      style={{ transform: cellOffset(transform), transition, opacity: isDragging ? 0.4 : 1, cursor: 'grab', touchAction: 'none', ...placement }}
    >
      {children}
    </div>
  );
}
