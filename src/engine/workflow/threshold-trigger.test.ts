import { describe, expect, it } from 'vitest';
import { parseEntityDef } from '../metadata/parse';
import { parseWorkflowDefinition } from './definition';
import { label, line, node, workflowDoc } from './test-fixtures';
import { validateDefinition } from './validate-definition';

const products = parseEntityDef({
  schemaVersion: 1,
  key: 'products',
  label: label('产品', 'Products'),
  fields: [
    { id: 'name', type: 'text', label: label('名称') },
    { id: 'low_stock_threshold', type: 'number', integer: true, label: label('阈值') },
  ],
});
const stock = parseEntityDef({
  schemaVersion: 1,
  key: 'stock',
  label: label('库存', 'Stock'),
  fields: [
    { id: 'product', type: 'relation', entity: 'products', label: label('产品') },
    { id: 'note', type: 'text', label: label('备注') },
    { id: 'on_hand', type: 'number', integer: true, label: label('在库') },
    { id: 'reserved', type: 'number', integer: true, label: label('已预留') },
    { id: 'available', type: 'formula', resultType: 'number', scale: 0, generated: true, label: label('可用'), expression: { '-': [{ var: 'on_hand' }, { var: 'reserved' }] } },
    { id: 'on_save', type: 'formula', resultType: 'number', scale: 0, label: label('保存时计算'), expression: { '-': [{ var: 'on_hand' }, { var: 'reserved' }] } },
  ],
});
const lookup = (key: string) => (key === 'products' ? products : undefined);

const doc = (trigger: unknown) => workflowDoc([node('start', 'start'), node('done', 'end')], line('start', 'done'), { entity: 'stock', trigger });
const related = { relation: 'product', field: 'low_stock_threshold' };

describe('threshold_crossed trigger', () => {
  it('parses a constant or a related-record threshold and refuses anything else', () => {
    expect(parseWorkflowDefinition(doc({ kind: 'threshold_crossed', field: 'available', below: 5 })).success).toBe(true);
    expect(parseWorkflowDefinition(doc({ kind: 'threshold_crossed', field: 'available', below: related })).success).toBe(true);
    expect(parseWorkflowDefinition(doc({ kind: 'threshold_crossed', field: 'available', below: '5' })).success).toBe(false);
    expect(parseWorkflowDefinition(doc({ kind: 'threshold_crossed', field: 'available', below: { relation: 'product' } })).success).toBe(false);
    expect(parseWorkflowDefinition(doc({ kind: 'threshold_crossed', field: 'Available', below: 5 })).success).toBe(false);
  });

  it('accepts a counter field or generated formula watched against a number of the related record', () => {
    expect(validateDefinition(doc({ kind: 'threshold_crossed', field: 'available', below: related }), { entity: stock, related: lookup })).toEqual([]);
    expect(validateDefinition(doc({ kind: 'threshold_crossed', field: 'on_hand', below: 3 }), { entity: stock, related: lookup })).toEqual([]);
  });

  it('refuses a watched field a counter move cannot change, or that does not exist', () => {
    const [missing] = validateDefinition(doc({ kind: 'threshold_crossed', field: 'ghost', below: 3 }), { entity: stock });
    expect(missing).toMatchObject({ code: 'unknown_field', message: { en: "The workflow's trigger: ghost is not a field" } });
    for (const field of ['note', 'on_save', 'product']) {
      const problems = validateDefinition(doc({ kind: 'threshold_crossed', field, below: 3 }), { entity: stock });
      expect(problems.map((problem) => problem.code)).toEqual(['invalid_definition']);
      expect(problems[0].message['zh-CN']).toContain(`字段 ${field} 不是数量字段`);
    }
  });

  it('refuses a threshold that is not a number field of a related record', () => {
    const problem = (below: unknown, options = { entity: stock, related: lookup }) => validateDefinition(doc({ kind: 'threshold_crossed', field: 'available', below }), options).map((found) => found.message.en);
    expect(problem({ relation: 'note', field: 'low_stock_threshold' })).toEqual(["The workflow's trigger threshold: note is not a relation field"]);
    expect(problem({ relation: 'product', field: 'name' })).toEqual(["The workflow's trigger threshold: name is not a number field of Products"]);
    expect(problem({ relation: 'product', field: 'ghost' })).toEqual(["The workflow's trigger threshold: ghost is not a number field of Products"]);
    expect(problem(related, { entity: stock, related: () => undefined })).toEqual(["The workflow's trigger threshold: the related entity products does not exist"]);
    // Without a lookup (the designer's offline check) the related entity is taken on trust.
    expect(validateDefinition(doc({ kind: 'threshold_crossed', field: 'available', below: { relation: 'product', field: 'ghost' } }), { entity: stock })).toEqual([]);
  });
});
