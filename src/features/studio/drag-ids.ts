import type { PaletteType } from './studio-document';

/** What a draggable or droppable stands for; dnd-kit ids are strings, this is their `data`. */
export type DragData = { kind: 'palette'; fieldType: PaletteType } | { kind: 'field'; fieldId: string } | { kind: 'section'; sectionId: string };

export const paletteDragId = (type: PaletteType) => `palette:${type}`;
export const fieldDragId = (fieldId: string) => `field:${fieldId}`;
export const sectionDropId = (sectionId: string) => `section:${sectionId}`;
