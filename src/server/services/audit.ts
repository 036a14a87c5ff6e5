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
