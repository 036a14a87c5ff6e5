import { describe, expect, it } from 'vitest';
import orders from '../../../templates/order-management/entities/orders.json';
import { checkFormReferences, defaultForm, displaySections, formLayout, type FormDef } from './form';
import { MetadataError, parseEntityDef, parseFormDef, parseFormFor } from './parse';

const entity = parseEntityDef({
  schemaVersion: 1,
  key: 'orders',
  label: { 'zh-CN': '订单' },
  fields: [
    { id: 'code', type: 'text', label: { 'zh-CN': '编号' } },
    { id: 'customer', type: 'text', label: { 'zh-CN': '客户' } },
    { id: 'note', type: 'long_text', label: { 'zh-CN': '备注' } },
    { id: 'old', type: 'text', label: { 'zh-CN': '旧' }, removed: true },
  ],
});

const layoutForm = {
  schemaVersion: 1,
  key: 'orders',
  entity: 'orders',
  sections: [
    { id: 'head', columns: 2, fields: ['code', 'intro'] },
    { id: 'parties', columns: 1, fields: ['customer'], tab: 'basics' },
    { id: 'tail', columns: 3, fields: ['rule', 'old'] },
    { id: 'remarks', columns: 1, fields: ['note'], tab: 'more' },
  ],
  tabs: [
    { id: 'basics', title: { 'zh-CN': '基本', en: 'Basics' } },
    { id: 'more', title: { 'zh-CN': '更多' } },
  ],
  blocks: [
    { id: 'intro', kind: 'text', text: { 'zh-CN': '请填写订单。', en: 'Fill in the order.' } },
    { id: 'rule', kind: 'divider', title: { 'zh-CN': '其他' } },
  ],
};

const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof MetadataError) return error.problems.map((problem) => problem.message);
    throw error;
  }
  return [];
};

describe('form definition', () => {
  it('reads a form stored before layout items existed exactly as before', () => {
    const stored = { schemaVersion: 1, key: 'orders', entity: 'orders', sections: [{ id: 'main', fields: ['code', 'customer'] }], listColumns: ['code'] };
    expect(parseFormDef(stored)).toEqual({ ...stored, sections: [{ id: 'main', columns: 2, fields: ['code', 'customer'] }] });
    expect(Object.keys(parseFormDef(stored))).toEqual(['schemaVersion', 'key', 'entity', 'sections', 'listColumns']);
  });

  it('keeps the order template form: one two-column section of every active field, no tabs or blocks', () => {
    const template = parseEntityDef(orders);
    const form = parseFormDef(defaultForm(template));
    expect(form).toEqual(defaultForm(template));
    expect(form.tabs).toBeUndefined();
    expect(form.blocks).toBeUndefined();
    expect(formLayout(form)).toEqual([{ kind: 'section', section: form.sections[0] }]);
    expect(checkFormReferences(form, template)).toEqual([]);
  });

  it('parses tabs, dividers and description text and lays them out', () => {
    const form = parseFormFor(layoutForm, entity);
    const nodes = formLayout(form);
    expect(nodes.map((node) => (node.kind === 'section' ? node.section.id : node.tabs.map((group) => `${group.tab.id}:${group.sections.map((s) => s.id).join('+')}`).join(',')))).toEqual([
      'head',
      'basics:parties,more:remarks',
      'tail',
    ]);
    expect(displaySections(form).map((section) => section.id)).toEqual(['head', 'parties', 'remarks', 'tail']);
  });

  it('shows tabs without sections after everything else', () => {
    const form = parseFormDef({ ...layoutForm, sections: [{ id: 'main', columns: 2, fields: ['code'] }] });
    expect(formLayout(form).map((node) => node.kind)).toEqual(['section', 'tabs']);
  });

  it('refuses a section in an undefined tab and ids defined twice, with their place', () => {
    const bad = {
      ...layoutForm,
      sections: [...layoutForm.sections, { id: 'lost', columns: 1, fields: [], tab: 'nowhere' }],
      tabs: [...layoutForm.tabs, layoutForm.tabs[0]],
      blocks: [...layoutForm.blocks, { id: 'rule', kind: 'divider' }],
    };
    expect(problemsOf(() => parseFormDef(bad))).toEqual([
      'tab "basics" is defined more than once',
      'block "rule" is defined more than once',
      'section "lost" is in tab "nowhere", which the form does not define',
    ]);
    expect(problemsOf(() => parseFormDef({ ...layoutForm, sections: [{ id: 'main', columns: 5, fields: [] }] }))).toHaveLength(1);
    expect(problemsOf(() => parseFormDef({ ...layoutForm, blocks: [{ id: 'intro', kind: 'text' }] })).length).toBeGreaterThan(0);
  });

  it('refuses references to unknown fields, things placed twice and unknown list columns', () => {
    const form: FormDef = {
      ...parseFormDef(layoutForm),
      sections: [
        { id: 'head', columns: 2, fields: ['code', 'intro', 'ghost'] },
        { id: 'head', columns: 1, fields: ['code'] },
      ],
      blocks: [...parseFormDef(layoutForm).blocks!, { id: 'note', kind: 'divider' }],
      listColumns: ['code', 'intro'],
    };
    expect(checkFormReferences(form, entity)).toEqual([
      'section "head" is defined more than once',
      'block "note" has the id of a field of orders',
      'section "head" shows "ghost", which is not a field of orders',
      '"code" is placed more than once (sections "head", "head")',
      'list column "intro" is not a field of orders',
    ]);
    expect(problemsOf(() => parseFormFor({ ...layoutForm, sections: [{ id: 'main', columns: 2, fields: ['ghost'] }] }, entity))).toEqual([
      'section "main" shows "ghost", which is not a field of orders',
    ]);
    expect(checkFormReferences({ ...form, entity: 'customers', sections: [{ id: 'main', columns: 2, fields: [] }], blocks: [], listColumns: [] }, entity)).toEqual([
      'form "orders" is for entity "customers", not "orders"',
    ]);
  });
});
