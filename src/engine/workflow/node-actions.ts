import type { Label } from '../metadata/keys';
import { evaluateRule, RuleError, truthy } from '../rules';
import type { Recipient } from './action-config';
import { DEFAULT_BRANCH, type NodeOf } from './definition';
import { resolveUsers } from './resolve-approvers';
import { emit, log, type Run } from './run';

/**
 * Fills `{{field}}` placeholders from the record; an empty field reads as nothing. A relation
 * reads as the related record's title (`_display`) when the record carries it, not as its id.
 */
export function renderMessage(message: Label, record: Readonly<Record<string, unknown>>): Label {
  const display = (typeof record._display === 'object' && record._display !== null ? record._display : {}) as Record<string, unknown>;
  const fill = (template: string) =>
    template.replace(/\{\{\s*([a-z][a-z0-9_]{0,40})\s*\}\}/g, (_, key: string) => {
      const title = Object.hasOwn(display, key) ? display[key] : undefined;
      const value = typeof title === 'string' ? title : Object.hasOwn(record, key) ? record[key] : undefined;
      return value === null || value === undefined ? '' : String(value);
    });
  return { 'zh-CN': fill(message['zh-CN']), ...(message.en !== undefined ? { en: fill(message.en) } : {}) };
}

function recipients(run: Run, to: readonly Recipient[]): string[] {
  return resolveUsers(to, { directory: run.context.directory, record: run.record, initiator: run.state.initiator });
}

function evaluate(run: Run, rule: unknown): unknown {
  return evaluateRule(rule, run.record, { now: run.context.now, exactArithmetic: true });
}

/**
 * The first branch whose rule holds for the record, else the default one. A rule that cannot be
 * evaluated counts as not holding, and the timeline says so instead of the transition failing.
 */
export function pickBranch(run: Run, node: NodeOf<'condition'>): string {
  for (const branch of node.branches) {
    try {
      if (truthy(evaluate(run, branch.rule))) {
        log(run, { action: 'branch_taken', nodeKey: node.key, detail: { branch: branch.key } });
        return branch.key;
      }
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      log(run, { action: 'note', nodeKey: node.key, detail: { branch: branch.key, ruleError: error.message } });
    }
  }
  log(run, { action: 'branch_taken', nodeKey: node.key, detail: { branch: DEFAULT_BRANCH } });
  return DEFAULT_BRANCH;
}

function webhookBody(run: Run, node: NodeOf<'action'>, format: 'json' | 'dingtalk' | 'wecom', message: Label): unknown {
  const content = message['zh-CN'];
  if (format === 'dingtalk' || format === 'wecom') return { msgtype: 'text', text: { content } };
  return { workflow: run.definition.key, entity: run.definition.entity, node: node.key, recordId: run.record.id ?? null, message };
}

/**
 * Runs an action node. An automation that fails (a formula error) is written to the timeline and
 * the instance carries on: one broken notification must not hold an approval hostage.
 */
export function runAction(run: Run, node: NodeOf<'action'>): void {
  const action = node.action;
  try {
    switch (action.kind) {
      case 'set_field': {
        const value = action.rule !== undefined ? evaluate(run, action.rule) : action.value;
        run.record[action.field] = value;
        emit(run, { type: 'set_field', nodeKey: node.key, field: action.field, value });
        break;
      }
      case 'run_state_action':
        emit(run, { type: 'run_state_action', nodeKey: node.key, action: action.action });
        break;
      case 'counter_effect': {
        const delta = typeof action.delta === 'number' ? action.delta : evaluate(run, action.delta.rule);
        emit(run, { type: 'counter_effect', nodeKey: node.key, entity: action.entity, recordId: run.record[action.recordField] ?? null, field: action.field, delta, guard: action.guard });
        break;
      }
      case 'notify':
        emit(run, { type: 'notify', nodeKey: node.key, reason: 'message', userIds: recipients(run, action.to), message: renderMessage(action.message, run.record) });
        break;
      case 'email':
        emit(run, {
          type: 'email',
          nodeKey: node.key,
          userIds: recipients(run, action.to),
          addresses: action.addresses ?? [],
          subject: renderMessage(action.subject, run.record),
          body: renderMessage(action.body, run.record),
        });
        break;
      case 'webhook': {
        if (!action.url) {
          log(run, { action: 'action_run', nodeKey: node.key, detail: { kind: action.kind, skipped: 'not_configured' } });
          return;
        }
        const message = renderMessage(action.message ?? { 'zh-CN': `${run.definition.name['zh-CN']}：${node.name['zh-CN']}` }, run.record);
        emit(run, { type: 'webhook', nodeKey: node.key, url: action.url, format: action.format, body: webhookBody(run, node, action.format, message) });
        break;
      }
    }
    log(run, { action: 'action_run', nodeKey: node.key, detail: { kind: action.kind } });
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    log(run, { action: 'action_failed', nodeKey: node.key, detail: { kind: action.kind, error: error.message } });
  }
}

export function sendCc(run: Run, node: NodeOf<'cc'>): void {
  const userIds = recipients(run, node.to);
  emit(run, { type: 'cc', nodeKey: node.key, userIds });
  log(run, { action: 'cc_sent', nodeKey: node.key, detail: { userIds } });
}
