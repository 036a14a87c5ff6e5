'use client';

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Select } from 'antd';
import { useTranslations } from 'next-intl';
import type { FieldDef } from '@/engine/metadata/field';
import {
  addFormulaChild, changeFormulaKind, FORMULA_KINDS, formulaChildren, isVariadic, MAX_ROUND_PLACES, newFormulaLeaf, removeFormulaChild,
  updateFormulaAt, withArithmeticOperator, ARITHMETIC_OPERATORS, type ArithmeticOperator, type FormulaKind, type FormulaNode,
} from '@/engine/rules/builder';
import { useLabel } from '@/features/runtime/use-label';
import { pathSuffix } from './rule-paths';

type Props = {
  node: FormulaNode;
  path: readonly number[];
  fields: FieldDef[];
  idBase: string;
  onChange: (node: FormulaNode, typing?: boolean) => void;
  /** Set when the parent can drop this operand. */
  onRemove?: () => void;
};

const DATE_UNITS = ['day', 'month', 'year'] as const;

/** One node of a formula: a kind picker plus the inputs of that kind, sub-expressions nested below. */
export function FormulaNodeEditor({ node, path, fields, idBase, onChange, onRemove }: Props) {
  const t = useTranslations('studio.rules');
  const label = useLabel();
  const suffix = pathSuffix(path);
  const children = formulaChildren(node);
  const kinds = FORMULA_KINDS.filter((kind) => kind !== 'field' || fields.length > 0);
  const childLabel = (index: number) => {
    if (node.kind === 'date_diff') return index === 0 ? t('formulaFrom') : t('formulaTo');
    return t('formulaValueOf', { index: index + 1 });
  };
  const removable = (node.kind === 'arithmetic' && children.length > 2) || (node.kind === 'concat' && children.length > 1);

  return (
    <Flex vertical gap={8} data-testid={`formula-node${suffix}`} style={path.length > 0 ? { borderInlineStart: '3px solid var(--ant-color-border, #d9d9d9)', paddingInlineStart: 12 } : undefined}>
      <Flex gap={8} wrap align="center">
        <Select<FormulaKind>
          id={`${idBase}-kind${suffix}`}
          data-testid={`formula-kind${suffix}`}
          aria-label={t('formulaKind')}
          showSearch={{ optionFilterProp: 'label' }}
          value={node.kind}
          options={kinds.map((kind) => ({ value: kind, label: t(`formulaKinds.${kind}`) }))}
          onChange={(kind) => onChange(changeFormulaKind(node, kind, fields))}
          style={{ minWidth: 140 }}
        />
        {node.kind === 'field' && (
          <Select<string>
            id={`${idBase}-field${suffix}`}
            data-testid={`formula-field${suffix}`}
            aria-label={t('formulaKinds.field')}
            showSearch={{ optionFilterProp: 'label' }}
            value={node.field}
            options={fields.map((field) => ({ value: field.id, label: label(field.label) || field.id }))}
            onChange={(field) => onChange({ kind: 'field', field })}
            style={{ minWidth: 160, flex: 1 }}
          />
        )}
        {node.kind === 'number' && (
          <InputNumber<number>
            id={`${idBase}-number${suffix}`}
            data-testid={`formula-number${suffix}`}
            aria-label={t('formulaKinds.number')}
            value={node.value}
            status={node.value === null ? 'warning' : undefined}
            onChange={(value) => onChange({ kind: 'number', value: value ?? null }, true)}
          />
        )}
        {node.kind === 'text' && (
          <Input
            id={`${idBase}-text${suffix}`}
            data-testid={`formula-text${suffix}`}
            aria-label={t('formulaKinds.text')}
            maxLength={1000}
            value={node.value}
            onChange={(event) => onChange({ kind: 'text', value: event.target.value }, true)}
            style={{ flex: 1, minWidth: 120 }}
          />
        )}
        {node.kind === 'arithmetic' && (
          <Select<ArithmeticOperator>
            id={`${idBase}-operator${suffix}`}
            data-testid={`formula-operator${suffix}`}
            aria-label={t('formulaOperator')}
            showSearch={{ optionFilterProp: 'label' }}
            value={node.op}
            options={ARITHMETIC_OPERATORS.map((op) => ({ value: op, label: t(`formulaOperators.${op}`) }))}
            onChange={(op) => onChange(withArithmeticOperator(node, op))}
            style={{ minWidth: 120 }}
          />
        )}
        {node.kind === 'round' && (
          <InputNumber<number>
            id={`${idBase}-places${suffix}`}
            data-testid={`formula-places${suffix}`}
            aria-label={t('formulaPlaces')}
            prefix={t('formulaPlaces')}
            min={0}
            max={MAX_ROUND_PLACES}
            precision={0}
            value={node.places}
            onChange={(places) => onChange({ ...node, places: places ?? 0 })}
          />
        )}
        {node.kind === 'date_diff' && (
          <Select<(typeof DATE_UNITS)[number]>
            id={`${idBase}-unit${suffix}`}
            data-testid={`formula-unit${suffix}`}
            aria-label={t('formulaUnit')}
            showSearch={{ optionFilterProp: 'label' }}
            value={node.unit}
            options={DATE_UNITS.map((unit) => ({ value: unit, label: t(`formulaUnits.${unit}`) }))}
            onChange={(unit) => onChange({ ...node, unit })}
            style={{ minWidth: 100 }}
          />
        )}
        {onRemove && (
          <Button type="text" icon={<DeleteOutlined />} aria-label={t('formulaRemoveOperand')} title={t('formulaRemoveOperand')} data-testid={`formula-remove${suffix}`} onClick={onRemove} />
        )}
      </Flex>
      {children.map((child, index) => (
        <Flex key={index} vertical gap={4} role="group" aria-label={childLabel(index)}>
          <span style={{ fontSize: 12, opacity: 0.7 }}>{childLabel(index)}</span>
          <FormulaNodeEditor
            node={child}
            path={[...path, index]}
            fields={fields}
            idBase={idBase}
            onChange={(next, typing) => onChange(updateFormulaAt(node, [index], () => next), typing)}
            onRemove={removable ? () => onChange(removeFormulaChild(node, index)) : undefined}
          />
        </Flex>
      ))}
      {((node.kind === 'arithmetic' && isVariadic(node.op)) || node.kind === 'concat') && (
        <div>
          <Button size="small" icon={<PlusOutlined />} data-testid={`formula-add${suffix}`} onClick={() => onChange(addFormulaChild(node, node.kind === 'concat' ? { kind: 'text', value: '' } : newFormulaLeaf(fields)))}>
            {t('formulaAddOperand')}
          </Button>
        </div>
      )}
    </Flex>
  );
}
