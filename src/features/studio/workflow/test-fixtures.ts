import { WorkflowDefinitionSchema, type WorkflowDefinition } from '@/engine/workflow';

/** The skeleton the API creates: start → end, with positions as the designer stores them. */
export function skeleton(extra: Partial<WorkflowDefinition> = {}): WorkflowDefinition {
  return WorkflowDefinitionSchema.parse({
    schemaVersion: 1,
    key: 'order_approval',
    name: { 'zh-CN': '订单审批', en: 'Order approval' },
    entity: 'orders',
    trigger: { kind: 'record_created' },
    nodes: [
      { key: 'start', kind: 'start', name: { 'zh-CN': '开始', en: 'Start' } },
      { key: 'end', kind: 'end', name: { 'zh-CN': '结束', en: 'End' } },
    ],
    edges: [{ id: 'e1', from: 'start', to: 'end' }],
    ...extra,
  });
}
