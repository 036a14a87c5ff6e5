'use client';

import { Form, Input } from 'antd';
import type { ChangeEvent } from 'react';
import type { Label } from '@/engine/metadata/keys';

type Props = {
  /** Distinguishes the inputs' ids and test ids: `layout-title`, `layout-text`. */
  name: string;
  value: Label | undefined;
  labels: { zh: string; en: string };
  /** A required label never becomes `undefined`; its empty Chinese text is flagged instead. */
  required?: boolean;
  multiline?: boolean;
  onChange: (value: Label | undefined, part: 'zh' | 'en') => void;
};

/** Chinese and English text of a title or description; both empty means no label at all. */
export function LabelInputs({ name, value, labels, required, multiline, onChange }: Props) {
  const zh = value?.['zh-CN'] ?? '';
  const en = value?.en ?? '';
  const emit = (nextZh: string, nextEn: string, part: 'zh' | 'en') => {
    if (!required && !nextZh && !nextEn) return onChange(undefined, part);
    onChange({ 'zh-CN': nextZh, ...(nextEn ? { en: nextEn } : {}) }, part);
  };
  const zhInvalid = !zh && (required || !!en);
  const input = (part: 'zh' | 'en', text: string, invalid: boolean) => {
    const common = {
      id: `${name}-${part}`,
      'data-testid': `${name}-${part}`,
      value: text,
      status: invalid ? ('error' as const) : undefined,
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => (part === 'zh' ? emit(event.target.value, en, part) : emit(zh, event.target.value, part)),
    };
    return multiline ? <Input.TextArea {...common} autoSize={{ minRows: 2, maxRows: 8 }} /> : <Input {...common} />;
  };
  return (
    <>
      <Form.Item label={labels.zh} htmlFor={`${name}-zh`} required={required}>
        {input('zh', zh, zhInvalid)}
      </Form.Item>
      <Form.Item label={labels.en} htmlFor={`${name}-en`}>
        {input('en', en, false)}
      </Form.Item>
    </>
  );
}
