'use client';

import { Form, Input } from 'antd';
import { useTranslations } from 'next-intl';
import type { Label } from '@/engine/metadata/keys';

type Props = {
  /** Prefix of element ids and test ids, e.g. "wf-node-name" → #wf-node-name-zh. */
  id: string;
  value: Label | undefined;
  /** Chinese text is required by the schema; an emptied English text is dropped (it falls back to Chinese). */
  onChange: (label: Label, coalesceKey: string) => void;
  label?: string;
  /** For an optional label: called instead of onChange once both texts are emptied. */
  onClear?: () => void;
};

export function withText(label: Label | undefined, locale: 'zh-CN' | 'en', text: string): Label {
  const next: Label = { 'zh-CN': label?.['zh-CN'] ?? '', ...(label?.en !== undefined ? { en: label.en } : {}) };
  if (locale === 'zh-CN') next['zh-CN'] = text;
  else if (text === '') delete next.en;
  else next.en = text;
  return next;
}

/** The Chinese and English text of a label, side by side. */
export function LabelInputs({ id, value, onChange, label, onClear }: Props) {
  const t = useTranslations('workflows.panel');
  const change = (next: Label, coalesceKey: string) => (onClear && next['zh-CN'] === '' && next.en === undefined ? onClear() : onChange(next, coalesceKey));
  return (
    <Form.Item label={label ?? t('name')} style={{ marginBottom: 12 }} required={!onClear}>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
        <Input
          id={`${id}-zh`}
          data-testid={`${id}-zh`}
          aria-label={`${label ?? t('name')} (${t('zh')})`}
          placeholder={t('zh')}
          maxLength={200}
          status={value?.['zh-CN'] || (onClear && !value) ? undefined : 'error'}
          value={value?.['zh-CN'] ?? ''}
          onChange={(event) => change(withText(value, 'zh-CN', event.target.value), `${id}:zh`)}
        />
        <Input
          id={`${id}-en`}
          data-testid={`${id}-en`}
          aria-label={`${label ?? t('name')} (${t('en')})`}
          placeholder={t('en')}
          maxLength={200}
          value={value?.en ?? ''}
          onChange={(event) => change(withText(value, 'en', event.target.value), `${id}:en`)}
        />
      </div>
    </Form.Item>
  );
}
