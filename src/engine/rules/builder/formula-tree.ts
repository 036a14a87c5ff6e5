import type { FieldDef } from '../../metadata/field';
import { checkRule } from '../check-rule';
import { isDateUnit, type DateUnit } from '../operators';

/** What the formula builder edits; formulaToRule and ruleToFormula are exact inverses on it. */
export type ArithmeticOperator = '+' | '-' | '*' | '/';
export type FormulaNode =
  | { kind: 'field'; field: string }
  /** null while the designer has not typed a number yet. */
  | { kind: 'number'; value: number | null }
  | { kind: 'text'; value: string }
  | { kind: 'today' }
  /** + and × take two or more operands; − and ÷ exactly two. */
  | { kind: 'arithmetic'; op: ArithmeticOperator; operands: FormulaNode[] }
  | { kind: 'round'; value: FormulaNode; places: number }
  | { kind: 'concat'; parts: FormulaNode[] }
  | { kind: 'date_diff'; from: FormulaNode; to: FormulaNode; unit: DateUnit };
export type FormulaKind = FormulaNode['kind'];

export const FORMULA_KINDS: readonly FormulaKind[] = ['field', 'number', 'text', 'today', 'arithmetic', 'round', 'concat', 'date_diff'];
export const ARITHMETIC_OPERATORS: readonly ArithmeticOperator[] = ['+', '-', '*', '/'];
/** Decimal places `round` offers, as many as a numeric column keeps. */
export const MAX_ROUND_PLACES = 10;

export function isVariadic(op: ArithmeticOperator): boolean {
  return op === '+' || op === '*';
}

export function formulaToRule(node: FormulaNode): unknown {
  switch (node.kind) {
    case 'field':
      return { var: node.field };
    case 'number':
    case 'text':
      return node.value;
    case 'today':
      return { today: [] };
    case 'arithmetic':
      return { [node.op]: node.operands.map(formulaToRule) };
    case 'round':
      return { round: [formulaToRule(node.value), node.places] };
    case 'concat':
      return { cat: node.parts.map(formulaToRule) };
    case 'date_diff':
      return { date_diff: [formulaToRule(node.from), formulaToRule(node.to), node.unit] };
  }
}

function asOperation(node: unknown): { op: string; args: unknown[] } | null {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return null;
  const keys = Object.keys(node);
  if (keys.length !== 1) return null;
  const value = (node as Record<string, unknown>)[keys[0]];
  return { op: keys[0], args: Array.isArray(value) ? value : [value] };
}

function parseAll(nodes: unknown[], fields: ReadonlySet<string>): FormulaNode[] | null {
  const parsed: FormulaNode[] = [];
  for (const node of nodes) {
    const next = parse(node, fields);
    if (!next) return null;
    parsed.push(next);
  }
  return parsed;
}

function parseArithmetic(op: ArithmeticOperator, args: unknown[], fields: ReadonlySet<string>): FormulaNode | null {
  // A lone operand means something else in json-logic (negation, a cast to number).
  if (isVariadic(op) ? args.length < 2 : args.length !== 2) return null;
  const operands = parseAll(args, fields);
  return operands && { kind: 'arithmetic', op, operands };
}

function parseRound([value, places = 0, ...extra]: unknown[], fields: ReadonlySet<string>): FormulaNode | null {
  if (extra.length > 0 || typeof places !== 'number' || !Number.isInteger(places) || places < 0 || places > MAX_ROUND_PLACES) return null;
  const inner = parse(value, fields);
  return inner && { kind: 'round', value: inner, places };
}

function parseDateDiff([from, to, unit = 'day', ...extra]: unknown[], fields: ReadonlySet<string>): FormulaNode | null {
  if (extra.length > 0 || !isDateUnit(unit)) return null;
  const [a, b] = [parse(from, fields), parse(to, fields)];
  return a && b && { kind: 'date_diff', from: a, to: b, unit };
}

function parse(node: unknown, fields: ReadonlySet<string>): FormulaNode | null {
  if (node === null) return { kind: 'number', value: null };
  if (typeof node === 'number') return { kind: 'number', value: node };
  if (typeof node === 'string') return { kind: 'text', value: node };
  const operation = asOperation(node);
  if (!operation) return null;
  const { op, args } = operation;
  switch (op) {
    case 'var':
      return args.length === 1 && typeof args[0] === 'string' && fields.has(args[0]) ? { kind: 'field', field: args[0] } : null;
    case 'today':
      return args.length === 0 ? { kind: 'today' } : null;
    case '+':
    case '-':
    case '*':
    case '/':
      return parseArithmetic(op, args, fields);
    case 'round':
      return parseRound(args, fields);
    case 'cat': {
      const parts = args.length > 0 ? parseAll(args, fields) : null;
      return parts && { kind: 'concat', parts };
    }
    case 'date_diff':
      return parseDateDiff(args, fields);
    default:
      return null;
  }
}

/** The formula tree of an expression, or null when it uses anything the builder cannot show. */
export function ruleToFormula(rule: unknown, fields: readonly FieldDef[]): FormulaNode | null {
  try {
    checkRule(rule);
  } catch {
    return null;
  }
  return parse(rule, new Set(fields.map((field) => field.id)));
}
