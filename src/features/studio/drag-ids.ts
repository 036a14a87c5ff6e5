import type { Active, Over } from '@dnd-kit/core';
import type { LayoutPaletteItem } from './layout/layout-document';
import type { PaletteType } from './studio-document';

/** What a draggable or droppable stands for; dnd-kit ids are strings, this is their `data`. */
export type DragData =
  | { kind: 'palette'; fieldType: PaletteType }
  | { kind: 'layout'; item: LayoutPaletteItem }
  | { kind: 'field'; fieldId: string }
  | { kind: 'block'; blockId: string }
  | { kind: 'section'; sectionId: string }
  | { kind: 'tab'; tabId: string };

/** The DragData a dnd-kit draggable or droppable was given. */
export const dataOf = (node: Active | Over | null) => node?.data.current as DragData | undefined;

export const paletteDragId = (type: PaletteType) => `palette:${type}`;
export const layoutPaletteName = (item: LayoutPaletteItem) => (item.kind === 'columns' ? `columns-${item.columns}` : item.kind);
export const layoutDragId = (item: LayoutPaletteItem) => `layout:${layoutPaletteName(item)}`;
export const fieldDragId = (fieldId: string) => `field:${fieldId}`;
export const blockDragId = (blockId: string) => `block:${blockId}`;
export const sectionDropId = (sectionId: string) => `section:${sectionId}`;
export const tabDropId = (tabId: string) => `tab:${tabId}`;

/** The section cell a drag item occupies (a field or a block), if it is one. */
export function cellIdOf(data: DragData | undefined): string | undefined {
  if (data?.kind === 'field') return data.fieldId;
  if (data?.kind === 'block') return data.blockId;
  return undefined;
}
