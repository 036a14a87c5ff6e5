import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as draftRoute from '@/app/api/v1/studio/[entity]/draft/route';
import * as publishRoute from '@/app/api/v1/studio/[entity]/publish/route';
import * as versionsRoute from '@/app/api/v1/studio/[entity]/versions/route';
import * as recordsRoute from '@/app/api/v1/records/[entity]/route';
import type { DbHandle } from '@/server/db/types';
import { createApiKey } from '@/server/auth/api-keys';
import { createUser } from '@/server/bootstrap/users';
import { publishOrderEntities } from '@/server/testing/fixtures';
import { callRoute, serveRoutesFrom } from '@/server/testing/route-harness';
import { openTestDb } from '@/server/testing/test-db';

const label = (text: string) => ({ 'zh-CN': text, en: text });

describe('studio API: child tables and type changes', () => {
  let handle: DbHandle;
  const keys: Record<string, string> = {};
  const params = { entity: 'products' };

  beforeAll(async () => {
    handle = await openTestDb('pglite');
    serveRoutesFrom(handle);
    await publishOrderEntities(handle.db);
    for (const role of ['designer', 'admin']) {
      await createUser(handle.db, { username: `child_${role}`, password: 'password1', roles: [role] });
      keys[role] = (await createApiKey(handle.db, { username: `child_${role}`, name: role })).key;
    }
  });
  afterAll(() => handle?.close());

  it('designs a child table through the draft API, publishes it with its table, and takes records with lines', async () => {
    const draft = (await callRoute(draftRoute.GET, 'GET', '/x', { key: keys.designer, params })).json;
    expect(draft.children).toEqual([]);
    const field = { id: 'parts', type: 'child_table', entity: 'products_parts', label: label('Parts'), footerTotals: ['cost'] };
    const child = {
      schemaVersion: 1,
      key: 'products_parts',
      label: label('Parts'),
      parent: 'products',
      fields: [
        { id: 'name', type: 'text', label: label('Name') },
        { id: 'cost', type: 'money', label: label('Cost'), currency: 'CNY' },
      ],
    };
    const body = { entity: { ...draft.entity, fields: [...draft.entity.fields, field] }, form: draft.form, children: [child] };
    const saved = await callRoute(draftRoute.PUT, 'PUT', '/x', { key: keys.designer, params, body });
    expect(saved.status).toBe(200);
    expect(saved.json.children.map((entity: { key: string }) => entity.key)).toEqual(['products_parts']);
    const published = await callRoute(publishRoute.POST, 'POST', '/x', { key: keys.designer, params });
    expect(published.status).toBe(200);
    expect((await callRoute(versionsRoute.GET, 'GET', '/x', { key: keys.designer, params })).json.data).toHaveLength(1);

    const created = await callRoute(recordsRoute.POST, 'POST', '/x', {
      key: keys.admin,
      params,
      body: { sku: 'CT-1', name: 'Kit', unit_price: '10.00', parts: [{ name: 'Lid', cost: '1.20' }, { name: 'Cup', cost: '2.30' }] },
    });
    expect(created.status).toBe(201);
    expect(created.json.parts.map((part: { name: string; cost: string }) => [part.name, part.cost])).toEqual([['Lid', '1.20'], ['Cup', '2.30']]);
    expect(created.json._formVersion).toBe(1);
  });

  it('answers 422 in the JSON error shape when stored values do not convert', async () => {
    const draft = (await callRoute(draftRoute.GET, 'GET', '/x', { key: keys.designer, params })).json;
    const entity = { ...draft.entity, fields: draft.entity.fields.map((field: { id: string }) => (field.id === 'name' ? { ...field, type: 'number' } : field)) };
    expect((await callRoute(draftRoute.PUT, 'PUT', '/x', { key: keys.designer, params, body: { ...draft, entity } })).status).toBe(200);
    const refused = await callRoute(publishRoute.POST, 'POST', '/x', { key: keys.designer, params });
    expect(refused.status).toBe(422);
    expect(refused.json.error).toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('field "name" cannot become number: 1 record holds a value that does not convert (e.g. "Kit")'),
      details: { fields: [{ entity: 'products', field: 'name', code: 'not_convertible', count: 1, examples: ['Kit'] }] },
    });
  });
});
