'use client';

import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Popconfirm, Switch, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FieldDef } from '@/engine/metadata/field';
import { useLabel } from '@/features/runtime/use-label';
import { OptionsEditor } from './options-editor';
import { isValidFieldKey } from './studio-document';

type Props = {
  field: FieldDef;
  published: boolean;
  takenKeys: string[];
  onChange: (field: FieldDef, coalesceKey?: string) => void;
  onDelete: () => void;
};

/** Keyed by field id by its parent, so the key draft starts over for each field. */
export function PropertyPanel({ field, published, takenKeys, onChange, onDelete }: Props) {
  const t = useTranslations('studio');
  const label = useLabel();
  const [keyDraft, setKeyDraft] = useState(field.id);
  const keyValid = keyDraft === field.id || (isValidFieldKey(keyDraft) && !takenKeys.includes(keyDraft));
  const applyKey = () => {
    if (keyValid && keyDraft !== field.id) onChange({ ...field, id: keyDraft });
  };
  const typeName = t(`types.${field.type}`);

  return (
    <Form layout="vertical" data-testid="studio-properties">
      <Form.Item label={t('type')}>
        <Tag>{typeName}</Tag>
      </Form.Item>
      <Form.Item label={t('labelZh')} htmlFor="property-label-zh" required>
        <Input
          id="property-label-zh"
          data-testid="property-label-zh"
          value={field.label['zh-CN']}
          status={field.label['zh-CN'] ? undefined : 'error'}
          onChange={(event) => onChange({ ...field, label: { ...field.label, 'zh-CN': event.target.value } }, `${field.id}:labelZh`)}
        />
      </Form.Item>
      <Form.Item label={t('labelEn')} htmlFor="property-label-en">
        <Input
          id="property-label-en"
          data-testid="property-label-en"
          value={field.label.en ?? ''}
          onChange={(event) => onChange({ ...field, label: { ...field.label, en: event.target.value || undefined } }, `${field.id}:labelEn`)}
        />
      </Form.Item>
      <Form.Item
        label={t('key')}
        htmlFor="property-key"
        help={published ? t('keyLocked') : keyValid ? undefined : t('keyInvalid')}
        validateStatus={keyValid ? undefined : 'error'}
      >
        <Input id="property-key" data-testid="property-key" value={keyDraft} disabled={published} onChange={(event) => setKeyDraft(event.target.value)} onBlur={applyKey} onPressEnter={applyKey} />
      </Form.Item>
      <Form.Item label={t('required')} htmlFor="property-required">
        <Switch id="property-required" data-testid="property-required" checked={Boolean(field.required)} onChange={(required) => onChange({ ...field, required: required || undefined })} />
      </Form.Item>
      <Form.Item label={t('help')} htmlFor="property-help">
        <Input.TextArea
          id="property-help"
          data-testid="property-help"
          autoSize={{ minRows: 2, maxRows: 5 }}
          value={field.help?.['zh-CN'] ?? ''}
          onChange={(event) => onChange({ ...field, help: event.target.value ? { ...field.help, 'zh-CN': event.target.value } : undefined }, `${field.id}:help`)}
        />
      </Form.Item>
      {(field.type === 'single_select' || field.type === 'multi_select') && (
        <Form.Item label={t('options')}>
          <OptionsEditor fieldId={field.id} options={field.options} onChange={(options, coalesceKey) => onChange({ ...field, options }, coalesceKey)} />
        </Form.Item>
      )}
      <Flex justify="end">
        <Popconfirm
          title={t('deleteConfirm', { name: label(field.label) || field.id })}
          description={<Typography.Text type="secondary">{published ? t('deletePublished') : t('deleteNew')}</Typography.Text>}
          okButtonProps={{ danger: true }}
          onConfirm={onDelete}
        >
          <Button danger icon={<DeleteOutlined />} data-testid="property-delete">
            {t('deleteField')}
          </Button>
        </Popconfirm>
      </Flex>
    </Form>
  );
}
