import type { EntityDef } from '../metadata/entity';
import { findField } from '../metadata/entity';
import { LOCALES, labelText, type Label } from '../metadata/keys';
import { uniqueFields, type ImportTarget } from './import-targets';

/** Header → target key, or null for a column that is not imported. */
export type ColumnMapping = Record<string, string | null>;

/**
 * Full-width forms (Ｑｔｙ, （）) fold to ASCII, case and spacing are ignored, and "_", "-", "." and
 * "·" do not count, so "Unit price", "unit_price" and "UNIT PRICE" all meet.
 */
export function headerKey(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/[\s_\-.·:：]+/g, '');
}

function labels(label: Label): string[] {
  return LOCALES.map((locale) => labelText(label, locale));
}

/** The names a target answers to, strongest first: its own names, then (for child fields) bare ones. */
function targetNames(target: ImportTarget): { exact: string[]; loose: string[] } {
  const own = [target.field.id, ...labels(target.field.label)];
  if (!target.childTable) return { exact: own.map(headerKey), loose: [] };
  const prefixes = [target.childTable.id, ...labels(target.childTable.label)];
  const exact = prefixes.flatMap((prefix) => own.map((name) => headerKey(`${prefix}.${name}`)));
  return { exact, loose: own.map(headerKey) };
}

/**
 * Suggests a target for each header: exact names first, then a child field's bare label ("数量")
 * when no other target claims it. Each target is used once; the leftmost header wins.
 */
export function suggestMapping(headers: string[], targets: ImportTarget[]): ColumnMapping {
  const names = targets.map((target) => ({ target, ...targetNames(target) }));
  const mapping: ColumnMapping = Object.fromEntries(headers.map((header) => [header, null]));
  const used = new Set<string>();
  const claim = (pick: (entry: (typeof names)[number], key: string) => boolean, unique: boolean) => {
    for (const header of headers) {
      if (mapping[header] !== null) continue;
      const key = headerKey(header);
      const found = names.filter((entry) => !used.has(entry.target.key) && pick(entry, key));
      if (found.length === 0 || (unique && found.length > 1)) continue;
      mapping[header] = found[0].target.key;
      used.add(found[0].target.key);
    }
  };
  claim((entry, key) => entry.exact.includes(key), false);
  claim((entry, key) => entry.loose.includes(key), true);
  return mapping;
}

const REFERENCE_HINT = /^(单号|订单号|编号|参考号|外部单号|(order|external)?(no|number|ref|reference|id))$/;

/**
 * For entities with line items: the header that most likely names the parent record of each row —
 * the title field (an export's "订单号"), then a unique field (an external reference), then a
 * column that looks like a reference.
 */
export function suggestGroupBy(headers: string[], entity: EntityDef): string | null {
  const keys = [entity.titleField, ...uniqueFields(entity).map((field) => field.id)]
    .map((id) => (id ? findField(entity, id) : undefined))
    .filter((field) => field !== undefined);
  for (const field of keys) {
    const names = [field.id, ...labels(field.label)].map(headerKey);
    const found = headers.find((header) => names.includes(headerKey(header)));
    if (found) return found;
  }
  return headers.find((header) => REFERENCE_HINT.test(headerKey(header))) ?? null;
}
