import type { EntityDef, EntityLookup } from '../metadata/entity';
import type { FieldDef } from '../metadata/field';
import { compileFilter } from '../query/filter';
import { resolveFieldPath, type ResolvedPath } from './field-path';
import type { ColumnRef, PlannedCondition, PlannedJoin } from './plan';
import { entityName, type ProblemSink } from './problems';

/** State shared while one widget is planned: its entity, the joins it needs, what it reads. */
export class PlanContext {
  readonly joins = new Map<string, PlannedJoin>();
  readonly reads = new Set<string>();

  constructor(
    readonly entity: EntityDef,
    readonly lookup: EntityLookup,
    readonly sink: ProblemSink,
  ) {
    this.reads.add(entity.key);
  }

  /** Resolves a field path, reporting why it cannot be used; null when it cannot. */
  resolve(path: string, at: string): ResolvedPath | null {
    const result = resolveFieldPath(this.entity, path, this.lookup);
    if (result.ok) {
      this.reads.add(result.path.entity.key);
      return result.path;
    }
    const { code, field } = result.problem;
    const owner = entityName(result.problem.entity ?? this.entity);
    switch (code) {
      case 'unknown_relation':
        this.sink.add(code, at, `${owner.zh}没有关联字段 ${field}`, `${owner.en} has no relation field "${field}"`);
        break;
      case 'unknown_entity':
        this.sink.add(code, at, `字段 ${path} 指向不存在的实体 ${field}`, `Field "${path}" points at an entity that does not exist ("${field}")`);
        break;
      case 'unsupported_field':
        this.sink.add(code, at, `字段 ${path} 是子表，不能用于统计`, `Field "${path}" holds child rows and cannot be used here`);
        break;
      default:
        this.sink.add(code, at, `${owner.zh}没有字段 ${field}`, `${owner.en} has no field "${field}"`);
    }
    return null;
  }

  /** The column a resolved path reads, joining the related record when it lives there. */
  ref(path: ResolvedPath): ColumnRef {
    if (path.relation) this.joins.set(path.relation, { relation: path.relation, entity: path.entity.key });
    return { relation: path.relation, column: path.field.def.id };
  }

  /** Compiles a filter in the record list's spec on `owner` (the entity itself or a related one). */
  condition(owner: EntityDef, relation: string | null, raw: unknown, at: string): PlannedCondition | null {
    const compiled = compileFilter(owner, raw);
    if (!compiled.ok) {
      const detail = compiled.problems.map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message)).join('; ');
      this.sink.add('invalid_filter', at, `筛选条件无效（${detail}）`, `invalid filter (${detail})`);
      return null;
    }
    this.reads.add(owner.key);
    return compiled.ast ? { relation, entity: owner.key, ast: compiled.ast } : null;
  }
}

/** Digits after the point a field's values carry; averages keep at least two. */
export function fieldScale(def: FieldDef): number {
  switch (def.type) {
    case 'money':
      return 2;
    case 'number':
      return def.integer ? 0 : def.scale;
    case 'formula':
    case 'rollup':
      return def.scale ?? 2;
    default:
      return 0;
  }
}

/** Money for a chart's formatting: a money field, or a computed field whose result is money (its currency is not recorded). */
export function moneyOf(def: FieldDef): { money: true; currency?: string } | Record<string, never> {
  if (def.type === 'money') return { money: true, currency: def.currency };
  if ((def.type === 'formula' || def.type === 'rollup') && def.resultType === 'money') return { money: true };
  return {};
}
