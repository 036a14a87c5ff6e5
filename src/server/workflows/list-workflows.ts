import { and, desc, eq } from 'drizzle-orm';
import type { Label } from '@/engine/metadata/keys';
import type { Trigger } from '@/engine/workflow';
import { definitions } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { assertDesigner, WORKFLOW_KIND } from './definition-rows';

export type WorkflowSummary = { key: string; name: Label; entity: string; trigger: Trigger; publishedVersion: number | null; hasDraft: boolean; updatedAt: string };

/** Every workflow, described by its draft when there is one (what the designer is working on). */
export async function listWorkflows(db: Db, actor: Actor): Promise<WorkflowSummary[]> {
  assertDesigner(actor);
  const rows = await db
    .select({ key: definitions.key, version: definitions.version, status: definitions.status, json: definitions.json, createdAt: definitions.createdAt })
    .from(definitions)
    .where(and(eq(definitions.kind, WORKFLOW_KIND)))
    .orderBy(definitions.key, desc(definitions.version));
  const byKey = new Map<string, WorkflowSummary>();
  for (const row of rows) {
    const doc = row.json as { name: Label; entity: string; trigger: Trigger };
    const at = new Date(row.createdAt).toISOString();
    const summary = byKey.get(row.key);
    if (!summary) {
      byKey.set(row.key, {
        key: row.key,
        name: doc.name,
        entity: doc.entity,
        trigger: doc.trigger,
        publishedVersion: row.status === 'published' ? row.version : null,
        hasDraft: row.status === 'draft',
        updatedAt: at,
      });
      continue;
    }
    // Rows come newest version first and the draft is version 0, so it arrives last.
    if (row.status === 'published') summary.publishedVersion ??= row.version;
    if (row.status === 'draft') Object.assign(summary, { name: doc.name, entity: doc.entity, trigger: doc.trigger, hasDraft: true, updatedAt: at > summary.updatedAt ? at : summary.updatedAt });
  }
  return [...byKey.values()];
}
