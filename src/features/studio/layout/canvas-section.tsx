'use client';

import { useDroppable } from '@dnd-kit/core';
import { rectSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import { Card, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { memo, useCallback, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import type { FieldDef } from '@/engine/metadata/field';
import { findBlock, type FormDef, type FormSection } from '@/engine/metadata/form';
import { useLabel } from '@/features/runtime/use-label';
import { blockDragId, fieldDragId, sectionDropId, type DragData } from '../drag-ids';
import { FieldCard } from '../field-card';
import type { StudioAction } from '../studio-reducer';
import { BlockCard } from './block-card';
import type { LayoutRef } from './layout-document';

const SELECTED = { borderColor: '#1677ff', boxShadow: '0 0 0 1px #1677ff' };

export const isSelected = (selection: LayoutRef | null, kind: LayoutRef['kind'], id: string) => selection?.kind === kind && selection.id === id;

/** Enter and Space act like a click, for headers that select a layout item. */
export function onActivate(select: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    select();
  };
}

/** The section's drop area. It follows `isOver` during a drag; its children come from above and stay put. */
function SectionDropZone({ sectionId, children }: { sectionId: string; children: ReactNode }) {
  const data = useMemo((): DragData => ({ kind: 'section', sectionId }), [sectionId]);
  const { setNodeRef, isOver } = useDroppable({ id: sectionDropId(sectionId), data });
  return (
    <div ref={setNodeRef} style={{ minHeight: 64, padding: 4, borderRadius: 6, background: isOver ? 'rgba(22,119,255,0.06)' : undefined }}>
      {children}
    </div>
  );
}

type Props = {
  section: FormSection;
  form: FormDef;
  fields: Map<string, FieldDef>;
  selected: string | null;
  selectedLayout: LayoutRef | null;
  dispatch: (action: StudioAction) => void;
};

/** A section as the form will show it: a grid of `columns` cells, blocks and child tables across the row. */
export const CanvasSection = memo(function CanvasSection({ section, form, fields, selected, selectedLayout, dispatch }: Props) {
  const t = useTranslations('studio');
  const label = useLabel();
  const cells = useMemo(() => section.fields.filter((id) => fields.has(id) || findBlock(form, id)), [section.fields, fields, form]);
  const items = useMemo(() => cells.map((id) => (fields.has(id) ? fieldDragId(id) : blockDragId(id))), [cells, fields]);
  const selectSection = () => dispatch({ type: 'selectLayout', ref: { kind: 'section', id: section.id } });
  const onSelectBlock = useCallback((blockId: string) => dispatch({ type: 'selectLayout', ref: { kind: 'block', id: blockId } }), [dispatch]);

  return (
    <Card
      size="small"
      data-testid={`studio-section-${section.id}`}
      style={isSelected(selectedLayout, 'section', section.id) ? SELECTED : undefined}
      title={
        <span role="button" tabIndex={0} onClick={selectSection} onKeyDown={onActivate(selectSection)} data-testid={`studio-section-title-${section.id}`} style={{ cursor: 'pointer' }}>
          {section.title ? label(section.title) : <Typography.Text type="secondary">{t('layout.untitledSection')}</Typography.Text>}
        </span>
      }
      extra={<Tag style={{ marginInlineEnd: 0 }}>{t('layout.columnsTag', { columns: section.columns })}</Tag>}
    >
      <SectionDropZone sectionId={section.id}>
        <SortableContext id={section.id} items={items} strategy={rectSortingStrategy}>
          <div style={{ display: 'grid', gridTemplateColumns: `repeat(${section.columns}, minmax(0, 1fr))`, gap: 8 }}>
            {cells.map((id) => {
              const field = fields.get(id);
              if (field) return <FieldCard key={id} field={field} selected={selected === id} dispatch={dispatch} />;
              return <BlockCard key={id} block={findBlock(form, id)!} selected={isSelected(selectedLayout, 'block', id)} onSelect={onSelectBlock} />;
            })}
            {cells.length === 0 && (
              <Typography.Text type="secondary" style={{ gridColumn: '1 / -1' }}>
                {t('emptySection')}
              </Typography.Text>
            )}
          </div>
        </SortableContext>
      </SectionDropZone>
    </Card>
  );
});
