/**
 * Dashboards as metadata: a versioned definition (widgets on a 24-column grid, each a dataset spec
 * and a visual), its validation against entity metadata, dashboard filters (date-range presets in
 * the business time zone, field filters) and the plan the server's aggregate compiler renders.
 */
export * from './dataset';
export * from './date-range';
export * from './definition';
export * from './filters';
export * from './parse';
export type { ColumnRef, PlannedAggregate, PlannedCondition, PlannedDimension, PlannedFieldCondition, PlannedJoin, PlannedMeasure, PlannedOperand, ResultColumn, WidgetPlan } from './plan';
export { planWidget, type PlanWidgetResult } from './plan-widget';
export { TITLE_SUFFIX } from './plan-dimensions';
export { DASHBOARD_PROBLEM_CODES, type DashboardProblem, type DashboardProblemCode, type LocalizedText } from './problems';
export { checkDashboardDocument, validateDashboard } from './validate-dashboard';
