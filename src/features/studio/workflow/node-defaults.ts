import type { Label } from '@/engine/metadata/keys';
import { METADATA_KEY_PATTERN } from '@/engine/metadata/keys';
import type { ActionConfig, ApprovalConfig, NodeKind, Recipient, TimerConfig, WorkflowDefinition, WorkflowNode } from '@/engine/workflow';
import en from '@/i18n/messages/workflows/en.json';
import zh from '@/i18n/messages/workflows/zh-CN.json';

/** Node kinds a designer can add; the start node exists exactly once and comes with the workflow. */
export const PALETTE_KINDS = ['approval', 'condition', 'parallel_split', 'parallel_join', 'action', 'timer', 'cc', 'end'] as const satisfies readonly NodeKind[];
export type PaletteKind = (typeof PALETTE_KINDS)[number];

export const ACTION_KINDS = ['set_field', 'run_state_action', 'counter_effect', 'notify', 'email', 'webhook'] as const satisfies readonly ActionConfig['kind'][];

type Texts = typeof zh.workflows.defaults;

/** A new node's name in both languages, whatever language the designer works in: the document stores both. */
export function bilingual(pick: (texts: Texts) => string): Label {
  return { 'zh-CN': pick(zh.workflows.defaults), en: pick(en.workflows.defaults) };
}

export function defaultNodeName(kind: NodeKind): Label {
  return { 'zh-CN': zh.workflows.kinds[kind], en: en.workflows.kinds[kind] };
}

export const DEFAULT_POLICIES: ApprovalConfig['policies'] = { emptyApprovers: 'to_admin', repeatedApprover: 'auto_pass', initiatorIsApprover: 'require' };

export function newApprovalConfig(): ApprovalConfig {
  return { approvers: [], mode: 'any', allowTransfer: true, allowAddSigner: true, policies: { ...DEFAULT_POLICIES } };
}

const INITIATOR: Recipient = { kind: 'initiator' };

export function newActionConfig(kind: ActionConfig['kind'], entity: string): ActionConfig {
  switch (kind) {
    case 'set_field':
      return { kind, field: '', value: '' } as ActionConfig;
    case 'run_state_action':
      return { kind, action: '' };
    case 'counter_effect':
      return { kind, entity, recordField: '', field: '', delta: 1 };
    case 'notify':
      return { kind, to: [INITIATOR], message: bilingual((t) => t.notifyMessage) };
    case 'email':
      return { kind, to: [INITIATOR], subject: bilingual((t) => t.emailSubject), body: bilingual((t) => t.emailBody) };
    case 'webhook':
      return { kind, url: 'https://example.com/hook', format: 'json' };
  }
}

export function newTimerConfig(): TimerConfig {
  return { wait: { kind: 'after', duration: { hours: 24 } } };
}

/** The smallest free `<kind>_<n>`: keys name task rows and timers, so they are never reused by renaming. */
export function nextNodeKey(definition: WorkflowDefinition, kind: NodeKind): string {
  const taken = new Set(definition.nodes.map((node) => node.key));
  for (let n = 1; ; n += 1) {
    const key = `${kind}_${n}`;
    if (!taken.has(key) && METADATA_KEY_PATTERN.test(key)) return key;
  }
}

export function newNode(kind: PaletteKind, key: string, entity: string, position?: { x: number; y: number }): WorkflowNode {
  const base = { key, name: defaultNodeName(kind), ...(position ? { position } : {}) };
  switch (kind) {
    case 'approval':
      return { ...base, kind, approval: newApprovalConfig() };
    case 'condition':
      return { ...base, kind, branches: [{ key: 'branch_1', label: bilingual((t) => `${t.branch} 1`), rule: undefined }] };
    case 'action':
      return { ...base, kind, action: newActionConfig('notify', entity) };
    case 'timer':
      return { ...base, kind, timer: newTimerConfig() };
    case 'cc':
      return { ...base, kind, to: [INITIATOR] };
    case 'parallel_split':
    case 'parallel_join':
    case 'end':
      return { ...base, kind };
  }
}
