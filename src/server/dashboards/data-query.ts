import type { DashboardFilterInput } from '@/engine/dashboard';
import { AppError } from '../errors';

const bad = (message: string) => new AppError(400, 'validation_failed', message, { problems: [{ path: 'query', message }] });

/**
 * The data endpoint's query string → what the viewer picked. `from`/`to` alone mean a custom range;
 * `preset` picks a preset (`custom` with `from`/`to`); nothing means the dashboard's default.
 * `filters` is a JSON object of field filter values by filter key. The values themselves are
 * checked by `dashboardFilters`, which also answers 400.
 */
export function dataQueryInput(query: URLSearchParams): DashboardFilterInput {
  const preset = query.get('preset') ?? undefined;
  const from = query.get('from') ?? undefined;
  const to = query.get('to') ?? undefined;
  const filters = query.get('filters');
  if (preset && preset !== 'custom' && (from || to)) throw bad(`from and to go with preset=custom, not preset=${preset}`);
  const input: Record<string, unknown> = {};
  if (preset && preset !== 'custom') input.range = { preset };
  else if (preset || from || to) input.range = { preset: 'custom', from, to };
  if (filters) {
    if (filters.length > 20_000) throw bad('filters is too long');
    try {
      input.fields = JSON.parse(filters);
    } catch {
      throw bad('filters must be a JSON object of filter values by filter key, e.g. {"region":"east"}');
    }
  }
  return input as DashboardFilterInput;
}
