import { findField, type EntityDef } from '../metadata/entity';
import { labelText, SYSTEM_COLUMNS } from '../metadata/keys';
import { RuleError, ruleVariables } from '../rules';
import type { Recipient } from './action-config';
import type { ApproverSource } from './approval-config';
import type { WorkflowDefinition, WorkflowNode } from './definition';
import type { ProblemList } from './problem';

const DATE_SYSTEM_COLUMNS = new Set(['created_at', 'updated_at']);

/** Fields and state actions the workflow names must exist on its entity (system columns count as fields). */
export function checkReferences(definition: WorkflowDefinition, entity: EntityDef, problems: ProblemList): void {
  const entityName = { zh: `“${labelText(entity.label, 'zh-CN')}”`, en: `"${labelText(entity.label, 'en')}"` };
  if (definition.entity !== entity.key) {
    problems.add('entity_mismatch', {}, `流程属于 ${definition.entity}，不是${entityName.zh}`, `The workflow runs on ${definition.entity}, not on ${entityName.en}`);
    return;
  }
  const isField = (key: string) => (SYSTEM_COLUMNS as readonly string[]).includes(key) || Boolean(findField(entity, key) && !findField(entity, key)?.removed);
  /** "The trigger of the workflow" / "The approvers of "Manager approval"", per language. */
  const subject = (nodeKey: string | undefined, zhWhat: string, enWhat: string) => {
    if (!nodeKey) return { zh: `流程的${zhWhat}`, en: `The workflow's ${enWhat}` };
    const n = problems.name(nodeKey);
    return { zh: `${n.zh}的${zhWhat}`, en: `The ${enWhat} of ${n.en}` };
  };
  const field = (key: string, nodeKey: string | undefined, zhWhat: string, enWhat: string) => {
    if (isField(key)) return;
    const s = subject(nodeKey, zhWhat, enWhat);
    problems.add('unknown_field', { nodeKey }, `${s.zh}使用了${entityName.zh}中不存在的字段 ${key}`, `${s.en} uses ${key}, which is not a field of ${entityName.en}`);
  };
  const actions = new Set((entity.lifecycle?.actions ?? []).map((action) => action.key));
  const stateAction = (key: string, nodeKey: string | undefined, zhWhat: string, enWhat: string) => {
    if (actions.has(key)) return;
    const s = subject(nodeKey, zhWhat, enWhat);
    problems.add('unknown_state_action', { nodeKey }, `${s.zh}使用了${entityName.zh}没有的状态操作 ${key}`, `${s.en} uses the state action ${key}, which ${entityName.en} does not have`);
  };

  if (definition.trigger.kind === 'field_changed') field(definition.trigger.field, undefined, '触发条件', 'trigger');
  if (definition.trigger.kind === 'state_action') stateAction(definition.trigger.action, undefined, '触发条件', 'trigger');
  if (definition.onApproved) stateAction(definition.onApproved.stateAction, undefined, '通过后操作', 'action on approval');
  if (definition.onRejected) stateAction(definition.onRejected.stateAction, undefined, '驳回后操作', 'action on rejection');
  if (definition.onWithdrawn) stateAction(definition.onWithdrawn.stateAction, undefined, '撤回后操作', 'action on withdrawal');

  for (const node of definition.nodes) {
    for (const [key, zh, en] of nodeFields(node)) field(key, node.key, zh, en);
    for (const rule of nodeRules(node)) {
      let variables: string[] = [];
      try {
        variables = ruleVariables(rule);
      } catch (error) {
        if (!(error instanceof RuleError)) throw error;
      }
      for (const key of variables) {
        if (isField(key)) continue;
        const n = problems.name(node.key);
        problems.add('rule_unknown_field', { nodeKey: node.key }, `${n.zh}的条件使用了${entityName.zh}中不存在的字段 ${key}`, `A condition of ${n.en} uses ${key}, which is not a field of ${entityName.en}`);
      }
    }
    if (node.kind === 'action' && node.action.kind === 'run_state_action') stateAction(node.action.action, node.key, '状态操作', 'state action');
    if (node.kind === 'timer' && node.timer.wait.kind === 'at_field' && isField(node.timer.wait.field)) {
      const key = node.timer.wait.field;
      const type = findField(entity, key)?.type;
      if (!DATE_SYSTEM_COLUMNS.has(key) && type !== 'date' && type !== 'datetime') {
        const n = problems.name(node.key);
        problems.add('field_not_date', { nodeKey: node.key }, `${n.zh}等待的字段 ${key} 不是日期或时间字段`, `${n.en} waits for ${key}, which is not a date or date-time field`);
      }
    }
  }
}

function sourceFields(sources: ReadonlyArray<ApproverSource | Recipient>): string[] {
  return sources.flatMap((source) => (source.kind === 'field' ? [source.field] : []));
}

function nodeFields(node: WorkflowNode): Array<[string, string, string]> {
  switch (node.kind) {
    case 'approval': {
      const approvers = [...node.approval.approvers, ...(node.approval.due?.escalateTo ? [node.approval.due.escalateTo] : [])];
      return [
        ...sourceFields(approvers).map((key): [string, string, string] => [key, '审批人', 'approvers']),
        ...Object.keys(node.approval.fieldPermissions ?? {}).map((key): [string, string, string] => [key, '字段权限', 'field permissions']),
      ];
    }
    case 'cc':
      return sourceFields(node.to).map((key) => [key, '抄送人', 'CC recipients']);
    case 'timer':
      return node.timer.wait.kind === 'at_field' ? [[node.timer.wait.field, '定时字段', 'timer field']] : [];
    case 'action': {
      const action = node.action;
      if (action.kind === 'set_field') return [[action.field, '赋值字段', 'field to set']];
      if (action.kind === 'counter_effect') return [[action.recordField, '关联字段', 'related-record field']];
      if (action.kind === 'notify' || action.kind === 'email') return sourceFields(action.to).map((key) => [key, '接收人', 'recipients']);
      return [];
    }
    default:
      return [];
  }
}

function nodeRules(node: WorkflowNode): unknown[] {
  if (node.kind === 'condition') return node.branches.map((branch) => branch.rule);
  if (node.kind === 'action' && node.action.kind === 'set_field' && node.action.rule !== undefined) return [node.action.rule];
  if (node.kind === 'action' && node.action.kind === 'counter_effect' && typeof node.action.delta === 'object') return [node.action.delta.rule];
  return [];
}
