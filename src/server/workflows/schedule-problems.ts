import type { EntityDef } from '@/engine/metadata/entity';
import { compileFilter } from '@/engine/query/filter';
import { text, type DefinitionProblem, type WorkflowDefinition } from '@/engine/workflow';
import { cronProblem } from './schedule-cron';

/**
 * What only the server can check on a schedule trigger: the engine stays free of the cron library,
 * so it checks the shape of `trigger.cron` and this checks that the expression really schedules
 * something. The filter is compiled as the record list would compile it.
 */
export function scheduleProblems(definition: WorkflowDefinition, entity: EntityDef | undefined): DefinitionProblem[] {
  const trigger = definition.trigger;
  if (trigger.kind !== 'schedule') return [];
  const problems: DefinitionProblem[] = [];
  const cron = cronProblem(trigger.cron);
  if (cron) {
    problems.push({ code: 'invalid_definition', message: text(`触发计划的 cron 表达式（trigger.cron）“${trigger.cron}”无效：${cron}`, `The schedule's cron expression (trigger.cron) "${trigger.cron}" is invalid: ${cron}`) });
  }
  if (trigger.filter && entity) {
    const compiled = compileFilter(entity, trigger.filter);
    if (!compiled.ok) {
      const detail = compiled.problems.map((problem) => `${problem.path || 'filter'}: ${problem.message}`).join('; ');
      problems.push({ code: 'invalid_definition', message: text(`触发计划的筛选条件（trigger.filter）无效：${detail}`, `The schedule's filter (trigger.filter) is invalid: ${detail}`) });
    }
  }
  return problems;
}
