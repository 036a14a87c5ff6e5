import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/types';
import { users } from '../db/schema';
import { migrateHandle, migrateUrl } from '../db/migrate';
import { hasConnectionPool } from '../db/pool';
import { loadActor } from '../auth/load-actor';
import { installTemplate } from '../services/templates/install-template';
import { DEMO_PASSWORD, createDemoUsers } from './demo';
import { seedDemoOrders } from './demo-orders';
import { ensureDefaultRoles } from './users';

export type ReadyOptions = { url?: string; demo: boolean; demoContent?: boolean; log?: (line: string) => void };

/** Everything a start needs, safe to run on every start and from several processes at once. */
export async function ensureReady(handle: DbHandle, options: ReadyOptions): Promise<void> {
  if (options.url) await migrateUrl(options.url);
  else await migrateHandle(handle);
  await ensureDefaultRoles(handle.db);
  if (!options.demo) return;
  const created = await createDemoUsers(handle.db);
  if (created.length && options.log) options.log(`Demo users created (password "${DEMO_PASSWORD}"): ${created.join(', ')}`);
  if (options.demoContent === false) return;
  const [admin] = await handle.db.select({ id: users.id }).from(users).where(eq(users.username, 'admin')).limit(1);
  const actor = admin ? await loadActor(handle.db, admin.id) : undefined;
  if (!actor) return;
  const started = Date.now();
  const report = await installTemplate(handle.db, actor, 'order-management', { sampleData: true });
  if (report.status === 'up_to_date') return;
  const orders = await handle.db.transaction((tx) => seedDemoOrders(tx, actor, 2000, hasConnectionPool(handle.db) ? handle.db : undefined));
  options.log?.(`Order template ${report.version} ${report.status} with demo data (${orders} orders) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
