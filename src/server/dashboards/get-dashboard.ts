import type { DashboardDef } from '@/engine/dashboard';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { loadRegistry } from '../services/entity-registry';
import { visibleDashboard } from './dashboard-access';

/** The latest published definition of a dashboard the actor may open (defaults filled in). */
export async function getDashboard(db: Db, actor: Actor, key: string): Promise<DashboardDef> {
  return visibleDashboard(db, actor, await loadRegistry(db), key);
}
