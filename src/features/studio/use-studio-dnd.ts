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
  type Over,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { useLabel } from '@/features/runtime/use-label';
import type { DragData } from './drag-ids';
import { dropPosition } from './drop-target';
import type { StudioDoc } from './studio-document';
import type { StudioAction } from './studio-reducer';

/** The pointer decides when there is one; the keyboard has none, so the nearest corners do. */
const collisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : closestCorners(args);
};

const dataOf = (node: Active | Over | null) => node?.data.current as DragData | undefined;

export function useStudioDnd(doc: StudioDoc, dispatch: (action: StudioAction) => void) {
  const t = useTranslations('studio');
  const label = useLabel();
  const [active, setActive] = useState<DragData | null>(null);
  // A small distance keeps a click on a card a selection rather than a drag.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const announcements = useMemo((): Announcements => {
    const name = (data: DragData | undefined): string => {
      if (data?.kind === 'palette') return t(`types.${data.fieldType}`);
      if (data?.kind === 'field') {
        const field = doc.entity.fields.find((candidate) => candidate.id === data.fieldId);
        return field ? label(field.label) : '';
      }
      if (data?.kind === 'section') {
        const section = doc.form.sections.find((candidate) => candidate.id === data.sectionId);
        return section?.title ? label(section.title) : (section?.id ?? '');
      }
      return '';
    };
    const describe = (kind: 'over' | 'drop', activeNode: Active, over: Over | null): string | undefined => {
      const target = dataOf(over);
      const values = { name: name(dataOf(activeNode)), target: name(target) };
      // Over its own place at pick-up: the pick-up announcement says enough.
      if (kind === 'over' && over?.id === activeNode.id) return undefined;
      if (!target || over?.id === activeNode.id) return t(kind === 'over' ? 'announce.overNone' : 'announce.dropNone', values);
      if (target.kind === 'section') return t(kind === 'over' ? 'announce.overSection' : 'announce.dropSection', values);
      return t(kind === 'over' ? 'announce.overField' : 'announce.dropField', values);
    };
    return {
      onDragStart: ({ active: node }) => {
        const data = dataOf(node);
        return t(data?.kind === 'palette' ? 'announce.pickUpNew' : 'announce.pickUpField', { name: name(data) });
      },
      onDragOver: ({ active: node, over }) => describe('over', node, over),
      onDragEnd: ({ active: node, over }) => describe('drop', node, over),
      onDragCancel: ({ active: node }) => t('announce.cancel', { name: name(dataOf(node)) }),
    };
  }, [doc, label, t]);

  function onDragEnd({ active: node, over }: DragEndEvent) {
    setActive(null);
    const data = dataOf(node);
    const target = dataOf(over);
    if (!data || (data.kind === 'field' && target?.kind === 'field' && target.fieldId === data.fieldId)) return;
    const dragged = node.rect.current.translated;
    const below = Boolean(dragged && over && dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2);
    const position = dropPosition(doc.form, data, target, below);
    if (!position) return;
    if (data.kind === 'palette') dispatch({ type: 'add', fieldType: data.fieldType, ...position });
    else if (data.kind === 'field') dispatch({ type: 'move', fieldId: data.fieldId, ...position });
  }

  return {
    active,
    contextProps: {
      sensors,
      collisionDetection,
      accessibility: { announcements, screenReaderInstructions: { draggable: t('instructions') } },
      onDragStart: ({ active: node }: { active: Active }) => setActive(dataOf(node) ?? null),
      onDragCancel: () => setActive(null),
      onDragEnd,
    },
  };
}
