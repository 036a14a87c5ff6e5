import type { EntityDef } from '../metadata';
import type { QueryProblem } from './filter-ast';
import { resolveQueryField } from './queryable-field';

export type SortTerm = { field: string; direction: 'asc' | 'desc' };
export type ParseSortResult = { ok: true; terms: SortTerm[] } | { ok: false; problems: QueryProblem[] };

export const MAX_SORT_TERMS = 5;

/**
 * Parses `sort=-created_at,name`: field ids, "-" for descending. The renderer should append `id`
 * as a final tie-breaker so pages stay stable; that is not the client's concern.
 */
export function parseSort(entity: EntityDef, raw: string | null | undefined): ParseSortResult {
  if (!raw || raw.trim() === '') return { ok: true, terms: [] };
  const parts = raw.split(',').map((part) => part.trim());
  if (parts.length > MAX_SORT_TERMS) {
    return { ok: false, problems: [{ path: 'sort', code: 'too_complex', message: `Sort by at most ${MAX_SORT_TERMS} fields` }] };
  }
  const problems: QueryProblem[] = [];
  const terms: SortTerm[] = [];
  parts.forEach((part, index) => {
    const path = `sort[${index}]`;
    const descending = part.startsWith('-');
    const id = descending ? part.slice(1) : part;
    if (id === '') {
      problems.push({ path, code: 'invalid_value', message: 'Empty sort term; use field ids separated by commas, "-" for descending' });
      return;
    }
    const resolved = resolveQueryField(entity, id);
    if (!resolved.ok) {
      problems.push({ path, code: resolved.code, message: resolved.message });
    } else if (!resolved.field.sortable) {
      problems.push({ path, code: 'unsupported_op', message: `Field "${id}" holds a set of options and cannot be sorted` });
    } else if (terms.some((term) => term.field === id)) {
      problems.push({ path, code: 'invalid_value', message: `Field "${id}" appears twice in the sort` });
    } else {
      terms.push({ field: id, direction: descending ? 'desc' : 'asc' });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, terms };
}
