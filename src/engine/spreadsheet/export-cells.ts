import { activeFields, type EntityDef, type EntityLookup } from '../metadata/entity';
import { isStored, type FieldDef, type FieldOf } from '../metadata/field';
import { labelText, type Locale } from '../metadata/keys';
import { instantToWall } from './wall-time';

export type ExportFormat = 'xlsx' | 'csv';
export type ExportCell = string | number | boolean | Date | null;
/** A column of the file: a field of the entity, or of its child table (one file row per line). */
export type ExportColumn = { key: string; header: string; field: FieldDef; childTable?: FieldOf<'child_table'> };

const YES_NO: Record<Locale, [string, string]> = { 'zh-CN': ['是', '否'], en: ['Yes', 'No'] };
// Text starting with these runs as a formula when a spreadsheet opens a CSV (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Parent columns first, then each child table's columns headed "<table label>.<field label>" —
 * the same names the importer matches, so an export can be imported again.
 */
export function exportColumns(entity: EntityDef, lookup: EntityLookup, locale: Locale): ExportColumn[] {
  const columns: ExportColumn[] = [];
  for (const field of activeFields(entity)) {
    if (isStored(field)) columns.push({ key: field.id, header: labelText(field.label, locale), field });
  }
  for (const table of activeFields(entity)) {
    const child = table.type === 'child_table' ? lookup(table.entity) : undefined;
    if (!child || table.type !== 'child_table') continue;
    for (const field of activeFields(child).filter(isStored)) {
      columns.push({ key: `${table.id}.${field.id}`, header: `${labelText(table.label, locale)}.${labelText(field.label, locale)}`, field, childTable: table });
    }
  }
  return columns;
}

type Kind = 'decimal' | 'integer' | 'date' | 'datetime' | 'boolean' | 'text';

function kindOf(field: FieldDef): Kind {
  if (field.type === 'money') return 'decimal';
  if (field.type === 'number') return field.integer ? 'integer' : 'decimal';
  if (field.type === 'date' || field.type === 'datetime' || field.type === 'boolean') return field.type;
  if (field.type === 'formula') return field.resultType === 'money' || field.resultType === 'number' ? 'decimal' : field.resultType === 'text' ? 'text' : field.resultType;
  return 'text';
}

/** The xlsx number format of a column, so money shows as 1,234.50 and dates as dates. */
export function exportNumFmt(field: FieldDef): string | undefined {
  const kind = kindOf(field);
  if (kind === 'date') return 'yyyy-mm-dd';
  if (kind === 'datetime') return 'yyyy-mm-dd hh:mm:ss';
  if (kind !== 'decimal') return undefined;
  const scale = field.type === 'number' ? field.scale : field.type === 'formula' && field.resultType === 'number' ? (field.scale ?? 2) : 2;
  return scale > 0 ? `#,##0.${'0'.repeat(scale)}` : '#,##0';
}

function optionLabel(field: FieldOf<'single_select'> | FieldOf<'multi_select'>, value: unknown, locale: Locale): string {
  const option = field.options.find((candidate) => candidate.value === value);
  return option ? labelText(option.label, locale) : String(value);
}

/**
 * One stored value as a cell people read: titles instead of related ids, option labels instead of
 * values. xlsx gets typed cells (numbers, Dates as wall time in the business zone); CSV gets exact
 * text — money stays "12.50", never a float.
 */
export function exportCell(field: FieldDef, value: unknown, title: string | null | undefined, context: { locale: Locale; format: ExportFormat; timeZone: string }): ExportCell {
  if (field.type === 'relation') return title ?? (typeof value === 'string' ? value : null);
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return null;
  const { locale, format } = context;
  if (field.type === 'single_select') return optionLabel(field, value, locale);
  if (field.type === 'multi_select') return (Array.isArray(value) ? value : [value]).map((item) => optionLabel(field, item, locale)).join(', ');
  switch (kindOf(field)) {
    case 'decimal':
      return format === 'xlsx' ? Number(value) : String(value);
    case 'integer':
      return Number(value);
    case 'boolean':
      return YES_NO[locale][value === true || value === 'true' ? 0 : 1];
    case 'date':
      return format === 'xlsx' ? new Date(`${String(value)}T00:00:00Z`) : String(value);
    case 'datetime':
      return format === 'xlsx' ? instantToWall(new Date(String(value)), context.timeZone) : String(value);
    default: {
      const text = String(value);
      return format === 'csv' && FORMULA_START.test(text) ? `'${text}` : text;
    }
  }
}
