import type { DashboardDef, DashboardProblem, Widget, DashboardFilters } from '@/engine/dashboard';
import type { WidgetDataDto } from '@/engine/dashboard/dashboard-dto';
import type { Label } from '@/engine/metadata/keys';
import { apiFetch } from '@/features/runtime/api-client';

/** Shapes of the dashboard designer's HTTP contract (services in src/server/dashboards/design-*.ts). */
export type DashboardDraftDto = { draft: DashboardDef; publishedVersion: number | null; hasDraft: boolean; problems: DashboardProblem[] };
export type DashboardVersionDto = { version: number; publishedAt: string; author: { id: string; name: string } | null; widgetCount: number; definition: DashboardDef };
export type DashboardDesignSummaryDto = { key: string; name: Label; widgetCount: number; publishedVersion: number | null; hasDraft: boolean; updatedAt: string };

export const DASHBOARDS_PATH = '/api/v1/dashboards';
export const dashboardPath = (key: string, suffix = '') => `${DASHBOARDS_PATH}/${encodeURIComponent(key)}${suffix}`;

export const createDashboard = (input: { key: string; name: Label; roles?: string[] }) => apiFetch<{ draft: DashboardDef }>(DASHBOARDS_PATH, { method: 'POST', json: input });
export const saveDashboardDraft = (key: string, draft: DashboardDef) =>
  apiFetch<{ draft: DashboardDef; problems: DashboardProblem[] }>(dashboardPath(key, '/draft'), { method: 'PUT', json: draft });
export const publishDashboard = (key: string) => apiFetch<{ version: number }>(dashboardPath(key, '/publish'), { method: 'POST' });
export const previewWidget = (widget: Widget, filters: DashboardFilters, signal: AbortSignal) =>
  apiFetch<{ data: WidgetDataDto }>(`${DASHBOARDS_PATH}/preview`, { method: 'POST', json: { widget, filters }, signal });

/** The problems a refused publish carries (`details.problems`). */
export function refusedProblems(details: unknown): DashboardProblem[] {
  const problems = (details as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems) ? (problems as DashboardProblem[]).filter((problem) => typeof problem?.message === 'object') : [];
}
