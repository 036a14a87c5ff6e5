import { findField, type EntityDef } from '@/engine/metadata/entity';
import { labelText } from '@/engine/metadata/keys';
import { uniqueFields } from '@/engine/spreadsheet/import-targets';
import type { Db } from '../../db/types';
import { findIdsByText } from '../../store/lookup-records';
import { isUuid } from '../get-record';
import { cellError, type Candidate } from './candidate';
import type { ImportPlan, PlanColumn } from './import-plan';
import { TITLE_CACHE_SIZE } from './import-limits';
import type { SheetRow } from './sheet-rows';

type Resolved = { id: string } | { problem: string };
type Slot = { holder: Record<string, unknown>; fieldId: string; target: EntityDef; row: SheetRow; column: PlanColumn };

/** Relation ids found by title across batches of one pass; bounded, since titles repeat but files can be huge. */
export type TitleCache = Map<string, Resolved>;

function slots(plan: ImportPlan, candidate: Candidate): Slot[] {
  const found: Slot[] = [];
  for (const column of plan.columns) {
    const { field, childTable } = column.target;
    const target = field.type === 'relation' ? plan.registry.get(field.entity) : undefined;
    if (!target) continue;
    const holders = childTable
      ? ((candidate.input[childTable.id] as Record<string, unknown>[] | undefined) ?? []).map((line, i) => ({ line, row: candidate.lineRows[childTable.id][i] }))
      : [{ line: candidate.input, row: candidate.parentRow }];
    for (const { line, row } of holders) {
      if (typeof line[field.id] === 'string') found.push({ holder: line, fieldId: field.id, target, row, column });
    }
  }
  return found;
}

/** The columns a person may type instead of an id: unique text fields (a SKU) first, then the title. */
function titleColumns(target: EntityDef): string[] {
  const unique = uniqueFields(target).filter((field) => ['text', 'email', 'phone'].includes(field.type)).map((field) => field.id);
  const title = target.titleField && findField(target, target.titleField) ? [target.titleField] : [];
  return [...new Set([...unique, ...title])];
}

async function lookUp(db: Db, target: EntityDef, texts: string[]): Promise<Map<string, Resolved>> {
  const results = new Map<string, Resolved>();
  const ids = texts.filter(isUuid);
  const existing = new Set((await findIdsByText(db, target, 'id', ids)).map((row) => row.id));
  for (const text of ids) if (existing.has(text.toLowerCase())) results.set(text, { id: text.toLowerCase() });
  let pending = texts.filter((text) => !results.has(text));
  for (const fieldId of titleColumns(target)) {
    const matches = new Map<string, Set<string>>();
    for (const row of await findIdsByText(db, target, fieldId, pending)) matches.set(row.text, (matches.get(row.text) ?? new Set()).add(row.id));
    for (const [text, found] of matches) {
      const label = labelText(target.label, 'en');
      results.set(text, found.size === 1 ? { id: [...found][0] } : { problem: `${found.size} ${label} records match "${text}"; use a unique value or the record id` });
    }
    pending = pending.filter((text) => !results.has(text));
  }
  for (const text of pending) {
    results.set(text, { problem: `No ${labelText(target.label, 'en')} record matches "${text}"` });
  }
  return results;
}

/**
 * Replaces titles, SKUs or ids typed into relation columns by record ids, one query per target
 * entity and title column for the whole batch. What matches nothing, or more than one record,
 * becomes a row error for the cell.
 */
export async function resolveRelations(db: Db, plan: ImportPlan, candidates: Candidate[], cache: TitleCache): Promise<void> {
  const all = candidates.flatMap((candidate) => slots(plan, candidate).map((slot) => ({ candidate, slot })));
  const byTarget = new Map<string, Set<string>>();
  for (const { slot } of all) {
    const text = String(slot.holder[slot.fieldId]).trim();
    if (!cache.has(`${slot.target.key}\u0000${text}`)) byTarget.set(slot.target.key, (byTarget.get(slot.target.key) ?? new Set()).add(text));
  }
  for (const [key, texts] of byTarget) {
    const target = plan.registry.get(key)!;
    if (cache.size > TITLE_CACHE_SIZE) cache.clear();
    for (const [text, resolved] of await lookUp(db, target, [...texts])) cache.set(`${key}\u0000${text}`, resolved);
  }
  for (const { candidate, slot } of all) {
    const text = String(slot.holder[slot.fieldId]).trim();
    const resolved = cache.get(`${slot.target.key}\u0000${text}`) ?? { problem: `No ${labelText(slot.target.label, 'en')} record matches "${text}"` };
    if ('id' in resolved) slot.holder[slot.fieldId] = resolved.id;
    else {
      delete slot.holder[slot.fieldId];
      candidate.errors.push(cellError(slot.row, slot.column, slot.column.target.key, resolved.problem));
    }
  }
}
