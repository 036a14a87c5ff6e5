import { describe, expect, it } from 'vitest';
import { FieldDefSchema } from '@/engine/metadata/field';
import { newField, PALETTE_TYPES } from '../studio-document';
import { fieldProblems } from './field-problems';
import { lookup, orders } from './test-entities';

/** Types that need a designer's choice before the definition is valid. */
const NEEDS_CHOICE: Record<string, { path: string; property: string; code: string }> = {
  relation: { path: 'entity', property: 'entity', code: 'relation_entity_required' },
  rollup: { path: 'child', property: 'rollupChild', code: 'rollup_child_required' },
};

describe('fields added from the palette', () => {
  for (const type of PALETTE_TYPES) {
    const field = newField(type, 'field_9');
    const parsed = FieldDefSchema.safeParse(field);
    const problems = fieldProblems(field, { entity: { ...orders, fields: [...orders.fields, field] }, lookup, catalogReady: true });
    const choice = NEEDS_CHOICE[type];

    if (choice) {
      it(`${type} is flagged in the panel and refused by the schema until its ${choice.path} is chosen`, () => {
        expect(parsed.success).toBe(false);
        expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual([choice.path]);
        expect(problems.map((problem) => `${problem.property}:${problem.code}`)).toEqual([`${choice.property}:${choice.code}`]);
      });
    } else {
      it(`${type} passes the engine schema and has no problems`, () => {
        expect(parsed.error?.issues ?? []).toEqual([]);
        expect(problems).toEqual([]);
      });
    }
  }
});
