'use client';

import { Flex, Input, InputNumber, Switch, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FieldDef } from '@/engine/metadata/field';
import { withProp } from './field-edit';
import { problemsFor } from './field-problems';
import { PropertyItem } from './property-item';
import type { SectionProps } from './section-props';
import { testTextPattern } from './text-pattern';

const UNIQUE_TYPES = new Set<FieldDef['type']>(['text', 'email', 'phone', 'number', 'money', 'date', 'datetime', 'relation']);
/** What the server allows when no maximum is set, and the most the schema accepts. */
const MAX_LENGTH = { text: { fallback: 500, limit: 10_000 }, long_text: { fallback: 100_000, limit: 1_000_000 } } as const;

export function hasValidation(field: FieldDef): boolean {
  return UNIQUE_TYPES.has(field.type) || field.type === 'long_text';
}

/** Unique, number range and storage, text length and format. */
export function ValidationSection({ field, locked, problems, onChange }: SectionProps) {
  const t = useTranslations('studio.fieldProps');
  const set = (key: string, value: unknown, coalesce?: string) => onChange(withProp(field, key, value), coalesce && `${field.id}:${coalesce}`);
  const lockedHelp = locked ? t('lockedAfterPublish') : undefined;

  return (
    <>
      {UNIQUE_TYPES.has(field.type) && (
        <PropertyItem label={t('unique')} htmlFor="property-unique" help={t('uniqueHelp')}>
          <Switch id="property-unique" data-testid="property-unique" checked={Boolean(field.unique)} onChange={(unique) => set('unique', unique || undefined)} />
        </PropertyItem>
      )}
      {field.type === 'number' && (
        <>
          <PropertyItem label={t('integer')} htmlFor="property-integer" help={lockedHelp}>
            <Switch id="property-integer" data-testid="property-integer" disabled={locked} checked={field.integer} onChange={(integer) => onChange({ ...field, integer })} />
          </PropertyItem>
          <PropertyItem label={t('precision')} htmlFor="property-precision" help={lockedHelp ?? t('precisionHelp')}>
            <InputNumber
              id="property-precision"
              data-testid="property-precision"
              disabled={locked}
              min={1}
              max={30}
              precision={0}
              value={field.precision}
              onChange={(precision) => onChange({ ...field, precision: precision ?? 18 }, `${field.id}:precision`)}
            />
          </PropertyItem>
          {!field.integer && (
            <PropertyItem label={t('scale')} htmlFor="property-scale" help={lockedHelp} problems={problemsFor(problems, 'scale')}>
              <InputNumber
                id="property-scale"
                data-testid="property-scale"
                disabled={locked}
                min={0}
                max={10}
                precision={0}
                value={field.scale}
                onChange={(scale) => onChange({ ...field, scale: scale ?? 2 }, `${field.id}:scale`)}
              />
            </PropertyItem>
          )}
        </>
      )}
      {(field.type === 'number' || field.type === 'money') && (
        <Flex gap={8}>
          <PropertyItem label={t('min')} htmlFor="property-min">
            <InputNumber id="property-min" data-testid="property-min" value={field.min} onChange={(min) => set('min', min ?? undefined, 'min')} />
          </PropertyItem>
          <PropertyItem label={t('max')} htmlFor="property-max" problems={problemsFor(problems, 'max')}>
            <InputNumber id="property-max" data-testid="property-max" value={field.max} onChange={(max) => set('max', max ?? undefined, 'max')} />
          </PropertyItem>
        </Flex>
      )}
      {(field.type === 'text' || field.type === 'long_text') && (
        <PropertyItem label={t('maxLength')} htmlFor="property-max-length" help={t('maxLengthHelp', { max: MAX_LENGTH[field.type].fallback })}>
          <InputNumber
            id="property-max-length"
            data-testid="property-max-length"
            min={1}
            max={MAX_LENGTH[field.type].limit}
            precision={0}
            value={field.maxLength}
            onChange={(maxLength) => set('maxLength', maxLength ?? undefined, 'maxLength')}
          />
        </PropertyItem>
      )}
      {field.type === 'text' && <TextPatternItems pattern={field.pattern} problems={problemsFor(problems, 'pattern')} onChange={(pattern) => set('pattern', pattern || undefined, 'pattern')} />}
    </>
  );
}

type PatternProps = { pattern: string | undefined; problems: SectionProps['problems']; onChange: (pattern: string) => void };

function TextPatternItems({ pattern, problems, onChange }: PatternProps) {
  const t = useTranslations('studio.fieldProps');
  const [sample, setSample] = useState('');
  const verdict = pattern && sample ? testTextPattern(pattern, sample) : undefined;
  return (
    <>
      <PropertyItem
        label={t('pattern')}
        htmlFor="property-pattern"
        problems={problems}
        help={
          <>
            {t('patternHelp')} <Typography.Text code>{'[A-Z]{3}-\\d{4}'}</Typography.Text>
          </>
        }
      >
        <Input id="property-pattern" data-testid="property-pattern" maxLength={500} value={pattern ?? ''} onChange={(event) => onChange(event.target.value)} style={{ fontFamily: 'monospace' }} />
      </PropertyItem>
      {pattern && problems.length === 0 && (
        <PropertyItem
          label={t('patternTry')}
          htmlFor="property-pattern-try"
          help={
            <span aria-live="polite" data-testid="property-pattern-verdict">
              {verdict !== undefined && <Typography.Text type={verdict ? 'success' : 'danger'}>{verdict ? t('patternMatches') : t('patternNoMatch')}</Typography.Text>}
            </span>
          }
        >
          <Input id="property-pattern-try" data-testid="property-pattern-try" value={sample} onChange={(event) => setSample(event.target.value)} />
        </PropertyItem>
      )}
    </>
  );
}
