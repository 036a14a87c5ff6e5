import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { RecordDto } from '@/engine/contract/api-types';
import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { childEntityKey } from '@/engine/metadata/keys';
import { queryRows } from '../../db/sql';
import type { DbHandle } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { openTestDb, testDrivers } from '../../testing/test-db';
import { testActor } from '../../testing/test-actors';
import { publishOrderEntities } from '../../testing/fixtures';
import { createRecord } from '../create-record';
import { loadRegistry } from '../entity-registry';
import { getRecord } from '../get-record';
import { updateRecord } from '../update-record';
import { getStudioDraft, listStudioVersions, saveStudioDraft } from './form-drafts';
import { publishStudioDraft, restoreStudioVersion } from './publish-studio';

const label = (text: string) => ({ 'zh-CN': text, en: text });
const contactsField = { id: 'contacts', type: 'child_table', entity: 'customers_contacts', label: label('Contacts') } as FieldDef;
const contacts: EntityDef = {
  schemaVersion: 1,
  key: 'customers_contacts',
  label: label('Contacts'),
  parent: 'customers',
  fields: [
    { id: 'name', type: 'text', label: label('Name'), required: true },
    { id: 'phone', type: 'phone', label: label('Phone') },
    { id: 'budget', type: 'money', label: label('Budget'), currency: 'CNY' },
  ] as FieldDef[],
};

describe.each(testDrivers())('child tables designed in the studio on %s', (driver) => {
  let handle: DbHandle;
  let designer: Actor;
  let clerk: Actor;

  const columnsOf = async (table: string) =>
    (await queryRows<{ name: string }>(handle.db, sql`select attname as name from pg_attribute where attrelid = to_regclass(${table}) and attnum > 0 and not attisdropped order by attnum`)).map((row) => row.name);

  beforeAll(async () => {
    handle = await openTestDb(driver);
    await publishOrderEntities(handle.db);
    [designer, clerk] = await Promise.all([testActor(handle.db, ['designer']), testActor(handle.db, ['clerk'])]);
  });
  afterAll(() => handle?.close());

  it('carries the published child entities of the form in the draft', async () => {
    const draft = await getStudioDraft(handle.db, designer, 'orders');
    expect(draft.children.map((child) => child.key)).toEqual(['order_lines']);
    await expect(getStudioDraft(handle.db, designer, 'order_lines')).rejects.toMatchObject({ status: 422, message: expect.stringContaining('design it in the form of "orders"') });
  });

  it('publishes a new child table with its table, and its records save through the records service', async () => {
    expect(childEntityKey('customers', 'contacts')).toBe(contacts.key);
    const draft = await getStudioDraft(handle.db, designer, 'customers');
    expect(draft.children).toEqual([]);
    const form = { ...draft.form, sections: draft.form.sections.map((section, index) => (index === 0 ? { ...section, fields: [...section.fields, 'contacts'] } : section)) };
    const saved = await saveStudioDraft(handle.db, designer, 'customers', { entity: { ...draft.entity, fields: [...draft.entity.fields, contactsField] }, form, children: [contacts] });
    expect(saved.children).toEqual([contacts]);
    expect((await getStudioDraft(handle.db, designer, 'customers')).children).toEqual([contacts]);

    const published = await publishStudioDraft(handle.db, designer, 'customers');
    expect(await columnsOf('e_customers_contacts')).toEqual(['id', 'version', 'created_at', 'created_by', 'updated_at', 'form_version', 'parent_id', 'position', 'name', 'phone', 'budget']);
    expect((await loadRegistry(handle.db)).get('customers_contacts')).toEqual(contacts);

    const customer = await createRecord(handle.db, clerk, 'customers', {
      name: 'Inline child customer',
      contacts: [{ name: 'Li Lei', phone: '138 0000 0000', budget: '1200.50' }, { name: 'Han Meimei' }],
    });
    expect((customer.contacts as RecordDto[]).map((row) => [row.name, row.budget, row._formVersion])).toEqual([
      ['Li Lei', '1200.50', published.version],
      ['Han Meimei', null, published.version],
    ]);
    const updated = await updateRecord(handle.db, clerk, 'customers', customer.id, customer.version, { contacts: [{ name: 'Wang Wu', budget: '3' }] });
    expect((updated.contacts as RecordDto[]).map((row) => row.name)).toEqual(['Wang Wu']);
    expect(((await getRecord(handle.db, clerk, 'customers', customer.id)).contacts as RecordDto[])[0]).toMatchObject({ name: 'Wang Wu', budget: '3.00' });
    await expect(createRecord(handle.db, clerk, 'customers', { name: 'No contact name', contacts: [{ phone: '138 0000 0001' }] })).rejects.toMatchObject({ status: 422 });
  });

  it('changes an existing child table through its parent and keeps it in the version history', async () => {
    const draft = await getStudioDraft(handle.db, designer, 'customers');
    const child = draft.children[0];
    const changed = { ...child, fields: [...child.fields, { id: 'title', type: 'text', label: label('Title') } as FieldDef] };
    await saveStudioDraft(handle.db, designer, 'customers', { ...draft, children: [changed] });
    await publishStudioDraft(handle.db, designer, 'customers');
    expect(await columnsOf('e_customers_contacts')).toContain('title');

    const versions = await listStudioVersions(handle.db, designer, 'customers');
    expect(versions.map((version) => version.version)).toEqual([2, 1]);
    // Version 1 had no title column: it comes back hidden, with its column and data kept.
    await restoreStudioVersion(handle.db, designer, 'customers', 1);
    const restored = await getStudioDraft(handle.db, designer, 'customers');
    expect(restored.children[0].fields.map((field) => [field.id, Boolean(field.removed)])).toEqual([
      ['name', false], ['phone', false], ['budget', false], ['title', true],
    ]);
  });

  it('refuses child entities that do not belong to the form', async () => {
    const draft = await getStudioDraft(handle.db, designer, 'customers');
    const withField = (field: FieldDef) => ({ ...draft.entity, fields: [...draft.entity.fields, field] });
    const stray = { id: 'stray', type: 'child_table', entity: 'customers_stray', label: label('Stray') } as FieldDef;
    await expect(saveStudioDraft(handle.db, designer, 'customers', { ...draft, entity: withField(stray) })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('"customers_stray" is neither in the draft nor published'),
    });
    const orphan = { ...contacts, key: 'customers_stray', parent: 'orders' };
    await expect(saveStudioDraft(handle.db, designer, 'customers', { ...draft, entity: withField(stray), children: [...draft.children, orphan] })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('must name "customers" as its parent'),
    });
    const malformed = { ...contacts, key: 'customers_stray', fields: [{ id: 'Bad Id', type: 'text', label: label('Bad') }] };
    await expect(saveStudioDraft(handle.db, designer, 'customers', { ...draft, entity: withField(stray), children: [malformed] })).rejects.toMatchObject({
      status: 422,
      details: { problems: [expect.objectContaining({ path: 'children.0.fields.0.id' })] },
    });
    const takeover = { ...contacts, key: 'products' };
    const products = { ...stray, entity: 'products' } as FieldDef;
    await expect(saveStudioDraft(handle.db, designer, 'customers', { ...draft, entity: withField(products), children: [...draft.children, takeover] })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('the key "products" is taken by another entity'),
    });
  });
});
