'use client';

import {
  closestCorners,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardSensorOptions,
  type Over,
  type PointerSensorOptions,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useTranslations } from 'next-intl';
import { useCallback, useMemo } from 'react';
import { dataOf } from './drag-ids';
import { dropPosition, sectionPlacement } from './drop-target';
import { paletteColumns } from './layout/layout-document';
import { useLayoutNames } from './layout/use-layout-names';
import type { StudioDoc } from './studio-document';
import type { StudioAction } from './studio-reducer';

/** The pointer decides when there is one; the keyboard has none, so the nearest corners do. */
const collisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : closestCorners(args);
};

// A small distance keeps a click on a card a selection rather than a drag. Constants, so the sensors
// (and the listeners dnd-kit hands every card) stay the same from one render to the next.
const POINTER: PointerSensorOptions = { activationConstraint: { distance: 6 } };
const KEYBOARD: KeyboardSensorOptions = { coordinateGetter: sortableKeyboardCoordinates };

/** After the cell it is over when the dragged card's centre is below it, or beside it and to the right (grids). */
function isAfter(node: Active, over: Over | null): boolean {
  const dragged = node.rect.current.translated;
  if (!dragged || !over) return false;
  const dy = dragged.top + dragged.height / 2 - (over.rect.top + over.rect.height / 2);
  const dx = dragged.left + dragged.width / 2 - (over.rect.left + over.rect.width / 2);
  return Math.abs(dy) > over.rect.height / 4 ? dy > 0 : dx > 0;
}

export function useStudioDnd(doc: StudioDoc, dispatch: (action: StudioAction) => void) {
  const t = useTranslations('studio');
  const names = useLayoutNames();
  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(KeyboardSensor, KEYBOARD));

  const announcements = useMemo((): Announcements => {
    const describe = (kind: 'over' | 'drop', activeNode: Active, over: Over | null): string | undefined => {
      const dragged = dataOf(activeNode);
      const target = dataOf(over);
      // Over its own place at pick-up: the pick-up announcement says enough.
      if (kind === 'over' && over?.id === activeNode.id) return undefined;
      const isField = dragged?.kind === 'field' || dragged?.kind === 'palette';
      const nothing = !target || over?.id === activeNode.id;
      if (isField && (nothing || target.kind !== 'tab')) {
        const values = { name: names.short(doc, dragged), target: names.short(doc, target) };
        if (nothing) return t(kind === 'over' ? 'announce.overNone' : 'announce.dropNone', values);
        if (target.kind === 'section') return t(kind === 'over' ? 'announce.overSection' : 'announce.dropSection', values);
        return t(kind === 'over' ? 'announce.overField' : 'announce.dropField', values);
      }
      const values = { name: names.full(doc, dragged), target: names.full(doc, target) };
      if (nothing) return t(kind === 'over' ? 'layout.announce.overNone' : 'layout.announce.dropNone', values);
      if (target.kind === 'tab') return t(kind === 'over' ? 'layout.announce.overTab' : 'layout.announce.dropTab', { ...values, target: names.short(doc, target) });
      return t(kind === 'over' ? 'layout.announce.over' : 'layout.announce.drop', values);
    };
    return {
      onDragStart: ({ active: node }) => {
        const data = dataOf(node);
        if (data?.kind === 'field' || data?.kind === 'palette') return t(data.kind === 'palette' ? 'announce.pickUpNew' : 'announce.pickUpField', { name: names.short(doc, data) });
        return t('layout.announce.pickUp', { name: names.full(doc, data) });
      },
      onDragOver: ({ active: node, over }) => describe('over', node, over),
      onDragEnd: ({ active: node, over }) => describe('drop', node, over),
      onDragCancel: ({ active: node }) => {
        const data = dataOf(node);
        return data?.kind === 'field' || data?.kind === 'palette' ? t('announce.cancel', { name: names.short(doc, data) }) : t('layout.announce.cancel', { name: names.full(doc, data) });
      },
    };
  }, [doc, names, t]);

  const onDragEnd = useCallback(({ active: node, over }: DragEndEvent) => {
    const data = dataOf(node);
    const target = dataOf(over);
    if (!data || over?.id === node.id) return;
    if (data.kind === 'layout' && (data.item.kind === 'section' || data.item.kind === 'columns' || data.item.kind === 'tabs')) {
      const placement = sectionPlacement(doc.form, target);
      if (!placement) return;
      if (data.item.kind === 'tabs') dispatch({ type: 'addTab', placement });
      else dispatch({ type: 'addSection', columns: paletteColumns(data.item), placement });
      return;
    }
    const position = dropPosition(doc.form, data, target, isAfter(node, over));
    if (!position) return;
    if (data.kind === 'palette') dispatch({ type: 'add', fieldType: data.fieldType, ...position });
    else if (data.kind === 'layout' && (data.item.kind === 'divider' || data.item.kind === 'text')) dispatch({ type: 'addBlock', kind: data.item.kind, ...position });
    else if (data.kind === 'field') dispatch({ type: 'move', fieldId: data.fieldId, ...position });
    else if (data.kind === 'block') dispatch({ type: 'moveBlock', blockId: data.blockId, ...position });
  }, [doc.form, dispatch]);

  const instructions = t('instructions');
  // Nothing here changes while a drag lasts, and no studio state follows the drag (the overlay reads
  // it from dnd-kit): the canvas stays as it is from pick-up to drop.
  return useMemo(
    () => ({ sensors, collisionDetection, accessibility: { announcements, screenReaderInstructions: { draggable: instructions } }, onDragEnd }),
    [sensors, announcements, instructions, onDragEnd],
  );
}
