import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { newRecordDefaults } from '@/engine/forms/default-values';
import { evaluateForm, type FormProblem } from '@/engine/forms/form-logic';
import type { RuleContext } from '@/engine/forms/rule-context';
import { findField, type EntityDef, type EntityLookup } from '@/engine/metadata/entity';
import { isComputed, type FieldDef } from '@/engine/metadata/field';
import { childColumns, childRowPayload, formFields, payloadValue, toPayload, type FormValues } from './form-values';

type Values = Record<string, unknown>;

/**
 * Where the rules of one input live: the record's entity, or the child entity of one table row.
 * `prefix` turns a field id of that entity into its react-hook-form path.
 */
export type RuleScope = {
  entity: EntityDef;
  prefix: string;
  /** Values rules read that no input of this scope holds. */
  base: Values;
  /** Field ids whose values come from the inputs (as the API would get them). */
  inputs: ReadonlySet<string>;
  row?: { table: string; index: number; columns: FieldDef[] };
};

export function formLookup(view: EntityView): EntityLookup {
  return (key) => (key === view.entity.key ? view.entity : view.related[key]);
}

/** Fields whose values the form sends: shown, stored, not computed, not the lifecycle state. */
function sentFields(view: EntityView): FieldDef[] {
  return formFields(view).filter((field) => !isComputed(field) && field.id !== view.entity.lifecycle?.field);
}

/**
 * What rules read besides the inputs: the stored record when editing; for a new record the
 * defaults and the starting state the server will give it, so both sides see the same record.
 */
export function baseValues(view: EntityView, record: RecordDto | undefined, context: RuleContext): Values {
  if (record) return Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('_')));
  const lifecycle = view.entity.lifecycle;
  return { ...newRecordDefaults(view.entity, context), ...(lifecycle ? { [lifecycle.field]: lifecycle.initial } : {}) };
}

/** The scope of a react-hook-form path: `customer`, or `lines.0.qty` in a child row; null when unknown. */
export function scopeOf(view: EntityView, base: Values, name: string): RuleScope | null {
  const parts = name.split('.');
  if (parts.length === 1) return { entity: view.entity, prefix: '', base, inputs: new Set(sentFields(view).map((field) => field.id)) };
  const table = findField(view.entity, parts[0]);
  const child = table?.type === 'child_table' ? view.related[table.entity] : undefined;
  if (parts.length !== 3 || !child) return null;
  const columns = childColumns(child, view.entity.key);
  return {
    entity: child,
    prefix: `${parts[0]}.${parts[1]}.`,
    base: {},
    inputs: new Set(columns.filter((column) => !isComputed(column)).map((column) => column.id)),
    row: { table: parts[0], index: Number(parts[1]), columns },
  };
}

function inputValue(view: EntityView, scope: RuleScope, id: string, value: unknown): unknown {
  const field = findField(scope.entity, id);
  if (!field) return value;
  if (field.type !== 'child_table') return payloadValue(field, value);
  const child = view.related[field.entity];
  const columns = child ? childColumns(child, scope.entity.key) : [];
  return (Array.isArray(value) ? value : []).map((row) => ({ ...childRowPayload(columns, row), ...copiedValues(columns, row) }));
}

/**
 * Snapshots the form shows (a line's unit price copied from the picked product) are what the server
 * will copy on save, so rules over totals see them; the request body leaves them out.
 */
function copiedValues(columns: FieldDef[], row: unknown): Values {
  const values = (row ?? {}) as Values;
  return Object.fromEntries(columns.filter((column) => column.copyFrom).map((column) => [column.id, payloadValue(column, values[column.id])]));
}

/** The values rules read from a few watched inputs (`ids`, with `watched` in the same order). */
export function watchedRuleData(view: EntityView, scope: RuleScope, ids: readonly string[], watched: readonly unknown[]): Values {
  const data = { ...scope.base };
  ids.forEach((id, index) => {
    if (scope.inputs.has(id)) data[id] = inputValue(view, scope, id, watched[index]);
  });
  return data;
}

/** The values rules read from the whole form: the request body the form would send, over the base. */
export function scopeRuleData(view: EntityView, scope: RuleScope, values: FormValues): Values {
  if (!scope.row) return { ...scope.base, ...toPayload(view, values) };
  const rows = values[scope.row.table];
  return childRowPayload(scope.row.columns, Array.isArray(rows) ? rows[scope.row.index] : undefined);
}

/**
 * Problems no input shows: rules about the record as a whole (or a row), and fields the layout
 * does not place. Checked on submit; the inputs check their own problems.
 */
export function unplacedProblems(view: EntityView, values: FormValues, base: Values, context: RuleContext): FormProblem[] {
  const placed = new Set(formFields(view).map((field) => field.id));
  const result = evaluateForm(view.entity, { ...base, ...toPayload(view, values) }, { ...context, lookup: formLookup(view) });
  return result.problems.filter((problem) => {
    const match = /^([a-z][a-z0-9_]*)(?:\[\d+\](?:\.([a-z][a-z0-9_]*))?)?$/.exec(problem.path);
    if (!match) return true;
    // A child-row field has its own cell; a row-level rule (`lines[0]`) has none, and the table
    // itself checks only its static requirement.
    if (/\[\d+\]$/.test(problem.path)) return true;
    if (problem.path === match[1] && problem.field?.type === 'child_table') return true;
    return !placed.has(match[1]);
  });
}
