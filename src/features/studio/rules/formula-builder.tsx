'use client';

import { CodeOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useMemo, useState } from 'react';
import type { FieldDef } from '@/engine/metadata/field';
import { describeFormulaTree, formulaToRule, newFormulaLeaf, ruleToFormula } from '@/engine/rules/builder';
import { FormulaNodeEditor } from './formula-node-editor';
import { RuleJsonEditor } from './rule-json-editor';

export type FormulaBuilderProps = {
  /** Fields the formula may read; leave out the formula field itself (a formula cannot read itself). */
  fields: FieldDef[];
  /** The stored json-logic expression; undefined while there is none. */
  value: unknown;
  /** `coalesceKey` is set while a number or text is being typed. */
  onChange: (expression: unknown, coalesceKey?: string) => void;
  /** Unique on the page; prefixes element ids. */
  id?: string;
};

/** Edits a computed value as a tree of fields, constants and operations; like ConditionBuilder, the expression is the only state. */
export function FormulaBuilder({ fields, value, onChange, id }: FormulaBuilderProps) {
  const t = useTranslations('studio.rules');
  const locale = useLocale();
  const generatedId = useId();
  const idBase = id ?? `formula${generatedId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [editingJson, setEditingJson] = useState(false);
  const usable = useMemo(() => fields.filter((field) => !field.removed && field.type !== 'child_table'), [fields]);
  const tree = useMemo(() => (value === undefined || value === null ? undefined : ruleToFormula(value, fields)), [value, fields]);

  if (editingJson) {
    return (
      <RuleJsonEditor
        value={value}
        fieldIds={fields.map((field) => field.id)}
        required={false}
        idBase={idBase}
        onApply={(expression) => {
          onChange(expression);
          setEditingJson(false);
        }}
        onCancel={() => setEditingJson(false)}
      />
    );
  }

  const jsonButton = (
    <Button size="small" type="link" icon={<CodeOutlined />} data-testid="formula-edit-json" onClick={() => setEditingJson(true)}>
      {t('editJson')}
    </Button>
  );

  if (tree === undefined) {
    return (
      <Flex vertical gap={8} align="start">
        <Typography.Text type="secondary">{t('formulaEmpty')}</Typography.Text>
        <Flex gap={8}>
          <Button size="small" icon={<PlusOutlined />} data-testid="formula-start" onClick={() => onChange(formulaToRule(newFormulaLeaf(usable)))}>
            {t('formulaStart')}
          </Button>
          {jsonButton}
        </Flex>
      </Flex>
    );
  }

  if (tree === null) {
    return (
      <Flex vertical gap={8} data-testid="formula-hand-written">
        <Alert type="info" showIcon title={t('handWritten')} />
        <pre style={{ margin: 0, padding: 8, overflow: 'auto', maxHeight: 240, background: 'var(--ant-color-fill-quaternary, #fafafa)', borderRadius: 6 }}>
          {JSON.stringify(value, null, 2)}
        </pre>
        <div>{jsonButton}</div>
      </Flex>
    );
  }

  return (
    <Flex vertical gap={8}>
      <FormulaNodeEditor
        node={tree}
        path={[]}
        fields={usable}
        idBase={idBase}
        onChange={(node, typing) => onChange(formulaToRule(node), typing ? 'formula-typing' : undefined)}
      />
      <Typography.Text type="secondary" data-testid="formula-sentence">
        {t('formulaSentence', { text: describeFormulaTree(tree, fields, locale) })}
      </Typography.Text>
      <div>{jsonButton}</div>
    </Flex>
  );
}
