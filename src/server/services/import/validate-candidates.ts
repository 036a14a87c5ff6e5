import { labelText } from '@/engine/metadata/keys';
import { normalizeFieldValue, validateRecordInput } from '@/engine/records/validate-record';
import { uniqueFields } from '@/engine/spreadsheet/import-targets';
import type { Db } from '../../db/types';
import { findRecordsByValues } from '../../store/lookup-records';
import { cellError, locate, type Candidate } from './candidate';
import type { ImportPlan } from './import-plan';
import { resolveRelations, type TitleCache } from './resolve-relations';

/** What one pass over the file remembers between batches. */
export type PassState = { titles: TitleCache; seen: Map<string, Map<string, number>> };

export function newPassState(): PassState {
  return { titles: new Map(), seen: new Map() };
}

/** Finds the stored record each row's key names; those rows update it instead of inserting. */
async function matchKeys(db: Db, plan: ImportPlan, candidates: Candidate[]): Promise<void> {
  const keyField = plan.keyField!;
  const keys = new Map<Candidate, string>();
  for (const candidate of candidates) {
    const normalized = normalizeFieldValue(keyField, candidate.input[keyField.id]);
    if (normalized.ok && normalized.value !== null) keys.set(candidate, String(normalized.value));
  }
  const existing = await findRecordsByValues(db, plan.entity, keyField, [...new Set(keys.values())]);
  const byKey = new Map(existing.map((record) => [String(record[keyField.id]), record]));
  for (const [candidate, key] of keys) candidate.existing = byKey.get(key);
}

/** Unique fields must be unique within the file and against stored records other than the one a row updates. */
async function checkUnique(db: Db, plan: ImportPlan, candidates: Candidate[], seen: PassState['seen']): Promise<void> {
  for (const field of uniqueFields(plan.entity)) {
    const column = plan.columns.find((c) => c.target.key === field.id);
    if (!column) continue;
    const label = labelText(field.label, 'en');
    const firstRows = seen.get(field.id) ?? new Map<string, number>();
    seen.set(field.id, firstRows);
    const fresh: Candidate[] = [];
    for (const candidate of candidates) {
      const value = candidate.values?.[field.id];
      if (candidate.errors.length > 0 || value === null || value === undefined) continue;
      const first = firstRows.get(String(value));
      if (first !== undefined) candidate.errors.push(cellError(candidate.parentRow, column, field.id, `${label} "${value}" appears more than once in the file (first in row ${first})`));
      else {
        firstRows.set(String(value), candidate.parentRow.row);
        fresh.push(candidate);
      }
    }
    const stored = await findRecordsByValues(db, plan.entity, field, fresh.map((candidate) => candidate.values![field.id]));
    const owners = new Map(stored.map((record) => [String(record[field.id]), record.id]));
    for (const candidate of fresh) {
      const owner = owners.get(String(candidate.values![field.id]));
      if (owner && owner !== candidate.existing?.id) {
        const message = `A ${labelText(plan.entity.label, 'en')} record with ${label} "${candidate.values![field.id]}" already exists; choose ${field.id} as the key field to update it`;
        candidate.errors.push(cellError(candidate.parentRow, column, field.id, message));
      }
    }
  }
}

/**
 * Validates a batch of candidates exactly as the record API would (validateRecordInput, mode
 * create or update), after relation titles are resolved and key matches found. Errors land on the
 * candidates with their spreadsheet row and column; a cell that already failed to convert or
 * resolve is not reported twice.
 */
export async function validateCandidates(db: Db, plan: ImportPlan, candidates: Candidate[], state: PassState): Promise<void> {
  await resolveRelations(db, plan, candidates, state.titles);
  if (plan.keyField) await matchKeys(db, plan, candidates);
  for (const candidate of candidates) {
    const result = validateRecordInput(plan.entity, candidate.input, { mode: candidate.existing ? 'update' : 'create', lookup: plan.registry.get });
    if (result.ok) {
      if (candidate.errors.length === 0) candidate.values = result.record.values;
      continue;
    }
    for (const error of result.errors) {
      const { row, column, field } = locate(plan, candidate, error.field);
      if (candidate.errors.some((known) => known.row === row.row && known.field === field)) continue;
      candidate.errors.push(cellError(row, column, field, error.message));
    }
  }
  await checkUnique(db, plan, candidates, state.seen);
}
