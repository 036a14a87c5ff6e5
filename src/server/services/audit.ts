import { auditLog } from '../db/schema';
import type { Db } from '../db/types';

export type AuditEntry = {
  actorId: string | null;
  entity: string;
  recordId: string;
  action: 'create' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** Written in the same transaction as the change it describes, so neither exists without the other. */
export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/** Many entries in one multi-row INSERT (bulk imports), in the caller's transaction. */
export async function writeAuditEntries(db: Db, entries: AuditEntry[]): Promise<void> {
  // 6 parameters a row; 5,000 rows stay far below PostgreSQL's 65,535.
  for (let start = 0; start < entries.length; start += 5_000) await db.insert(auditLog).values(entries.slice(start, start + 5_000));
}
