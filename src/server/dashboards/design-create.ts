import { z } from 'zod';
import { DASHBOARD_SCHEMA_VERSION, DashboardKeySchema, type DashboardDef } from '@/engine/dashboard';
import { LabelSchema, MetadataKeySchema } from '@/engine/metadata/keys';
import { definitions } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { conflict, mapDbErrors, validationFailed } from '../errors';
import { DASHBOARD_KIND } from './dashboard-rows';
import { assertDashboardDesigner, dashboardRows } from './design-rows';

/** `preview` is a sibling route of `/dashboards/{key}`, so no dashboard may be called that. */
const RESERVED_KEYS = new Set(['preview']);

export const NewDashboardSchema = z.object({
  key: DashboardKeySchema.refine((key) => !RESERVED_KEYS.has(key), { message: 'is reserved' }),
  name: LabelSchema,
  roles: z.array(MetadataKeySchema).max(50).optional(),
});
export type NewDashboard = z.infer<typeof NewDashboardSchema>;

/** A new dashboard starts as an empty draft with a last-30-days date range for the designer to fill. */
export async function createDashboard(db: Db, actor: Actor, body: unknown): Promise<{ draft: DashboardDef }> {
  assertDashboardDesigner(actor);
  const parsed = NewDashboardSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw validationFailed(`Invalid dashboard: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`, { issues });
  }
  const { key, name, roles } = parsed.data;
  const existing = await dashboardRows(db, key);
  if (existing.draft || existing.published.length) throw conflict(`A dashboard with the key "${key}" already exists`);
  const draft: DashboardDef = {
    schemaVersion: DASHBOARD_SCHEMA_VERSION,
    key,
    name,
    filters: { dateRange: { default: { preset: 'last_30_days' } }, fields: [] },
    ...(roles?.length ? { roles } : {}),
    widgets: [],
  };
  // The unique (kind, key, version) index turns a racing second create into a 409.
  await mapDbErrors(() => db.insert(definitions).values({ kind: DASHBOARD_KIND, key, version: 0, status: 'draft', json: draft, authorId: actor.id }));
  return { draft };
}
