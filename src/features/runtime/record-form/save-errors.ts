import type { EntityView } from '@/engine/contract/api-types';
import { findField } from '@/engine/metadata/entity';
import type { Label } from '@/engine/metadata/keys';
import type { ApiError } from '../api-client';
import type { Shortage } from '../stock/stock-shortage';
import { toFormPath } from './form-values';

export type FieldProblem = { path: string; message: string };

/** What a failed save shows above the form; field messages also go under their inputs. */
export type SaveFailure =
  | { kind: 'validation'; message: string; problems: { where: string; message: string }[] }
  | { kind: 'conflict' }
  | { kind: 'stock'; shortages: Shortage[] }
  | { kind: 'error'; message: string };

export function fieldProblems(error: ApiError): FieldProblem[] {
  const fields = (error.details as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields
    .filter((item): item is { field: string; message: string } => typeof item?.field === 'string' && typeof item?.message === 'string')
    .map((item) => ({ path: item.field, message: item.message }));
}

/**
 * Where a server message belongs in react-hook-form: a field, a child cell, or the child table as a
 * whole (`lines.root`). Row-level or record-level problems have no input and only appear in the summary.
 */
export function formPathFor(view: EntityView, apiPath: string): string | null {
  const match = /^([a-z][a-z0-9_]*)(?:\[(\d+)\](?:\.([a-z][a-z0-9_]*))?)?$/.exec(apiPath);
  const field = match && findField(view.entity, match[1]);
  if (!match || !field) return null;
  if (field.type === 'child_table' && match[2] === undefined) return `${field.id}.root`;
  if (match[2] !== undefined && !match[3]) return null;
  return toFormPath(apiPath);
}

/** "订单明细 #1 · 数量" for `lines[0].qty`, so the summary says where each problem is. */
export function describePath(view: EntityView, apiPath: string, label: (value: Label | undefined) => string): string {
  const match = /^([a-z][a-z0-9_]*)(?:\[(\d+)\](?:\.([a-z][a-z0-9_]*))?)?$/.exec(apiPath);
  const field = match && findField(view.entity, match[1]);
  if (!match || !field) return apiPath;
  if (match[2] === undefined) return label(field.label);
  const child = field.type === 'child_table' ? view.related[field.entity] : undefined;
  const column = child && match[3] ? findField(child, match[3]) : undefined;
  return `${label(field.label)} #${Number(match[2]) + 1}${column ? ` · ${label(column.label)}` : ''}`;
}
