'use client';

import { Input, Switch } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FieldDef } from '@/engine/metadata/field';
import { OptionsEditor } from '../options-editor';
import { isValidFieldKey } from '../studio-document';
import { AutoNumberEditor } from './auto-number-editor';
import { withProp } from './field-edit';
import { problemsFor } from './field-problems';
import { FormulaEditor } from './formula-editor';
import { PropertyItem } from './property-item';
import { LabelPair } from './label-pair';
import { RollupEditor } from './rollup-editor';
import type { SectionProps } from './section-props';
import { lockedOptionValues } from './select-options';

const COMPUTED_TYPES = new Set<FieldDef['type']>(['auto_number', 'formula', 'rollup']);
const PLACEHOLDER_TYPES = new Set<FieldDef['type']>(['text', 'long_text', 'number', 'money', 'email', 'phone', 'date', 'datetime', 'single_select', 'multi_select', 'relation']);

type Props = SectionProps & { takenKeys: string[] };

/** Labels, key, required, placeholder, help, and what the field's type needs to work at all. */
export function BasicsSection(props: Props) {
  const { field, locked, publishedField, problems, onChange, takenKeys } = props;
  const t = useTranslations('studio');
  const [keyDraft, setKeyDraft] = useState(field.id);
  const keyValid = keyDraft === field.id || (isValidFieldKey(keyDraft) && !takenKeys.includes(keyDraft));
  const applyKey = () => {
    if (keyValid && keyDraft !== field.id) onChange({ ...field, id: keyDraft });
  };
  const set = (key: string, value: unknown, coalesce?: string) => onChange(withProp(field, key, value), coalesce && `${field.id}:${coalesce}`);

  return (
    <>
      <PropertyItem label={t('labelZh')} htmlFor="property-label-zh" required problems={problemsFor(problems, 'labelZh')}>
        <Input
          id="property-label-zh"
          data-testid="property-label-zh"
          maxLength={200}
          value={field.label['zh-CN']}
          onChange={(event) => onChange({ ...field, label: { ...field.label, 'zh-CN': event.target.value } }, `${field.id}:labelZh`)}
        />
      </PropertyItem>
      <PropertyItem label={t('labelEn')} htmlFor="property-label-en">
        <Input
          id="property-label-en"
          data-testid="property-label-en"
          maxLength={200}
          value={field.label.en ?? ''}
          onChange={(event) => onChange({ ...field, label: { ...field.label, en: event.target.value || undefined } }, `${field.id}:labelEn`)}
        />
      </PropertyItem>
      <PropertyItem
        label={t('key')}
        htmlFor="property-key"
        help={locked ? t('keyLocked') : undefined}
        problems={keyValid ? [] : [{ section: 'basics', property: 'key', code: 'key_invalid' }]}
      >
        <Input id="property-key" data-testid="property-key" value={keyDraft} disabled={locked} onChange={(event) => setKeyDraft(event.target.value)} onBlur={applyKey} onPressEnter={applyKey} />
      </PropertyItem>
      {!COMPUTED_TYPES.has(field.type) && (
        <PropertyItem label={t('required')} htmlFor="property-required">
          <Switch id="property-required" data-testid="property-required" checked={Boolean(field.required)} onChange={(required) => set('required', required || undefined)} />
        </PropertyItem>
      )}
      {(field.type === 'single_select' || field.type === 'multi_select') && (
        <PropertyItem label={t('options')} problems={problemsFor(problems, 'options')}>
          <OptionsEditor
            fieldId={field.id}
            options={field.options}
            lockedValues={lockedOptionValues(publishedField)}
            problems={problems}
            ruleFields={props.entity.fields.filter((candidate) => candidate.id !== field.id)}
            onChange={(options, coalesceKey) => onChange({ ...field, options }, coalesceKey)}
          />
        </PropertyItem>
      )}
      {field.type === 'auto_number' && <AutoNumberEditor {...props} field={field} />}
      {field.type === 'formula' && <FormulaEditor {...props} field={field} />}
      {field.type === 'rollup' && <RollupEditor {...props} field={field} />}
      {PLACEHOLDER_TYPES.has(field.type) && (
        <LabelPair kind="placeholder" value={field.placeholder} problems={problems} onChange={(placeholder, coalesce) => set('placeholder', placeholder, coalesce)} />
      )}
      <LabelPair kind="help" value={field.help} problems={problems} onChange={(help, coalesce) => set('help', help, coalesce)} />
    </>
  );
}
