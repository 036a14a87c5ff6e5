'use client';

import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Button, Card, Flex, List, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { FieldDef } from '@/engine/metadata/field';
import type { FormSection } from '@/engine/metadata/form';
import { useLabel } from '@/features/runtime/use-label';
import { fieldDragId, sectionDropId, type DragData } from './drag-ids';
import { FieldCard } from './field-card';
import type { StudioDoc } from './studio-document';

type SectionProps = { section: FormSection; fields: Map<string, FieldDef>; selected: string | null; onSelect: (fieldId: string) => void };

function SectionDrop({ section, fields, selected, onSelect }: SectionProps) {
  const t = useTranslations('studio');
  const label = useLabel();
  const data: DragData = { kind: 'section', sectionId: section.id };
  const { setNodeRef, isOver } = useDroppable({ id: sectionDropId(section.id), data });
  const shown = section.fields.filter((id) => fields.has(id));
  return (
    <Card size="small" title={section.title ? label(section.title) : section.id} data-testid={`studio-section-${section.id}`}>
      <div ref={setNodeRef} style={{ minHeight: 64, padding: 4, borderRadius: 6, background: isOver ? 'rgba(22,119,255,0.06)' : undefined }}>
        <SortableContext id={section.id} items={shown.map(fieldDragId)} strategy={verticalListSortingStrategy}>
          <Flex vertical gap={8}>
            {shown.map((id) => (
              <FieldCard key={id} field={fields.get(id)!} selected={selected === id} onSelect={onSelect} />
            ))}
            {shown.length === 0 && <Typography.Text type="secondary">{t('emptySection')}</Typography.Text>}
          </Flex>
        </SortableContext>
      </div>
    </Card>
  );
}

type Props = { doc: StudioDoc; selected: string | null; onSelect: (fieldId: string) => void; onRestore: (fieldId: string) => void };

export function StudioCanvas({ doc, selected, onSelect, onRestore }: Props) {
  const t = useTranslations('studio');
  const label = useLabel();
  const active = new Map(doc.entity.fields.filter((field) => !field.removed).map((field) => [field.id, field]));
  const hidden = doc.entity.fields.filter((field) => field.removed);
  return (
    <Flex vertical gap={12}>
      {doc.form.sections.map((section) => (
        <SectionDrop key={section.id} section={section} fields={active} selected={selected} onSelect={onSelect} />
      ))}
      {hidden.length > 0 && (
        <Card size="small" title={t('hiddenFields')} data-testid="studio-hidden-fields">
          <List
            size="small"
            dataSource={hidden}
            renderItem={(field) => (
              <List.Item actions={[<Button key="restore" size="small" onClick={() => onRestore(field.id)} data-testid={`studio-restore-${field.id}`}>{t('restore')}</Button>]}>
                <Typography.Text type="secondary">{label(field.label)}</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      )}
    </Flex>
  );
}
