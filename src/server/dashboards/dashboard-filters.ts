import { DashboardFilterInputSchema, resolveDashboardFilters, type DashboardDef, type ResolvedDashboardFilters } from '@/engine/dashboard';
import { AppError } from '../errors';
import { BUSINESS_TIME_ZONE } from '../services/business-time-zone';

/**
 * Turns what the viewer picked (a date range, field filter values) into the filters every widget
 * of one request runs with, in the business time zone. Bad input is a 400, never a 500.
 */
export function dashboardFilters(dashboard: DashboardDef, input: unknown, options: { now?: Date; timeZone?: string } = {}): ResolvedDashboardFilters {
  const parsed = DashboardFilterInputSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new AppError(400, 'validation_failed', `Invalid dashboard filters: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, { problems });
  }
  const resolved = resolveDashboardFilters(dashboard, parsed.data, { now: options.now ?? new Date(), timeZone: options.timeZone ?? BUSINESS_TIME_ZONE });
  if (!resolved.ok) {
    throw new AppError(400, 'validation_failed', resolved.problems.map((problem) => problem.message.en).join('; '), { problems: resolved.problems });
  }
  return resolved.filters;
}
