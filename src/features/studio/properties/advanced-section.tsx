'use client';

import { Switch } from 'antd';
import { useTranslations } from 'next-intl';
import { isStored, type FieldDef } from '@/engine/metadata/field';
import { withProp } from './field-edit';
import { PropertyItem } from './property-item';
import type { SectionProps } from './section-props';

/** Types whose value the server always computes: read-only adds nothing to them. */
const COMPUTED_TYPES = new Set<FieldDef['type']>(['auto_number', 'formula', 'rollup', 'child_table']);

/** Read-only, hidden, indexed. */
export function AdvancedSection({ field, onChange }: SectionProps) {
  const t = useTranslations('studio.fieldProps');
  const toggle = (key: 'readOnly' | 'hidden' | 'indexed', on: boolean) => onChange(withProp(field, key, on || undefined));
  // A unique field (and an auto number) already has an index of its own.
  const indexable = isStored(field) && !field.unique && field.type !== 'auto_number';
  return (
    <>
      {!COMPUTED_TYPES.has(field.type) && (
        <PropertyItem label={t('readOnly')} htmlFor="property-read-only" help={t('readOnlyHelp')}>
          <Switch id="property-read-only" data-testid="property-read-only" checked={Boolean(field.readOnly)} onChange={(on) => toggle('readOnly', on)} />
        </PropertyItem>
      )}
      <PropertyItem label={t('hidden')} htmlFor="property-hidden" help={t('hiddenHelp')}>
        <Switch id="property-hidden" data-testid="property-hidden" checked={Boolean(field.hidden)} onChange={(on) => toggle('hidden', on)} />
      </PropertyItem>
      {indexable && (
        <PropertyItem label={t('indexed')} htmlFor="property-indexed" help={t('indexedHelp')}>
          <Switch id="property-indexed" data-testid="property-indexed" checked={Boolean(field.indexed)} onChange={(on) => toggle('indexed', on)} />
        </PropertyItem>
      )}
    </>
  );
}
