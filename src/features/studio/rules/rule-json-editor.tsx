'use client';

import { Alert, Button, Flex, Form, Input } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { RuleError, ruleVariables } from '@/engine/rules';

type Props = {
  value: unknown;
  /** Field ids a rule may read; anything else is refused before it reaches the document. */
  fieldIds: readonly string[];
  /** An empty text means "no rule" unless one is required. */
  required: boolean;
  idBase: string;
  onApply: (rule: unknown) => void;
  onCancel: () => void;
};

type Parsed = { rule: unknown } | { error: string };

export function RuleJsonEditor({ value, fieldIds, required, idBase, onApply, onCancel }: Props) {
  const t = useTranslations('studio.rules');
  const [text, setText] = useState(() => (value === undefined ? '' : JSON.stringify(value, null, 2)));
  const [error, setError] = useState<string | null>(null);

  const parse = (): Parsed => {
    if (text.trim() === '') return required ? { error: t('jsonRequired') } : { rule: undefined };
    let rule: unknown;
    try {
      rule = JSON.parse(text);
    } catch (cause) {
      return { error: t('invalidJson', { message: (cause as Error).message }) };
    }
    try {
      const unknown = ruleVariables(rule).filter((id) => !fieldIds.includes(id));
      if (unknown.length > 0) return { error: t('unknownFields', { fields: unknown.join(', ') }) };
    } catch (cause) {
      if (cause instanceof RuleError) return { error: t('invalidRule', { message: cause.message }) };
      throw cause;
    }
    return { rule };
  };
  const apply = () => {
    const parsed = parse();
    if ('error' in parsed) setError(parsed.error);
    else onApply(parsed.rule);
  };

  return (
    <Flex vertical gap={8}>
      <Form.Item label={t('jsonLabel')} htmlFor={`${idBase}-json`} help={t('jsonHelp')} style={{ marginBottom: 0 }}>
        <Input.TextArea
          id={`${idBase}-json`}
          data-testid="rule-json"
          autoSize={{ minRows: 4, maxRows: 16 }}
          spellCheck={false}
          style={{ fontFamily: 'monospace' }}
          value={text}
          status={error ? 'error' : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setError(null);
          }}
        />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} data-testid="rule-json-error" />}
      <Flex gap={8}>
        <Button type="primary" size="small" data-testid="rule-json-apply" onClick={apply}>
          {t('applyJson')}
        </Button>
        <Button size="small" data-testid="rule-json-cancel" onClick={onCancel}>
          {t('cancelJson')}
        </Button>
      </Flex>
    </Flex>
  );
}
