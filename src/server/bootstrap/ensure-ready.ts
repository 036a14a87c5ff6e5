import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/types';
import { users } from '../db/schema';
import { loadActor } from '../auth/load-actor';
import { seedSampleRecords } from './sample-records';
import { migrateHandle, migrateUrl } from '../db/migrate';
import { DEMO_PASSWORD, createDemoUsers } from './demo';
import { publishSampleEntities } from './sample-content';
import { ensureDefaultRoles } from './users';

export type ReadyOptions = { url?: string; demo: boolean; log?: (line: string) => void };

/** Everything a start needs, safe to run on every start and from several processes at once. */
export async function ensureReady(handle: DbHandle, options: ReadyOptions): Promise<void> {
  if (options.url) await migrateUrl(options.url);
  else await migrateHandle(handle);
  await ensureDefaultRoles(handle.db);
  if (!options.demo) return;
  await publishSampleEntities(handle.db);
  const created = await createDemoUsers(handle.db);
  const [admin] = await handle.db.select({ id: users.id }).from(users).where(eq(users.username, 'admin')).limit(1);
  const adminActor = admin ? await loadActor(handle.db, admin.id) : undefined;
  if (adminActor) await seedSampleRecords(handle.db, adminActor);
  if (created.length && options.log) {
    options.log(`Demo users created (password "${DEMO_PASSWORD}"): ${created.join(', ')}`);
  }
}
