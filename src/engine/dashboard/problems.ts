import { labelText, type Label, type Locale } from '../metadata/keys';
import type { EntityDef } from '../metadata/entity';

/** A message in every UI language; the API and the designer pick one by the caller's locale. */
export type LocalizedText = Record<Locale, string>;

export const DASHBOARD_PROBLEM_CODES = [
  'invalid_definition', 'duplicate_key', 'unknown_entity', 'unknown_field', 'unknown_relation', 'unsupported_field',
  'not_numeric', 'not_date', 'truncate_required', 'invalid_filter', 'unknown_sort_key', 'visual_mismatch', 'invalid_range',
] as const;
export type DashboardProblemCode = (typeof DASHBOARD_PROBLEM_CODES)[number];

/** One thing wrong with a dashboard, located on a widget (by key) and a path inside it for the designer. */
export type DashboardProblem = { widgetKey?: string; path: string; code: DashboardProblemCode; message: LocalizedText };

export type Quoted = { zh: string; en: string };

export function quoteLabel(label: Label): Quoted {
  return { zh: `“${labelText(label, 'zh-CN')}”`, en: `"${labelText(label, 'en')}"` };
}

export function entityName(entity: EntityDef): Quoted {
  return quoteLabel(entity.label);
}

/**
 * Collects problems of one widget (or of the dashboard when `widget` is absent), each message
 * opening with the widget's title so a designer sees at once which one to fix.
 */
export class ProblemSink {
  readonly items: DashboardProblem[] = [];

  constructor(private readonly widget?: { key: string; title: Label }) {}

  add(code: DashboardProblemCode, path: string, zh: string, en: string): void {
    const prefix = this.widget ? quoteLabel(this.widget.title) : null;
    const message = prefix ? { 'zh-CN': `组件${prefix.zh}：${zh}`, en: `Widget ${prefix.en}: ${en}` } : { 'zh-CN': zh, en };
    this.items.push({ ...(this.widget ? { widgetKey: this.widget.key } : {}), path, code, message });
  }
}
