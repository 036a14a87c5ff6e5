'use client';

import { Flex, Input, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FieldOf } from '@/engine/metadata/field';
import { AUTO_NUMBER_TOKENS, previewAutoNumber } from './auto-number-pattern';
import { problemsFor } from './field-problems';
import { PropertyItem } from './property-item';
import type { SectionProps } from './section-props';

type Props = SectionProps & { field: FieldOf<'auto_number'> };

const TOKEN_HELP_KEY = { YYYY: 'YYYY', YY: 'YY', MM: 'MM', DD: 'DD', YYYYMMDD: 'YYYYMMDD', seq: 'seq', 'seq:4': 'seqWidth' } as const;

/** The number format, with the tokens it may use and what the next number would look like. */
export function AutoNumberEditor({ field, problems, onChange }: Props) {
  const t = useTranslations('studio.fieldProps');
  // Taken once: the preview only illustrates the format, it need not tick over at midnight.
  const [today] = useState(() => new Date());
  const fieldProblems = problemsFor(problems, 'autoNumberPattern');
  const preview = fieldProblems.length === 0 ? previewAutoNumber(field.pattern, today) : undefined;
  return (
    <>
    <PropertyItem
      label={t('autoNumberPattern')}
      htmlFor="property-auto-number-pattern"
      required
      problems={fieldProblems}
      help={preview && t('autoNumberPreview', { example: preview })}
    >
      <Input
        id="property-auto-number-pattern"
        data-testid="property-auto-number-pattern"
        maxLength={100}
        value={field.pattern}
        aria-describedby="property-auto-number-tokens"
        onChange={(event) => onChange({ ...field, pattern: event.target.value }, `${field.id}:autoNumberPattern`)}
      />
    </PropertyItem>
      <Flex vertical id="property-auto-number-tokens" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('autoNumberTokens')}</Typography.Text>
        {AUTO_NUMBER_TOKENS.map((token) => (
          <Typography.Text key={token} type="secondary" style={{ fontSize: 12 }}>
            <Typography.Text code copyable={{ text: `{${token}}` }}>{`{${token}}`}</Typography.Text> {t(`autoNumberToken.${TOKEN_HELP_KEY[token]}`)}
          </Typography.Text>
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('autoNumberRestart')}
        </Typography.Text>
      </Flex>
    </>
  );
}
