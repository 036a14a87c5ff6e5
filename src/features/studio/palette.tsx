'use client';

import { useDraggable } from '@dnd-kit/core';
import { Card, Flex, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useMemo, type ReactNode } from 'react';
import { layoutDragId, layoutPaletteName, paletteDragId, type DragData } from './drag-ids';
import { LAYOUT_PALETTE, type LayoutPaletteItem } from './layout/layout-document';
import { useLayoutNames } from './layout/use-layout-names';
import { PALETTE_TYPES } from './studio-document';

/** Re-rendered by dnd-kit whenever a drag starts, ends or moves over another cell; its card is not. */
function PaletteItem({ id, data, testId, children }: { id: string; data: DragData; testId: string; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id, data });
  const card = useMemo(() => <Card size="small">{children}</Card>, [children]);
  return (
    <div ref={setNodeRef} {...attributes} {...listeners} data-testid={testId} style={{ cursor: 'grab', opacity: isDragging ? 0.5 : 1, touchAction: 'none' }}>
      {card}
    </div>
  );
}

function LayoutItem({ item }: { item: LayoutPaletteItem }) {
  const names = useLayoutNames();
  return (
    <PaletteItem id={layoutDragId(item)} data={{ kind: 'layout', item }} testId={`palette-layout-${layoutPaletteName(item)}`}>
      {names.item(item)}
    </PaletteItem>
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
        <PaletteItem key={type} id={paletteDragId(type)} data={{ kind: 'palette', fieldType: type }} testId={`palette-${type}`}>
          {t(`types.${type}`)}
        </PaletteItem>
      ))}
      <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
        {t('layout.palette')}
      </Typography.Title>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 8 }}>
        {LAYOUT_PALETTE.map((item) => (
          <LayoutItem key={layoutPaletteName(item)} item={item} />
        ))}
      </div>
    </Flex>
  );
}
