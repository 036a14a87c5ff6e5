import { activeFields, type EntityDef } from '../metadata/entity';
import type { FieldOf } from '../metadata/field';
import { coerceFormulaResult } from './coerce-formula-result';
import { evaluateRule } from './evaluate-rule';
import { describeCycle, orderFormulas } from './formula-order';
import { RuleError } from './rule-error';
import { ruleVariables } from './rule-variables';

type FormulaField = FieldOf<'formula'>;

function formulaFields(entity: EntityDef): FormulaField[] {
  return activeFields(entity).filter((field): field is FormulaField => field.type === 'formula');
}

function prefixed(field: FormulaField, error: unknown): unknown {
  return error instanceof RuleError ? new RuleError(error.code, `formula "${field.id}": ${error.message}`) : error;
}

/** Active formula fields in an order where each follows the formulas it reads. */
function evaluationOrder(entity: EntityDef): FormulaField[] {
  const formulas = new Map(formulaFields(entity).map((field) => [field.id, field]));
  const graph = new Map<string, string[]>();
  for (const field of formulas.values()) {
    try {
      graph.set(field.id, ruleVariables(field.expression).filter((id) => formulas.has(id)));
    } catch (error) {
      throw prefixed(field, error);
    }
  }
  const { order, cycles } = orderFormulas(graph);
  if (cycles.length > 0) throw new RuleError('rule_invalid', describeCycle(cycles[0]));
  return order.map((id) => formulas.get(id) as FormulaField);
}

/**
 * Returns a copy of `values` with every active formula field computed from the record's other
 * (already normalised) values. Whatever a client sent for a formula is overwritten, and formulas
 * that read formulas see the computed value because they run in dependency order.
 */
export function computeFormulas(entity: EntityDef, values: Record<string, unknown>, options: { now?: Date } = {}): Record<string, unknown> {
  const record: Record<string, unknown> = { ...values };
  // One `now` for the whole record, so two formulas using today cannot straddle midnight.
  const now = options.now ?? new Date();
  for (const field of evaluationOrder(entity)) {
    try {
      record[field.id] = coerceFormulaResult(field, evaluateRule(field.expression, record, { now, exactArithmetic: field.resultType === 'number' || field.resultType === 'money' }));
    } catch (error) {
      throw prefixed(field, error);
    }
  }
  return record;
}

/**
 * Problems that must block publishing an entity: a formula that fails checkRule, reads a field the
 * entity lacks or has removed, or takes part in a cycle. Empty when every formula can be computed.
 */
export function checkFormulas(entity: EntityDef): string[] {
  const problems: string[] = [];
  const fields = new Map(entity.fields.map((field) => [field.id, field]));
  const formulas = formulaFields(entity);
  const formulaIds = new Set(formulas.map((field) => field.id));
  const graph = new Map<string, string[]>();
  for (const field of formulas) {
    let variables: string[];
    try {
      variables = ruleVariables(field.expression);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      problems.push(`formula "${field.id}": ${error.message}`);
      continue;
    }
    for (const id of variables) {
      const target = fields.get(id);
      if (!target) problems.push(`formula "${field.id}" references unknown field "${id}"`);
      else if (target.removed) problems.push(`formula "${field.id}" references removed field "${id}"`);
    }
    graph.set(field.id, variables.filter((id) => formulaIds.has(id)));
  }
  for (const cycle of orderFormulas(graph).cycles) problems.push(describeCycle(cycle));
  return problems;
}
