'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { findBlock, type FormBlock } from '@/engine/metadata/form';
import { useLabel } from '@/features/runtime/use-label';
import type { DragData } from '../drag-ids';
import type { StudioDoc } from '../studio-document';
import type { LayoutPaletteItem } from './layout-document';

const EXCERPT = 24;

/**
 * What the designer and screen readers call things: `short` is the bare label (as in "field
 * {name}"), `full` says what kind of thing it is ("divider Payment", "a new 3-column section").
 */
export function useLayoutNames() {
  const t = useTranslations('studio');
  const label = useLabel();
  return useMemo(() => {
    const item = (palette: LayoutPaletteItem) => (palette.kind === 'columns' ? t('layout.items.columns', { columns: palette.columns }) : t(`layout.items.${palette.kind}`));
    const block = (value: FormBlock) => {
      if (value.kind === 'divider') return value.title ? t('layout.dividerNamed', { title: label(value.title) }) : t('layout.items.divider');
      const text = label(value.text);
      return t('layout.textNamed', { text: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text });
    };
    const short = (doc: StudioDoc, data: DragData | undefined): string => {
      switch (data?.kind) {
        case 'palette':
          return t(`types.${data.fieldType}`);
        case 'layout':
          return item(data.item);
        case 'field': {
          const field = doc.entity.fields.find((candidate) => candidate.id === data.fieldId);
          return field ? label(field.label) : '';
        }
        case 'block': {
          const found = findBlock(doc.form, data.blockId);
          return found ? block(found) : '';
        }
        case 'section': {
          const section = doc.form.sections.find((candidate) => candidate.id === data.sectionId);
          return section?.title ? label(section.title) : (section?.id ?? '');
        }
        case 'tab': {
          const tab = doc.form.tabs?.find((candidate) => candidate.id === data.tabId);
          return tab ? label(tab.title) : '';
        }
        default:
          return '';
      }
    };
    const full = (doc: StudioDoc, data: DragData | undefined): string => {
      const name = short(doc, data);
      switch (data?.kind) {
        case 'palette':
          return t('layout.newField', { name });
        case 'layout':
          return t('layout.newItem', { name });
        case 'field':
          return t('layout.fieldName', { name });
        case 'section':
          return t('section', { name });
        case 'tab':
          return t('layout.tabName', { name });
        default:
          return name;
      }
    };
    return { item, block, short, full };
  }, [label, t]);
}
