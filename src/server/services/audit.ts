import { sql } from 'drizzle-orm';
import { jsonb, queryRows } from '../db/sql';
import type { Db } from '../db/types';

export type AuditEntry = {
  actorId: string | null;
  entity: string;
  recordId: string;
  /** A record's change, or a workflow's history entry (`workflow.approve`, …). */
  action: 'create' | 'update' | 'delete' | `workflow.${string}`;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

const row = (entry: AuditEntry) =>
  sql`(${entry.actorId}, ${entry.entity}, ${entry.recordId}, ${entry.action}, ${jsonb(entry.before)}, ${jsonb(entry.after)})`;

/**
 * Written in the same transaction as the change it describes, so neither exists without the other.
 * Hand-written rather than drizzle's insert builder: there is one on every write, and the builder's
 * per-column work cost more than the statement (see compileSql).
 */
export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  await writeAuditEntries(db, [entry]);
}

/** Many entries in one multi-row INSERT (bulk imports, a transition's history), in the caller's transaction. */
export async function writeAuditEntries(db: Db, entries: AuditEntry[]): Promise<void> {
  // 6 parameters a row; 5,000 rows stay far below PostgreSQL's 65,535.
  for (let start = 0; start < entries.length; start += 5_000) {
    const rows = entries.slice(start, start + 5_000).map(row);
    await queryRows(db, sql`insert into audit_log (actor_id, entity, record_id, action, before, after) values ${sql.join(rows, sql`, `)}`);
  }
}
