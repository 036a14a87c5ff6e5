'use client';

import { useDroppable } from '@dnd-kit/core';
import { Flex, Tabs, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { memo, useMemo, useState } from 'react';
import type { FieldDef } from '@/engine/metadata/field';
import type { FormDef, FormSection, FormTab } from '@/engine/metadata/form';
import { useLabel } from '@/features/runtime/use-label';
import { tabDropId, type DragData } from '../drag-ids';
import type { StudioAction } from '../studio-reducer';
import { CanvasSection, isSelected } from './canvas-section';
import { tabOf, type LayoutRef } from './layout-document';

/** A tab title is a drop target too: fields dropped on it go to the end of the tab. */
function TabHeader({ tab, selected }: { tab: FormTab; selected: boolean }) {
  const label = useLabel();
  const data = useMemo((): DragData => ({ kind: 'tab', tabId: tab.id }), [tab.id]);
  const { setNodeRef, isOver } = useDroppable({ id: tabDropId(tab.id), data });
  return (
    <span
      ref={setNodeRef}
      data-testid={`studio-tab-${tab.id}`}
      style={{ display: 'inline-block', padding: '0 4px', borderRadius: 4, background: isOver ? 'rgba(22,119,255,0.12)' : undefined, outline: selected ? '1px solid #1677ff' : undefined }}
    >
      {label(tab.title)}
    </span>
  );
}

type Props = {
  groups: Array<{ tab: FormTab; sections: FormSection[] }>;
  form: FormDef;
  fields: Map<string, FieldDef>;
  selected: string | null;
  selectedLayout: LayoutRef | null;
  dispatch: (action: StudioAction) => void;
};

/**
 * Only the open tab's sections are mounted (`destroyOnHidden`), so drag and drop never measures a
 * hidden pane. The open tab follows the selection: a field added, moved or copied into another tab
 * brings that tab to the front.
 */
export const CanvasTabs = memo(function CanvasTabs({ groups, form, fields, selected, selectedLayout, dispatch }: Props) {
  const t = useTranslations('studio.layout');
  const selectionTab = tabOf(form, selectedLayout ?? { kind: 'cell', id: selected ?? '' });
  const [activeKey, setActiveKey] = useState(groups[0]?.tab.id);
  const [followed, setFollowed] = useState<string | undefined>(undefined);
  if (selectionTab !== followed) {
    setFollowed(selectionTab);
    if (selectionTab) setActiveKey(selectionTab);
  }
  const current = groups.some((group) => group.tab.id === activeKey) ? activeKey : groups[0]?.tab.id;

  return (
    <div data-testid="studio-tabs" style={{ border: '1px solid rgba(5,5,5,0.06)', borderRadius: 8, padding: '4px 12px 12px' }}>
      <Tabs
        activeKey={current}
        destroyOnHidden
        onChange={setActiveKey}
        onTabClick={(key) => dispatch({ type: 'selectLayout', ref: { kind: 'tab', id: key } })}
        items={groups.map(({ tab, sections }) => ({
          key: tab.id,
          label: <TabHeader tab={tab} selected={isSelected(selectedLayout, 'tab', tab.id)} />,
          children: (
            <Flex vertical gap={12}>
              {sections.map((section) => (
                <CanvasSection key={section.id} section={section} form={form} fields={fields} selected={selected} selectedLayout={selectedLayout} dispatch={dispatch} />
              ))}
              {sections.length === 0 && <Typography.Text type="secondary">{t('emptyTab')}</Typography.Text>}
            </Flex>
          ),
        }))}
      />
    </div>
  );
});
