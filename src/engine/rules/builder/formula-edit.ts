import type { FieldDef } from '../../metadata/field';
import { isVariadic, type ArithmeticOperator, type FormulaKind, type FormulaNode } from './formula-tree';

export type FormulaPath = readonly number[];

/** A node's sub-expressions in display order; replaceChild addresses them by the same index. */
export function formulaChildren(node: FormulaNode): FormulaNode[] {
  switch (node.kind) {
    case 'arithmetic':
      return node.operands;
    case 'round':
      return [node.value];
    case 'concat':
      return node.parts;
    case 'date_diff':
      return [node.from, node.to];
    default:
      return [];
  }
}

function replaceChild(node: FormulaNode, index: number, child: FormulaNode): FormulaNode {
  const swap = (list: FormulaNode[]) => list.map((item, at) => (at === index ? child : item));
  switch (node.kind) {
    case 'arithmetic':
      return { ...node, operands: swap(node.operands) };
    case 'round':
      return { ...node, value: child };
    case 'concat':
      return { ...node, parts: swap(node.parts) };
    case 'date_diff':
      return index === 0 ? { ...node, from: child } : { ...node, to: child };
    default:
      return node;
  }
}

export function updateFormulaAt(node: FormulaNode, path: FormulaPath, update: (node: FormulaNode) => FormulaNode): FormulaNode {
  if (path.length === 0) return update(node);
  const [index, ...rest] = path;
  const child = formulaChildren(node)[index];
  return child ? replaceChild(node, index, updateFormulaAt(child, rest, update)) : node;
}

/** Drops one operand of + / × or one part of a text join, never below what the operator needs. */
export function removeFormulaChild(node: FormulaNode, index: number): FormulaNode {
  if (node.kind === 'arithmetic' && node.operands.length > 2) return { ...node, operands: node.operands.filter((_, at) => at !== index) };
  if (node.kind === 'concat' && node.parts.length > 1) return { ...node, parts: node.parts.filter((_, at) => at !== index) };
  return node;
}

export function addFormulaChild(node: FormulaNode, child: FormulaNode): FormulaNode {
  if (node.kind === 'arithmetic' && isVariadic(node.op)) return { ...node, operands: [...node.operands, child] };
  if (node.kind === 'concat') return { ...node, parts: [...node.parts, child] };
  return node;
}

/** − and ÷ take two operands, so switching to them keeps the first two. */
export function withArithmeticOperator(node: FormulaNode, op: ArithmeticOperator): FormulaNode {
  if (node.kind !== 'arithmetic') return node;
  return { ...node, op, operands: isVariadic(op) ? node.operands : node.operands.slice(0, 2) };
}

/** A fresh leaf: the first field when there is one, else the number 0. */
export function newFormulaLeaf(fields: readonly FieldDef[]): FormulaNode {
  return fields.length > 0 ? { kind: 'field', field: fields[0].id } : { kind: 'number', value: 0 };
}

/**
 * The node turned into another kind. Compound kinds wrap what was there (a field becomes the first
 * operand of a sum, the value rounded, the start date), so building outward never loses work.
 */
export function changeFormulaKind(node: FormulaNode, kind: FormulaKind, fields: readonly FieldDef[]): FormulaNode {
  if (node.kind === kind) return node;
  switch (kind) {
    case 'field':
      return newFormulaLeaf(fields);
    case 'number':
      return { kind: 'number', value: 0 };
    case 'text':
      return { kind: 'text', value: '' };
    case 'today':
      return { kind: 'today' };
    case 'arithmetic':
      return { kind: 'arithmetic', op: '+', operands: [node, { kind: 'number', value: 0 }] };
    case 'round':
      return { kind: 'round', value: node, places: 2 };
    case 'concat':
      return { kind: 'concat', parts: [node] };
    case 'date_diff':
      return { kind: 'date_diff', from: node, to: { kind: 'today' }, unit: 'day' };
  }
}
