'use client';

import { Input } from 'antd';
import { useTranslations } from 'next-intl';
import type { Label } from '@/engine/metadata/keys';
import { withLabelText } from './field-edit';
import type { PropertyProblem } from './field-problems';
import { PropertyItem } from './property-item';

type Props = {
  kind: 'placeholder' | 'help';
  value: Label | undefined;
  problems: PropertyProblem[];
  onChange: (label: Label | undefined, coalesceKey: string) => void;
};

const TEST_IDS = {
  placeholder: { zh: 'property-placeholder-zh', en: 'property-placeholder-en' },
  help: { zh: 'property-help', en: 'property-help-en' },
} as const;

/** The Chinese and English text of an optional label (placeholder, help). */
export function LabelPair({ kind, value, problems, onChange }: Props) {
  const t = useTranslations('studio.fieldProps');
  const ids = TEST_IDS[kind];
  const control = (id: string, text: string, onText: (text: string) => void) =>
    kind === 'help' ? (
      <Input.TextArea id={id} data-testid={id} maxLength={200} autoSize={{ minRows: 2, maxRows: 5 }} value={text} onChange={(event) => onText(event.target.value)} />
    ) : (
      <Input id={id} data-testid={id} maxLength={200} value={text} onChange={(event) => onText(event.target.value)} />
    );
  return (
    <>
      <PropertyItem label={t(`${kind}Zh`)} htmlFor={ids.zh} problems={problems.filter((problem) => problem.property === `${kind}Zh`)}>
        {control(ids.zh, value?.['zh-CN'] ?? '', (text) => onChange(withLabelText(value, 'zh-CN', text), `${kind}Zh`))}
      </PropertyItem>
      <PropertyItem label={t(`${kind}En`)} htmlFor={ids.en}>
        {control(ids.en, value?.en ?? '', (text) => onChange(withLabelText(value, 'en', text), `${kind}En`))}
      </PropertyItem>
    </>
  );
}
