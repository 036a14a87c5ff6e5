'use client';

import { Checkbox, Collapse, Flex, Form, InputNumber, Radio, Segmented, Select, Switch, Table, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { APPROVAL_MODES, type ApprovalConfig, type ApprovalDue, type ApproverSource, type NodeOf, type WorkflowDefinition } from '@/engine/workflow';
import { graphOf, reachable } from '@/engine/workflow/graph';
import { useLabel } from '@/features/runtime/use-label';
import { DEFAULT_DUE, DEFAULT_RATIO, permissionOf, setCommentRequired, setDue, setFieldPermission, setMode, setReturnTo, setTimeoutAction } from './approval-edits';
import { APPROVER_KINDS, SourcesEditor } from './sources-editor';
import type { WorkflowContext } from './use-workflow-context';

type Props = {
  node: NodeOf<'approval'>;
  definition: WorkflowDefinition;
  context: WorkflowContext;
  onChange: (config: ApprovalConfig, coalesceKey?: string) => void;
};

const POLICY_CHOICES = {
  emptyApprovers: ['to_admin', 'auto_approve', 'reject'],
  repeatedApprover: ['auto_pass', 'require'],
  initiatorIsApprover: ['require', 'auto_pass', 'skip_to_manager'],
} as const;
const TIMEOUT_ACTIONS = ['remind', 'auto_approve', 'auto_reject', 'escalate'] as const;

/** Earlier approval nodes: the only places the validator lets an approver send the request back to. */
function earlierApprovals(definition: WorkflowDefinition, key: string) {
  const before = reachable(graphOf(definition), [key], 'backward');
  return definition.nodes.filter((node) => node.kind === 'approval' && node.key !== key && before.has(node.key));
}

/** Sections open at first: who and how, plus every section that holds a setting. */
export function openSections(config: ApprovalConfig): string[] {
  const { policies } = config;
  const custom = policies.emptyApprovers !== 'to_admin' || policies.repeatedApprover !== 'auto_pass' || policies.initiatorIsApprover !== 'require';
  return [
    'approvers',
    'mode',
    ...(config.commentRequired || config.returnTo || !config.allowTransfer || !config.allowAddSigner ? ['actions'] : []),
    ...(custom ? ['policies'] : []),
    ...(config.fieldPermissions ? ['fields'] : []),
    ...(config.due ? ['due'] : []),
  ];
}

export function ApprovalPanel({ node, definition, context, onChange }: Props) {
  const t = useTranslations('workflows.approval');
  const label = useLabel();
  const config = node.approval;
  const targets = useMemo(() => earlierApprovals(definition, node.key), [definition, node.key]);
  const due = config.due;
  const changeDue = (next: ApprovalDue, coalesceKey?: string) => onChange(setDue(config, next), coalesceKey);

  const items = [
    {
      key: 'approvers',
      label: t('approvers'),
      children: (
        <SourcesEditor<ApproverSource>
          id="wf-approvers"
          kinds={APPROVER_KINDS}
          value={config.approvers}
          context={context}
          onChange={(approvers) => onChange({ ...config, approvers })}
        />
      ),
    },
    {
      key: 'mode',
      label: t('mode'),
      children: (
        <Flex vertical gap={8}>
          <Radio.Group
            data-testid="wf-approval-mode"
            value={config.mode}
            onChange={(event) => onChange(setMode(config, event.target.value))}
            options={APPROVAL_MODES.map((mode) => ({ value: mode, label: t(`modes.${mode}`) }))}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`modeHelp.${config.mode}`)}
          </Typography.Text>
          {config.mode === 'ratio' && (
            <Form.Item label={t('ratio')} htmlFor="wf-approval-ratio" style={{ marginBottom: 0 }}>
              <InputNumber
                id="wf-approval-ratio"
                data-testid="wf-approval-ratio"
                min={1}
                max={100}
                precision={0}
                suffix="%"
                value={config.ratioPercent ?? DEFAULT_RATIO}
                onChange={(value) => onChange(setMode(config, 'ratio', value ?? DEFAULT_RATIO), 'ratio')}
              />
            </Form.Item>
          )}
        </Flex>
      ),
    },
    {
      key: 'actions',
      label: t('actions'),
      children: (
        <Flex vertical gap={8}>
          <Typography.Text>{t('commentRequired')}</Typography.Text>
          <Flex gap={12} wrap>
            {(['approve', 'reject', 'return'] as const).map((action) => (
              <Checkbox
                key={action}
                data-testid={`wf-comment-${action}`}
                checked={config.commentRequired?.[action] ?? false}
                onChange={(event) => onChange(setCommentRequired(config, action, event.target.checked))}
              >
                {t(`commentOn.${action}`)}
              </Checkbox>
            ))}
          </Flex>
          <Flex gap={8} align="center">
            <Switch size="small" id="wf-allow-transfer" checked={config.allowTransfer} onChange={(allowTransfer) => onChange({ ...config, allowTransfer })} />
            <label htmlFor="wf-allow-transfer">{t('allowTransfer')}</label>
          </Flex>
          <Flex gap={8} align="center">
            <Switch size="small" id="wf-allow-add-signer" checked={config.allowAddSigner} onChange={(allowAddSigner) => onChange({ ...config, allowAddSigner })} />
            <label htmlFor="wf-allow-add-signer">{t('allowAddSigner')}</label>
          </Flex>
          <Form.Item label={t('returnTo')} htmlFor="wf-return-to" help={targets.length === 0 ? t('returnToNone') : undefined} style={{ marginBottom: 0 }}>
            <Select
              mode="multiple"
              id="wf-return-to"
              data-testid="wf-return-to"
              allowClear
              value={config.returnTo ?? []}
              options={[
                ...targets.map((target) => ({ value: target.key, label: label(target.name) })),
                // A target that is no longer earlier stays visible so it can be removed; the validator flags it.
                ...(config.returnTo ?? []).filter((key) => !targets.some((target) => target.key === key)).map((key) => ({ value: key, label: key })),
              ]}
              onChange={(keys: string[]) => onChange(setReturnTo(config, keys))}
            />
          </Form.Item>
        </Flex>
      ),
    },
    {
      key: 'policies',
      label: t('policies'),
      children: (
        <>
          {(Object.keys(POLICY_CHOICES) as Array<keyof typeof POLICY_CHOICES>).map((policy) => (
            <Form.Item key={policy} label={t(`policy.${policy}`)} htmlFor={`wf-policy-${policy}`} style={{ marginBottom: 8 }}>
              <Select
                id={`wf-policy-${policy}`}
                data-testid={`wf-policy-${policy}`}
                value={config.policies[policy]}
                options={POLICY_CHOICES[policy].map((choice) => ({ value: choice, label: t(`policyChoice.${choice}`) }))}
                onChange={(choice: string) => onChange({ ...config, policies: { ...config.policies, [policy]: choice } })}
              />
            </Form.Item>
          ))}
        </>
      ),
    },
    {
      key: 'fields',
      label: t('fieldPermissions'),
      children: (
        <Flex vertical gap={6}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('fieldPermissionsHelp')}
          </Typography.Text>
          <Table
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={context.fields}
            locale={{ emptyText: t('noFields') }}
            columns={[
              { key: 'field', title: t('field'), render: (_, field) => label(field.label) || field.id },
              {
                key: 'permission',
                title: t('permission'),
                render: (_, field) => (
                  <Segmented
                    size="small"
                    data-testid={`wf-permission-${field.id}`}
                    value={permissionOf(config, field.id)}
                    options={(['editable', 'readonly', 'hidden'] as const).map((permission) => ({ value: permission, label: t(`permissions.${permission}`) }))}
                    onChange={(permission) => onChange(setFieldPermission(config, field.id, permission))}
                  />
                ),
              },
            ]}
          />
        </Flex>
      ),
    },
    {
      key: 'due',
      label: t('due'),
      children: (
        <Flex vertical gap={8}>
          <Flex gap={8} align="center">
            <Switch size="small" id="wf-due-on" data-testid="wf-due-on" checked={due !== undefined} onChange={(on) => onChange(setDue(config, on ? DEFAULT_DUE : undefined))} />
            <label htmlFor="wf-due-on">{t('dueOn')}</label>
          </Flex>
          {due && (
            <>
              <Form.Item label={t('dueHours')} htmlFor="wf-due-hours" style={{ marginBottom: 0 }}>
                <InputNumber id="wf-due-hours" data-testid="wf-due-hours" min={0.5} max={24 * 365} value={due.hours} suffix={t('hours')} onChange={(hours) => changeDue({ ...due, hours: hours ?? 24 }, 'due-hours')} />
              </Form.Item>
              <Form.Item label={t('remindEvery')} htmlFor="wf-due-remind" style={{ marginBottom: 0 }}>
                <InputNumber
                  id="wf-due-remind"
                  data-testid="wf-due-remind"
                  min={0.5}
                  max={24 * 365}
                  value={due.remindEveryHours}
                  placeholder={t('noReminder')}
                  suffix={t('hours')}
                  onChange={(hours) => {
                    const next = { ...due, remindEveryHours: hours ?? undefined };
                    if (hours === null) delete next.remindEveryHours;
                    changeDue(next, 'due-remind');
                  }}
                />
              </Form.Item>
              <Form.Item label={t('onTimeout')} htmlFor="wf-due-timeout" style={{ marginBottom: 0 }}>
                <Select
                  id="wf-due-timeout"
                  data-testid="wf-due-timeout"
                  value={due.onTimeout}
                  options={TIMEOUT_ACTIONS.map((action) => ({ value: action, label: t(`timeout.${action}`) }))}
                  onChange={(action: ApprovalDue['onTimeout']) => changeDue(setTimeoutAction(due, action))}
                />
              </Form.Item>
              {due.onTimeout === 'escalate' && (
                <Form.Item label={t('escalateTo')} style={{ marginBottom: 0 }}>
                  <SourcesEditor<ApproverSource>
                    id="wf-escalate"
                    kinds={APPROVER_KINDS.filter((kind) => kind !== 'initiator_choice')}
                    single
                    value={due.escalateTo ? [due.escalateTo] : []}
                    context={context}
                    onChange={(sources) => changeDue(sources[0] ? { ...due, escalateTo: sources[0] } : setTimeoutAction(due, 'remind'))}
                  />
                </Form.Item>
              )}
            </>
          )}
        </Flex>
      ),
    },
  ];

  return <Collapse size="small" defaultActiveKey={openSections(config)} items={items} data-testid="wf-approval-panel" />;
}
