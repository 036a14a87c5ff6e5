import { checkRule, operatorOf } from './check-rule';
import { SCOPED_OPERATORS } from './operators';
import { pathSegments } from './var-path';

function firstSegment(path: unknown): string | undefined {
  if (typeof path !== 'string' && typeof path !== 'number') return undefined;
  return pathSegments(path)[0];
}

/**
 * The distinct record fields a rule reads (first segment of each `var` path and each literal
 * `missing` key), in order of appearance. Paths inside the per-element logic of map, filter,
 * reduce, all, some and none name the element, not the record, so they are left out; so is
 * `{"var": ""}`, which names no field. Throws RuleError when the rule fails checkRule.
 */
export function ruleVariables(rule: unknown): string[] {
  checkRule(rule);
  const fields = new Set<string>();
  const add = (path: unknown) => {
    const field = firstSegment(path);
    if (field) fields.add(field);
  };
  // checkRule bounds the depth at 64, so plain recursion is safe here.
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const { op, args } = operatorOf(node as Record<string, unknown>);
    if (op === 'var') {
      add(args[0]);
      args.slice(1).forEach(visit);
    } else if (op === 'missing') {
      (Array.isArray(args[0]) ? args[0] : args).forEach((key) => (typeof key === 'object' ? visit(key) : add(key)));
    } else if (op === 'missing_some') {
      visit(args[0]);
      (Array.isArray(args[1]) ? args[1] : [args[1]]).forEach((key) => (typeof key === 'object' ? visit(key) : add(key)));
    } else if (SCOPED_OPERATORS.has(op)) {
      visit(args[0]);
      // args[1] runs against each element; reduce's seed (args[2]) reads the record again.
      if (op === 'reduce') visit(args[2]);
    } else {
      args.forEach(visit);
    }
  };
  visit(rule);
  return [...fields];
}
