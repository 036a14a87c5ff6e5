import type { ImportOptions } from '@/engine/contract/import-export';
import type { EntityDef } from '@/engine/metadata/entity';
import { findField } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { childTables, importTargets, uniqueFields, writesThroughRecordService, type ImportTarget } from '@/engine/spreadsheet/import-targets';
import { suggestMapping, type ColumnMapping } from '@/engine/spreadsheet/match-headers';
import { validationFailed } from '../../errors';
import { BUSINESS_TIME_ZONE } from '../business-time-zone';
import type { EntityRegistry } from '../entity-registry';

export type PlanColumn = { index: number; header: string; target: ImportTarget };

/** What the importer does with each column of one file, checked once before any row is read. */
export type ImportPlan = {
  entity: EntityDef;
  registry: EntityRegistry;
  headers: string[];
  mapping: ColumnMapping;
  columns: PlanColumn[];
  keyField: FieldDef | null;
  /** Entities with line items: the column whose value starts a new parent record; null = one record per row. */
  groupByIndex: number | null;
  hasChildren: boolean;
  /** Records are written one by one through createRecord (line items, lifecycle, stock), not in bulk. */
  throughRecordService: boolean;
  timeZone: string;
};

type Problem = { path: string; message: string };

function refuse(problems: Problem[]): never {
  throw validationFailed(`The import settings do not fit the file: ${problems.map((p) => p.message).join('; ')}`, { problems });
}

function checkMapping(headers: string[], mapping: ColumnMapping, targets: ImportTarget[]): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(targets.map((target) => target.key));
  const used = new Map<string, string>();
  for (const [header, target] of Object.entries(mapping)) {
    if (!headers.includes(header)) problems.push({ path: `mapping.${header}`, message: `The file has no column "${header}"` });
    if (target === null || target === '') continue;
    if (!known.has(target)) {
      problems.push({ path: `mapping.${header}`, message: `"${target}" is not a field that can be imported (use one of: ${[...known].join(', ')})` });
    } else if (used.has(target)) {
      problems.push({ path: `mapping.${header}`, message: `Columns "${used.get(target)}" and "${header}" both map to "${target}"` });
    } else used.set(target, header);
  }
  return problems;
}

export function buildPlan(registry: EntityRegistry, entity: EntityDef, headers: string[], options: ImportOptions): ImportPlan {
  const targets = importTargets(entity, registry.get);
  const mapping: ColumnMapping = { ...suggestMapping(headers, targets), ...(options.mapping ?? {}) };
  // An explicit mapping is the whole truth: columns it leaves out are not imported.
  if (options.mapping) for (const header of headers) if (!(header in options.mapping)) mapping[header] = null;
  const problems = checkMapping(headers, mapping, targets);
  const columns: PlanColumn[] = headers.flatMap((header, index) => {
    const target = targets.find((candidate) => candidate.key === mapping[header]);
    return target ? [{ index, header, target }] : [];
  });
  const hasChildren = childTables(entity).length > 0;
  const throughRecordService = writesThroughRecordService(entity);
  let keyField: FieldDef | null = null;
  if (options.keyField) {
    keyField = findField(entity, options.keyField) ?? null;
    if (!keyField || !uniqueFields(entity).includes(keyField)) {
      problems.push({ path: 'keyField', message: `keyField must be a unique field of ${entity.key} (${uniqueFields(entity).map((f) => f.id).join(', ') || 'it has none'})` });
    } else if (!columns.some((column) => column.target.key === keyField!.id)) {
      problems.push({ path: 'keyField', message: `keyField "${keyField.id}" must be mapped to a column` });
    } else if (throughRecordService) {
      problems.push({ path: 'keyField', message: 'Re-importing with a keyField is not supported yet for records with line items or a lifecycle' });
    }
  }
  let groupByIndex: number | null = null;
  if (options.groupBy) {
    groupByIndex = headers.indexOf(options.groupBy);
    if (!hasChildren) problems.push({ path: 'groupBy', message: `groupBy only applies to records with line items; ${entity.key} has none` });
    else if (groupByIndex < 0) problems.push({ path: 'groupBy', message: `The file has no column "${options.groupBy}" to group by` });
  }
  if (columns.length === 0 && problems.length === 0) {
    problems.push({ path: 'mapping', message: `No column matches a field of ${entity.key}; map at least one column` });
  }
  if (problems.length > 0) refuse(problems);
  return { entity, registry, headers, mapping, columns, keyField, groupByIndex: groupByIndex !== null && groupByIndex >= 0 ? groupByIndex : null, hasChildren, throughRecordService, timeZone: BUSINESS_TIME_ZONE };
}
