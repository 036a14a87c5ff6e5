import type { RecordDto } from '@/engine/contract/api-types';
import { activeFields } from '@/engine/metadata/entity';
import type { Db } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { bulkInsertRecords } from '../../store/bulk-insert';
import { bulkUpdateRecords, type BulkChange } from '../../store/bulk-update';
import { writeAuditEntries, type AuditEntry } from '../audit';
import { reserveAutoNumbers } from '../auto-numbers';
import { computeRecords } from '../compute-record';
import { recordCounterChanges } from '../counter-ledger';
import { cellError, type Candidate } from './candidate';
import type { ImportPlan } from './import-plan';

export type WriteCounts = { inserted: number; updated: number };
type Row = Record<string, unknown>;

function stored(record: RecordDto): Row {
  const values: Row = {};
  for (const [key, value] of Object.entries(record)) if (!key.startsWith('_')) values[key] = value;
  return values;
}

/** Snapshots and formulas for a batch as single writes compute them; returns what each write sets. */
async function computedBatch(db: Db, plan: ImportPlan, candidates: Candidate[]): Promise<Row[]> {
  const { entity, registry } = plan;
  const inputs = candidates.map((candidate) => {
    const before = candidate.existing ? stored(candidate.existing) : {};
    const values = { ...before, ...candidate.values! };
    const changedRelations = new Set(activeFields(entity).filter((f) => f.type === 'relation' && before[f.id] !== values[f.id]).map((f) => f.id));
    return { values, changedRelations };
  });
  const results = await computeRecords(db, registry, entity, inputs);
  return candidates.map((candidate, index) => {
    const changes: Row = { ...candidate.values! };
    for (const field of activeFields(entity)) {
      if (field.type === 'formula' || field.type === 'rollup' || field.copyFrom) changes[field.id] = results[index][field.id];
    }
    return changes;
  });
}

/**
 * Writes validated candidates of a plain entity in the caller's transaction: one multi-row INSERT
 * for new records, one UPDATE … FROM VALUES per set of changed fields for key matches, one
 * multi-row INSERT into audit_log. Computed fields, auto numbers and counter ledger entries are
 * made as for single writes. An update whose record changed since it was read gets a row error.
 */
export async function writePlainCandidates(db: Db, actor: Actor, plan: ImportPlan, candidates: Candidate[]): Promise<WriteCounts> {
  const { entity, registry } = plan;
  const audit: AuditEntry[] = [];
  const creates = await computedBatch(db, plan, candidates.filter((c) => !c.existing));
  const numbers = await reserveAutoNumbers(db, entity, creates.length);
  creates.forEach((values, index) => Object.assign(values, numbers[index]));
  const created = await bulkInsertRecords(db, entity, creates, { actorId: actor.id });
  for (const record of created) audit.push({ actorId: actor.id, entity: entity.key, recordId: record.id, action: 'create', before: null, after: record });
  await recordCounterChanges(db, registry, entity, created.map((record) => ({ before: null, after: record })), actor.id);

  // One statement per set of changed fields: every row of a file changes the same columns, so usually one.
  const bySignature = new Map<string, Array<{ candidate: Candidate; change: BulkChange }>>();
  const matches = candidates.filter((c) => c.existing);
  const matchValues = await computedBatch(db, plan, matches);
  for (const [index, candidate] of matches.entries()) {
    const values = matchValues[index];
    const signature = Object.keys(values).sort().join(',');
    const change = { id: candidate.existing!.id, version: candidate.existing!.version, values };
    bySignature.set(signature, [...(bySignature.get(signature) ?? []), { candidate, change }]);
  }
  let updated = 0;
  const counterChanges: Array<{ before: Row; after: Row }> = [];
  for (const group of bySignature.values()) {
    const after = new Map((await bulkUpdateRecords(db, entity, group.map((item) => item.change))).map((record) => [record.id, record]));
    for (const { candidate, change } of group) {
      const record = after.get(change.id);
      if (!record) {
        candidate.errors.push(cellError(candidate.parentRow, null, null, 'The record was changed by someone else during the import; import this row again'));
        continue;
      }
      updated += 1;
      audit.push({ actorId: actor.id, entity: entity.key, recordId: record.id, action: 'update', before: candidate.existing!, after: record });
      counterChanges.push({ before: candidate.existing!, after: record });
    }
  }
  await recordCounterChanges(db, registry, entity, counterChanges, actor.id);
  await writeAuditEntries(db, audit);
  return { inserted: created.length, updated };
}
