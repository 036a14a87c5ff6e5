import { and, eq } from 'drizzle-orm';
import { definitions } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { mapDbErrors, notFound, validationFailed } from '../errors';
import { latestVersion, loadRegistry } from '../services/entity-registry';
import { DASHBOARD_KIND, storedDashboard } from './dashboard-rows';
import { assertDashboardDesigner, dashboardProblems, dashboardRows } from './design-rows';

/**
 * Freezes the draft as the next version, which viewers get at once. A draft with problems is
 * refused with all of them (each naming its widget) so the designer can mark them on the grid.
 */
export async function publishDashboard(db: Db, actor: Actor, key: string): Promise<{ version: number }> {
  assertDashboardDesigner(actor);
  const rows = await dashboardRows(db, key);
  if (!rows.draft) throw notFound(`Dashboard "${key}" has no draft to publish`);
  const draft = storedDashboard(rows.draft.json);
  const problems = dashboardProblems(draft, await loadRegistry(db));
  if (problems.length) {
    throw validationFailed(`The dashboard cannot be published: ${problems.map((problem) => problem.message.en).join('; ')}`, { problems });
  }
  return mapDbErrors(() =>
    db.transaction(async (tx) => {
      const version = (await latestVersion(tx, DASHBOARD_KIND, key)) + 1;
      await tx.insert(definitions).values({ kind: DASHBOARD_KIND, key, version, status: 'published', json: draft, authorId: actor.id });
      await tx.delete(definitions).where(and(eq(definitions.kind, DASHBOARD_KIND), eq(definitions.key, key), eq(definitions.status, 'draft')));
      return { version };
    }),
  );
}
