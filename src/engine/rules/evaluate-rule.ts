import { checkRule, operatorOf } from './check-rule';
import { CUSTOM_OPERATIONS } from './custom-operators';
import { RULE_LIMITS } from './limits';
import type { EvaluationContext, Operation } from './operation';
import { truthy } from './operators';
import { RuleError } from './rule-error';
import { STANDARD_OPERATIONS } from './standard-operators';
import { exactOperations } from './exact-operators';

export { RuleError, type RuleErrorCode } from './rule-error';
export { checkRule } from './check-rule';
export { ruleVariables } from './rule-variables';

/*
 * Our own interpreter of json-logic rather than json-logic-js itself: json-logic-js reads inherited
 * properties through `var` ({"var": "constructor"} returns a function), shares one global operator
 * table, and offers no hook to bound the work of map/filter/reduce. Semantics follow json-logic-js
 * (a parity test runs both on generated rules); only the allow-listed operators exist.
 */

export type EvaluateOptions = {
  /** The instant `today` reads; defaults to the current time. */
  now?: Date;
  /** Evaluation budget in operations; defaults to RULE_LIMITS.maxCost. */
  maxCost?: number;
  /** Decimal-exact +, - and * (numeric and money formulas). */
  exactArithmetic?: boolean;
};

const OPERATIONS: ReadonlyMap<string, Operation> = new Map([...STANDARD_OPERATIONS, ...CUSTOM_OPERATIONS]);
const EXACT_OPERATIONS: ReadonlyMap<string, Operation> = new Map([...OPERATIONS, ...exactOperations(STANDARD_OPERATIONS)]);

/** Operators that decide which arguments to evaluate, and with which data. */
type ControlOperation = (args: unknown[], data: unknown, context: EvaluationContext) => unknown;

const CONTROL_OPERATIONS: ReadonlyMap<string, ControlOperation> = new Map<string, ControlOperation>([
  ['if', evaluateIf],
  ['?:', evaluateIf],
  ['and', (args, data, context) => {
    let current: unknown;
    for (const arg of args) {
      current = evaluate(arg, data, context);
      if (!truthy(current)) return current;
    }
    return current;
  }],
  ['or', (args, data, context) => {
    let current: unknown;
    for (const arg of args) {
      current = evaluate(arg, data, context);
      if (truthy(current)) return current;
    }
    return current;
  }],
  ['map', ([list, logic], data, context) => {
    const items = evaluate(list, data, context);
    return Array.isArray(items) ? items.map((item) => evaluate(logic, item, context)) : [];
  }],
  ['filter', ([list, logic], data, context) => {
    const items = evaluate(list, data, context);
    return Array.isArray(items) ? items.filter((item) => truthy(evaluate(logic, item, context))) : [];
  }],
  ['reduce', ([list, logic, initial], data, context) => {
    const items = evaluate(list, data, context);
    const seed = initial === undefined ? null : evaluate(initial, data, context);
    if (!Array.isArray(items)) return seed;
    return items.reduce((accumulator: unknown, current: unknown) => evaluate(logic, { current, accumulator }, context), seed);
  }],
  // An empty or non-array list: all → false, some → false, none → true (json-logic's choice).
  ['all', ([list, logic], data, context) => {
    const items = evaluate(list, data, context);
    return Array.isArray(items) && items.length > 0 && items.every((item) => truthy(evaluate(logic, item, context)));
  }],
  ['some', ([list, logic], data, context) => {
    const items = evaluate(list, data, context);
    return Array.isArray(items) && items.some((item) => truthy(evaluate(logic, item, context)));
  }],
  ['none', ([list, logic], data, context) => {
    const items = evaluate(list, data, context);
    return !Array.isArray(items) || !items.some((item) => truthy(evaluate(logic, item, context)));
  }],
]);

function evaluateIf(args: unknown[], data: unknown, context: EvaluationContext): unknown {
  let i = 0;
  for (; i < args.length - 1; i += 2) {
    if (truthy(evaluate(args[i], data, context))) return evaluate(args[i + 1], data, context);
  }
  return i === args.length - 1 ? evaluate(args[i], data, context) : null;
}

/** Arguments are paid for by size too: one unit per array element, one per 1,000 characters. */
function sizeCost(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'string') return Math.ceil(value.length / 1000);
  return 0;
}

function evaluate(node: unknown, data: unknown, context: EvaluationContext): unknown {
  context.charge(1);
  if (Array.isArray(node)) return node.map((item) => evaluate(item, data, context));
  if (node === null || typeof node !== 'object') return node;
  const { op, args } = operatorOf(node as Record<string, unknown>);
  const control = CONTROL_OPERATIONS.get(op);
  if (control) return control(args, data, context);
  const operation = (context.exact ? EXACT_OPERATIONS : OPERATIONS).get(op);
  // checkRule already refused unknown operators; this guards callers of evaluate on unchecked input.
  if (!operation) throw new RuleError('rule_unknown_operator', `unknown operator "${op}"`);
  const values = args.map((arg) => evaluate(arg, data, context));
  for (const value of values) context.charge(sizeCost(value));
  return operation(values, data, context);
}

/** Checks `rule` (throws RuleError), then evaluates it against `data` within a cost budget. */
export function evaluateRule(rule: unknown, data: Record<string, unknown>, options: EvaluateOptions = {}): unknown {
  checkRule(rule);
  const maxCost = options.maxCost ?? RULE_LIMITS.maxCost;
  let cost = 0;
  const context: EvaluationContext = {
    now: options.now ?? new Date(),
    exact: options.exactArithmetic ?? false,
    charge(units) {
      cost += units;
      if (cost > maxCost) throw new RuleError('rule_too_costly', `rule evaluation needs more than ${maxCost} operations`);
    },
  };
  return evaluate(rule, data, context);
}
