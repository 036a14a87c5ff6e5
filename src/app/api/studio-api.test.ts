import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as draftRoute from '@/app/api/v1/studio/[entity]/draft/route';
import * as publishRoute from '@/app/api/v1/studio/[entity]/publish/route';
import type { DbHandle } from '@/server/db/types';
import { createApiKey } from '@/server/auth/api-keys';
import { createUser } from '@/server/bootstrap/users';
import { publishOrderEntities } from '@/server/testing/fixtures';
import { callRoute, serveRoutesFrom } from '@/server/testing/route-harness';
import { openTestDb } from '@/server/testing/test-db';

describe('studio API', () => {
  let handle: DbHandle;
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    handle = await openTestDb('pglite');
    serveRoutesFrom(handle);
    await publishOrderEntities(handle.db);
    for (const role of ['designer', 'clerk']) {
      await createUser(handle.db, { username: `studio_${role}`, password: 'password1', roles: [role] });
      keys[role] = (await createApiKey(handle.db, { username: `studio_${role}`, name: role })).key;
    }
  });
  afterAll(() => handle?.close());

  const params = { entity: 'customers' };

  it('answers 403 to a role without the designer permission, for reading and for publishing', async () => {
    expect((await callRoute(draftRoute.GET, 'GET', '/x', { key: keys.clerk, params })).status).toBe(403);
    const publish = await callRoute(publishRoute.POST, 'POST', '/x', { key: keys.clerk, params });
    expect(publish.status).toBe(403);
    expect(publish.json.error.code).toBe('forbidden');
  });

  it('saves a draft and refuses an invalid one with the problems listed', async () => {
    const draft = (await callRoute(draftRoute.GET, 'GET', '/x', { key: keys.designer, params })).json;
    const saved = await callRoute(draftRoute.PUT, 'PUT', '/x', { key: keys.designer, params, body: { entity: draft.entity, form: draft.form } });
    expect(saved.status).toBe(200);
    const broken = await callRoute(draftRoute.PUT, 'PUT', '/x', { key: keys.designer, params, body: { entity: { ...draft.entity, fields: [{ id: 'Bad Id', type: 'text' }] }, form: draft.form } });
    expect(broken.status).toBe(422);
    expect(broken.json.error.details.problems.length).toBeGreaterThan(0);
    const published = await callRoute(publishRoute.POST, 'POST', '/x', { key: keys.designer, params });
    expect(published.json).toEqual({ version: 1, entityVersion: null });
  });
});
