'use client';

import { useDraggable } from '@dnd-kit/core';
import { Card, Flex, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { paletteDragId, type DragData } from './drag-ids';
import { PALETTE_TYPES, type PaletteType } from './studio-document';

function PaletteItem({ type }: { type: PaletteType }) {
  const t = useTranslations('studio.types');
  const data: DragData = { kind: 'palette', fieldType: type };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: paletteDragId(type), data });
  return (
    <div ref={setNodeRef} {...attributes} {...listeners} data-testid={`palette-${type}`} style={{ cursor: 'grab', opacity: isDragging ? 0.5 : 1, touchAction: 'none' }}>
      <Card size="small">{t(type)}</Card>
    </div>
  );
}

export function Palette() {
  const t = useTranslations('studio');
  return (
    <Flex vertical gap={8} data-testid="studio-palette">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('palette')}
      </Typography.Title>
      {PALETTE_TYPES.map((type) => (
        <PaletteItem key={type} type={type} />
      ))}
    </Flex>
  );
}
