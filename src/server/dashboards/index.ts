/**
 * The aggregate compiler: a dashboard widget's plan (from the engine) → one parametrised SQL
 * query that groups in the database, run with the actor's read permissions.
 */
export { dashboardFilters } from './dashboard-filters';
export { runDashboard, type DashboardData, type WidgetResult } from './run-dashboard';
export { runWidget } from './run-widget';
export { MAX_WIDGET_ROWS, type CellValue, type WidgetData } from './widget-data';
export { widgetSql, type SelectedColumn, type WidgetQuery } from './widget-sql';
export { canSeeDashboard } from './dashboard-access';
export { DASHBOARD_KIND } from './dashboard-rows';
export { getDashboard } from './get-dashboard';
export { getDashboardData } from './get-dashboard-data';
export { listDashboards, type DashboardSummary } from './list-dashboards';
