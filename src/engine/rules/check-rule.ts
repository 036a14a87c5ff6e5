import { RULE_LIMITS } from './limits';
import { ALLOWED_OPERATORS, isDateUnit } from './operators';
import { RuleError } from './rule-error';
import { assertSafePath } from './var-path';

type Frame = { node: unknown; depth: number };

/** A json-logic operator node: a plain object with exactly one key. */
export function operatorOf(node: Record<string, unknown>): { op: string; args: unknown[] } {
  const op = Object.keys(node)[0];
  const value = node[op];
  return { op, args: Array.isArray(value) ? value : [value] };
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Validates a rule document without evaluating it. Iterative with an explicit depth counter, and
 * every limit is checked before the work it guards, so a hostile document (100,000 levels deep,
 * a sparse array of length 1e9, a cycle) is refused with a RuleError, never a stack overflow.
 */
export function checkRule(rule: unknown): void {
  if (rule === undefined) throw new RuleError('rule_invalid', 'rule is missing');
  let nodes = 1;
  let textLength = 0;
  const stack: Frame[] = [{ node: rule, depth: 1 }];
  const push = (children: unknown[], depth: number) => {
    // Counted before pushing, so a sparse array of length 1e9 costs nothing.
    nodes += children.length;
    if (nodes > RULE_LIMITS.maxNodes) throw new RuleError('rule_too_large', `rule has more than ${RULE_LIMITS.maxNodes} nodes`);
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i], depth });
  };
  const countText = (length: number) => {
    textLength += length;
    // Each character is at least one byte, so this refuses huge strings before serialising them.
    if (textLength > RULE_LIMITS.maxBytes) throw tooManyBytes();
  };

  while (stack.length > 0) {
    const { node, depth } = stack.pop() as Frame;
    if (node === null || typeof node === 'boolean') continue;
    if (typeof node === 'string') {
      countText(node.length);
      continue;
    }
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) throw new RuleError('rule_invalid', `rule contains the number ${node}, which is not JSON`);
      continue;
    }
    if (typeof node !== 'object') throw new RuleError('rule_invalid', `rule contains a value of type ${typeof node}, which is not JSON`);
    if (depth > RULE_LIMITS.maxDepth) throw new RuleError('rule_too_deep', `rule is nested deeper than ${RULE_LIMITS.maxDepth} levels`);
    if (Array.isArray(node)) {
      push(node, depth + 1);
      continue;
    }
    if (!isPlainObject(node)) throw new RuleError('rule_invalid', 'rule contains an object that is not plain JSON');
    const keyCount = Object.keys(node).length;
    if (keyCount !== 1) {
      throw new RuleError('rule_invalid', `an operation must be an object with exactly one operator key, found ${keyCount} keys`);
    }
    const { op, args } = operatorOf(node);
    countText(op.length);
    if (!ALLOWED_OPERATORS.has(op)) throw new RuleError('rule_unknown_operator', `unknown operator "${truncate(op)}"`);
    checkArguments(op, args);
    push(args, depth + 1);
  }

  const bytes = new TextEncoder().encode(JSON.stringify(rule)).length;
  if (bytes > RULE_LIMITS.maxBytes) throw tooManyBytes();
}

function tooManyBytes(): RuleError {
  return new RuleError('rule_too_large', `rule is larger than ${RULE_LIMITS.maxBytes} bytes of JSON`);
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function isLiteralKey(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}

/** Static argument checks; anything computed at run time is checked again there. */
function checkArguments(op: string, args: unknown[]): void {
  switch (op) {
    case 'var': {
      const path = args[0];
      // A computed path would hide what a formula depends on, so only literals are accepted.
      if (!(path === undefined || path === null || isLiteralKey(path))) {
        throw new RuleError('rule_invalid', 'a var path must be a literal string or number');
      }
      assertSafePath(path);
      return;
    }
    case 'missing':
      for (const key of Array.isArray(args[0]) ? args[0] : args) if (isLiteralKey(key)) assertSafePath(key);
      return;
    case 'missing_some':
      if (Array.isArray(args[1])) for (const key of args[1]) if (isLiteralKey(key)) assertSafePath(key);
      return;
    case 'date_add':
    case 'date_diff':
      if (typeof args[2] === 'string' && !isDateUnit(args[2])) {
        throw new RuleError('rule_invalid', `${op} unit must be "day", "month" or "year", not "${truncate(args[2])}"`);
      }
      return;
    case '*':
      if (args.length === 0) throw new RuleError('rule_invalid', '"*" needs at least one argument');
      return;
  }
}
