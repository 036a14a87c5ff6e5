import { parseFilterParam, type FilterSpec } from './filter-spec';

/** The list's state lives in the URL query, so reload, Back and a shared link show the same records. */
export type ListQuery = { filter: FilterSpec | null; sort: string; page: number; pageSize: number };

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZES = [10, 20, 50, 100];

function positiveInt(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function readListQuery(params: URLSearchParams): ListQuery {
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    filter: parseFilterParam(params.get('filter')),
    sort: params.get('sort') ?? '',
    page: positiveInt(params.get('page'), 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The same keys the records API takes; defaults are left out to keep URLs short. */
export function toSearchParams(query: ListQuery, forApi = false): URLSearchParams {
  const params = new URLSearchParams();
  if (query.filter) params.set('filter', JSON.stringify(query.filter));
  if (query.sort) params.set('sort', query.sort);
  if (forApi || query.page !== 1) params.set('page', String(query.page));
  if (forApi || query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
}

/** "-created_at,name" → the first key and its direction, which is what a table header can show. */
export function primarySort(sort: string): { field: string; order: 'ascend' | 'descend' } | null {
  const first = sort.split(',')[0]?.trim();
  if (!first) return null;
  return first.startsWith('-') ? { field: first.slice(1), order: 'descend' } : { field: first, order: 'ascend' };
}
