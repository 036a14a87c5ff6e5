import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { definitions } from '../../db/schema';
import type { DbHandle } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { publishedDashboard } from '../../dashboards/dashboard-rows';
import { openTestDb } from '../../testing/test-db';
import { testActor } from '../../testing/test-actors';
import { installPackage, installTemplate } from './install-template';
import { loadTemplate } from './load-template';

describe('template dashboards', () => {
  let handle: DbHandle;
  let admin: Actor;

  beforeAll(async () => {
    handle = await openTestDb('pglite');
    admin = await testActor(handle.db, ['admin']);
  });
  afterAll(() => handle?.close());

  const upgrade = (version: string, rename: string) => {
    const next = loadTemplate('order-management');
    next.manifest.version = version;
    next.dashboards = next.dashboards.map((dashboard) => ({ ...dashboard, name: { ...dashboard.name, en: rename } }));
    return installPackage(handle.db, admin, next);
  };

  it('publishes on install, follows the template while nobody changed it, and keeps a designer\'s version after that', async () => {
    const installed = await installTemplate(handle.db, admin, 'order-management');
    expect(installed.dashboards).toEqual([{ key: 'sales-overview', outcome: 'publish', version: 1 }]);
    expect((await publishedDashboard(handle.db, 'sales-overview'))?.dashboard).toEqual(loadTemplate('order-management').dashboards[0]);

    // Nobody changed it: the new template version's document is published as version 2.
    expect((await upgrade('1.3.0', 'Sales (1.3)')).dashboards).toEqual([{ key: 'sales-overview', outcome: 'publish', version: 2 }]);
    expect((await publishedDashboard(handle.db, 'sales-overview'))?.dashboard.name.en).toBe('Sales (1.3)');

    // A designer republishes it with a widget fewer; the next upgrade keeps their version.
    const current = (await publishedDashboard(handle.db, 'sales-overview'))!.dashboard;
    await handle.db.insert(definitions).values({ kind: 'dashboard', key: 'sales-overview', version: 3, status: 'published', json: { ...current, widgets: current.widgets.slice(1) } });
    expect((await upgrade('1.4.0', 'Sales (1.4)')).dashboards).toEqual([{ key: 'sales-overview', outcome: 'kept', version: 3 }]);
    const kept = (await publishedDashboard(handle.db, 'sales-overview'))!.dashboard;
    expect(kept.name.en).toBe('Sales (1.3)');
    expect(kept.widgets).toHaveLength(current.widgets.length - 1);
    const rows = await handle.db.select({ version: definitions.version }).from(definitions).where(and(eq(definitions.kind, 'dashboard'), eq(definitions.key, 'sales-overview')));
    expect(rows.map((row) => row.version).sort()).toEqual([1, 2, 3]);
  });
});
