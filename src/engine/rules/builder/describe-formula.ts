import type { FieldDef } from '../../metadata/field';
import { labelText, type Locale } from '../../metadata/keys';
import type { DateUnit } from '../operators';
import { ruleToFormula, type ArithmeticOperator, type FormulaNode } from './formula-tree';

const SYMBOLS: Record<ArithmeticOperator, string> = { '+': ' + ', '-': ' − ', '*': ' × ', '/': ' ÷ ' };

const WORDS: Record<Locale, { today: string; missing: string; round: (value: string, places: number) => string; join: (parts: string) => string; diff: (from: string, to: string, unit: DateUnit) => string }> = {
  'zh-CN': {
    today: '今天',
    missing: '（未填）',
    round: (value, places) => `四舍五入(${value}, ${places} 位小数)`,
    join: (parts) => `连接(${parts})`,
    diff: (from, to, unit) => `从 ${from} 到 ${to} 的${{ day: '天数', month: '月数', year: '年数' }[unit]}`,
  },
  en: {
    today: 'today',
    missing: '(not set)',
    round: (value, places) => `round(${value}, ${places} ${places === 1 ? 'decimal' : 'decimals'})`,
    join: (parts) => `join(${parts})`,
    diff: (from, to, unit) => `${unit}s from ${from} to ${to}`,
  },
};

function describe(node: FormulaNode, fields: ReadonlyMap<string, FieldDef>, locale: Locale, nested: boolean): string {
  const words = WORDS[locale];
  const inner = (child: FormulaNode) => describe(child, fields, locale, true);
  switch (node.kind) {
    case 'field': {
      const field = fields.get(node.field);
      return field ? labelText(field.label, locale) : node.field;
    }
    case 'number':
      return node.value === null ? words.missing : String(node.value);
    case 'text':
      return `“${node.value}”`;
    case 'today':
      return words.today;
    case 'arithmetic': {
      const text = node.operands.map(inner).join(SYMBOLS[node.op]);
      return nested ? `(${text})` : text;
    }
    case 'round':
      return words.round(describe(node.value, fields, locale, false), node.places);
    case 'concat':
      return words.join(node.parts.map((part) => describe(part, fields, locale, false)).join(', '));
    case 'date_diff':
      return words.diff(inner(node.from), inner(node.to), node.unit);
  }
}

/** A formula in words with field labels, e.g. "Unit price × Quantity". */
export function describeFormulaTree(node: FormulaNode, fields: readonly FieldDef[], locale: Locale): string {
  return describe(node, new Map(fields.map((field) => [field.id, field])), locale, false);
}

/** The words for a stored expression, or null when the builder cannot read it. */
export function describeFormula(rule: unknown, fields: readonly FieldDef[], locale: Locale): string | null {
  const tree = ruleToFormula(rule, fields);
  return tree ? describeFormulaTree(tree, fields, locale) : null;
}
