'use client';

import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Popconfirm, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { findBlock, type FormBlock, type FormSection, type FormTab } from '@/engine/metadata/form';
import { useLabel } from '@/features/runtime/use-label';
import type { StudioDoc } from '../studio-document';
import type { StudioAction } from '../studio-reducer';
import { heirOf, tabHeirOf, type LayoutRef, type SectionColumns } from './layout-document';
import { LabelInputs } from './label-inputs';
import { useLayoutNames } from './use-layout-names';

type Dispatch = (action: StudioAction) => void;
const COLUMNS: SectionColumns[] = [1, 2, 3, 4];

function DeleteButton({ name, detail, disabled, onConfirm }: { name: string; detail: string; disabled?: boolean; onConfirm: () => void }) {
  const t = useTranslations('studio.layout');
  return (
    <Flex justify="end">
      <Popconfirm
        title={t('deleteConfirm', { name })}
        description={<Typography.Text type="secondary">{detail}</Typography.Text>}
        okButtonProps={{ danger: true, 'data-testid': 'layout-delete-confirm' }}
        onConfirm={onConfirm}
        disabled={disabled}
      >
        <Button danger icon={<DeleteOutlined />} disabled={disabled} data-testid="layout-delete">
          {t('delete')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}

function SectionProperties({ doc, section, dispatch }: { doc: StudioDoc; section: FormSection; dispatch: Dispatch }) {
  const t = useTranslations('studio');
  const label = useLabel();
  const heir = heirOf(doc.form, section.id);
  const tabs = doc.form.tabs ?? [];
  const name = section.title ? label(section.title) : t('layout.untitledSection');
  const heirName = heir?.section.title ? label(heir.section.title) : (heir?.section.id ?? '');
  const update = (patch: Partial<FormSection>, coalesceKey?: string) => dispatch({ type: 'updateSection', sectionId: section.id, patch, coalesceKey });
  return (
    <>
      <LabelInputs
        name="layout-title"
        value={section.title}
        labels={{ zh: t('layout.titleZh'), en: t('layout.titleEn') }}
        onChange={(title, part) => update({ title }, `section:${section.id}:title:${part}`)}
      />
      <Form.Item label={t('layout.columns')}>
        <Segmented<SectionColumns> data-testid="layout-columns" options={COLUMNS.map((columns) => ({ value: columns, label: String(columns) }))} value={section.columns as SectionColumns} onChange={(columns) => update({ columns })} />
      </Form.Item>
      {tabs.length > 0 && (
        <Form.Item label={t('layout.tab')} htmlFor="layout-tab">
          <Select
            id="layout-tab"
            data-testid="layout-tab"
            value={section.tab ?? ''}
            options={[{ value: '', label: t('layout.noTab') }, ...tabs.map((tab) => ({ value: tab.id, label: label(tab.title) }))]}
            onChange={(tab: string) => update({ tab: tab || undefined })}
          />
        </Form.Item>
      )}
      <Form.Item>
        <Space>
          <Button icon={<ArrowUpOutlined />} onClick={() => dispatch({ type: 'moveSection', sectionId: section.id, offset: -1 })} data-testid="layout-move-up">
            {t('layout.moveUp')}
          </Button>
          <Button icon={<ArrowDownOutlined />} onClick={() => dispatch({ type: 'moveSection', sectionId: section.id, offset: 1 })} data-testid="layout-move-down">
            {t('layout.moveDown')}
          </Button>
        </Space>
      </Form.Item>
      <DeleteButton
        name={t('section', { name })}
        detail={heir ? t('layout.sectionHeir', { target: heirName }) : t('layout.onlySection')}
        disabled={!heir}
        onConfirm={() => dispatch({ type: 'removeLayout', ref: { kind: 'section', id: section.id } })}
      />
    </>
  );
}

function TabProperties({ doc, tab, dispatch }: { doc: StudioDoc; tab: FormTab; dispatch: Dispatch }) {
  const t = useTranslations('studio.layout');
  const label = useLabel();
  const heir = tabHeirOf(doc.form, tab.id);
  return (
    <>
      <LabelInputs
        name="layout-title"
        required
        value={tab.title}
        labels={{ zh: t('titleZh'), en: t('titleEn') }}
        onChange={(title, part) => title && dispatch({ type: 'updateTab', tabId: tab.id, title, coalesceKey: `tab:${tab.id}:title:${part}` })}
      />
      <DeleteButton
        name={t('tabName', { name: label(tab.title) })}
        detail={heir ? t('tabHeir', { target: label(heir.tab.title) }) : t('tabFrees')}
        onConfirm={() => dispatch({ type: 'removeLayout', ref: { kind: 'tab', id: tab.id } })}
      />
    </>
  );
}

function BlockProperties({ block, dispatch }: { block: FormBlock; dispatch: Dispatch }) {
  const t = useTranslations('studio.layout');
  const names = useLayoutNames();
  const coalesceKey = (part: string) => `block:${block.id}:${part}`;
  return (
    <>
      {block.kind === 'divider' ? (
        <LabelInputs
          name="layout-title"
          value={block.title}
          labels={{ zh: t('titleZh'), en: t('titleEn') }}
          onChange={(title, part) => dispatch({ type: 'updateBlock', block: title ? { ...block, title } : { id: block.id, kind: 'divider' }, coalesceKey: coalesceKey(`title:${part}`) })}
        />
      ) : (
        <LabelInputs
          name="layout-text"
          required
          multiline
          value={block.text}
          labels={{ zh: t('textZh'), en: t('textEn') }}
          onChange={(text, part) => text && dispatch({ type: 'updateBlock', block: { ...block, text }, coalesceKey: coalesceKey(`text:${part}`) })}
        />
      )}
      <DeleteButton name={names.block(block)} detail={t('blockGone')} onConfirm={() => dispatch({ type: 'removeLayout', ref: { kind: 'block', id: block.id } })} />
    </>
  );
}

/** The properties of the selected section, tab, divider or description text; a hint when nothing is selected. */
export function LayoutProperties({ doc, selection, dispatch }: { doc: StudioDoc; selection: LayoutRef | null; dispatch: Dispatch }) {
  const t = useTranslations('studio');
  const section = selection?.kind === 'section' ? doc.form.sections.find((candidate) => candidate.id === selection.id) : undefined;
  const tab = selection?.kind === 'tab' ? doc.form.tabs?.find((candidate) => candidate.id === selection.id) : undefined;
  const block = selection?.kind === 'block' ? findBlock(doc.form, selection.id) : undefined;
  if (!section && !tab && !block) return <Typography.Text type="secondary">{t('noSelection')}</Typography.Text>;
  const kind = section ? t('layout.items.section') : tab ? t('layout.items.tabs') : t(`layout.items.${block!.kind}`);
  return (
    <Form layout="vertical" data-testid="layout-properties">
      <Form.Item label={t('type')}>
        <Tag>{kind}</Tag>
      </Form.Item>
      {section && <SectionProperties doc={doc} section={section} dispatch={dispatch} />}
      {tab && <TabProperties doc={doc} tab={tab} dispatch={dispatch} />}
      {block && <BlockProperties block={block} dispatch={dispatch} />}
    </Form>
  );
}
