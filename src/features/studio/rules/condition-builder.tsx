'use client';

import { CodeOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Popconfirm, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useMemo, useState } from 'react';
import type { FieldDef } from '@/engine/metadata/field';
import { applyTreeEdit, conditionFields, describeTree, incompletePaths, rootToRule, ruleToRoot, type TreeEdit } from '@/engine/rules/builder';
import { ConditionGroupEditor } from './condition-group-editor';
import { RuleJsonEditor } from './rule-json-editor';
import { pathSuffix } from './rule-paths';

export type ConditionBuilderProps = {
  /** The fields a condition may test (the builder leaves out removed fields and line items). */
  fields: FieldDef[];
  /** The stored json-logic rule; undefined for none. */
  value: unknown;
  /** undefined when the last condition is removed. `coalesceKey` is set while a value is being typed. */
  onChange: (rule: unknown, coalesceKey?: string) => void;
  /** A rule that must exist (a validation): its last condition cannot be removed and JSON cannot be empty. */
  required?: boolean;
  /** Unique on the page; prefixes element ids (e.g. "required-when" → #required-when-field-0). */
  id?: string;
  /** What having no condition means here, e.g. "Always shown." */
  emptyText?: string;
};

/**
 * Edits a json-logic rule as conditions and groups. The rule is the only state: it is read into a
 * tree on every render and each edit writes a new rule, which is safe because the two conversions
 * are exact inverses. A rule the builder cannot read is shown as JSON, read-only until edited.
 */
export function ConditionBuilder({ fields, value, onChange, required = false, id, emptyText }: ConditionBuilderProps) {
  const t = useTranslations('studio.rules');
  const locale = useLocale();
  const generatedId = useId();
  const idBase = id ?? `rule${generatedId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [editingJson, setEditingJson] = useState(false);
  const usable = useMemo(() => conditionFields(fields), [fields]);
  const root = useMemo(() => ruleToRoot(value, fields), [value, fields]);

  if (editingJson) {
    return (
      <RuleJsonEditor
        value={value}
        fieldIds={fields.map((field) => field.id)}
        required={required}
        idBase={idBase}
        onApply={(rule) => {
          onChange(rule);
          setEditingJson(false);
        }}
        onCancel={() => setEditingJson(false)}
      />
    );
  }

  const jsonButton = (
    <Button size="small" type="link" icon={<CodeOutlined />} data-testid="rule-edit-json" onClick={() => setEditingJson(true)}>
      {t('editJson')}
    </Button>
  );

  if (!root) {
    return (
      <Flex vertical gap={8} data-testid="rule-hand-written">
        <Alert type="info" showIcon title={t('handWritten')} />
        <pre style={{ margin: 0, padding: 8, overflow: 'auto', maxHeight: 240, background: 'var(--ant-color-fill-quaternary, #fafafa)', borderRadius: 6 }}>
          {JSON.stringify(value, null, 2)}
        </pre>
        <Flex gap={8}>
          {jsonButton}
          {!required && (
            <Popconfirm title={t('clearConfirm')} okButtonProps={{ danger: true }} onConfirm={() => onChange(undefined)}>
              <Button size="small" type="link" danger data-testid="rule-clear">
                {t('clearRule')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
    );
  }

  const incomplete = incompletePaths(root, fields);
  const edit = (change: TreeEdit) => {
    const typing = change.kind === 'replace' && change.typing;
    onChange(rootToRule(applyTreeEdit(root, change), fields), typing ? `value${pathSuffix(change.path)}` : undefined);
  };

  return (
    <Flex vertical gap={8}>
      <ConditionGroupEditor group={root} path={[]} fields={usable} idBase={idBase} incomplete={incomplete} keepOne={required} emptyText={emptyText} onEdit={edit} />
      {root.children.length > 0 && (
        <Typography.Text type="secondary" data-testid="rule-sentence">
          {t('sentence', { text: describeTree(root, fields, locale) })}
        </Typography.Text>
      )}
      {incomplete.length > 0 && <Typography.Text type="warning">{t('valueMissing')}</Typography.Text>}
      <div>{jsonButton}</div>
    </Flex>
  );
}
