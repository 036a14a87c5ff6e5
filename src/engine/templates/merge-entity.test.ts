import { describe, expect, it } from 'vitest';
import { parseEntityDef } from '../metadata/parse';
import { mergeEntity } from './merge-entity';

const label = (text: string) => ({ 'zh-CN': text });
const entity = (fields: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) =>
  parseEntityDef({ schemaVersion: 1, key: 'customers', label: label('客户'), fields, ...extra });
const text = (id: string, name = id) => ({ id, type: 'text', label: label(name) });

describe('template upgrade merge', () => {
  const base = entity([text('name'), text('phone'), text('fax')]);

  it('keeps fields users added and their edits, adds the new version’s fields, hides dropped ones', () => {
    const ours = entity([text('name', '客户名称（自定义）'), text('phone'), text('fax'), text('wechat')]);
    const theirs = entity([text('name'), text('phone', '手机'), text('email')]);
    const merged = mergeEntity(base, theirs, ours);
    expect(merged.entity.fields.map((f) => [f.id, f.label['zh-CN'], Boolean(f.removed)])).toEqual([
      ['name', '客户名称（自定义）', false],
      ['phone', '手机', false],
      ['fax', 'fax', true],
      ['wechat', 'wechat', false],
      ['email', 'email', false],
    ]);
    expect(merged).toMatchObject({ added: ['email'], updated: ['phone'], removed: ['fax'], kept: ['wechat'], conflicts: [] });
  });

  it('reports a field changed on both sides and keeps the local change', () => {
    const ours = entity([text('name', 'A'), text('phone'), text('fax')]);
    const theirs = entity([text('name', 'B'), text('phone'), text('fax')]);
    const merged = mergeEntity(base, theirs, ours);
    expect(merged.entity.fields[0].label['zh-CN']).toBe('A');
    expect(merged.conflicts).toHaveLength(1);
  });

  it('installs the template as is when nothing is there yet', () => {
    expect(mergeEntity(undefined, base, undefined).entity).toEqual(base);
  });
});
