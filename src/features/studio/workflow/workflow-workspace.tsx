'use client';

import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { Alert, App, Card, Col, Flex, Grid, Modal, Row, Typography, type ButtonProps } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useCallback, useMemo, useReducer, useState } from 'react';
import { validateDefinition, type DefinitionProblem, type WorkflowDefinition } from '@/engine/workflow';
import { useUnsavedWarning } from '@/features/runtime/record-form/use-unsaved-warning';
import { useLabel } from '@/features/runtime/use-label';
import { useUndoShortcuts } from '../use-studio-guards';
import { findNode } from './definition-edits';
import { withLayout, type Selection } from './flow-graph';
import type { PaletteKind } from './node-defaults';
import { NodePalette } from './node-palette';
import { ProblemsList } from './problems-list';
import { useProblemText } from './problem-text';
import { SelectionPanel } from './selection-panel';
import { useDesignerCommands } from './use-designer-commands';
import { useSaveShortcut } from './use-save-shortcut';
import { useWorkflowContext } from './use-workflow-context';
import type { WorkflowDetail } from './workflow-api';
import { WorkflowCanvas } from './workflow-canvas';
import { designerReducer, initialDesignerState, isDirty } from './workflow-reducer';
import { WorkflowToolbar } from './workflow-toolbar';
import { WorkflowVersionsDrawer } from './workflow-versions-drawer';

type Props = { workflowKey: string; detail: WorkflowDetail; onReload: () => void };

export function WorkflowWorkspace(props: Props) {
  return (
    <ReactFlowProvider>
      <Workspace {...props} />
    </ReactFlowProvider>
  );
}

function Workspace({ workflowKey, detail, onReload }: Props) {
  const t = useTranslations('workflows');
  const label = useLabel();
  const problemText = useProblemText();
  const { modal } = App.useApp();
  const flow = useReactFlow();
  const screens = Grid.useBreakpoint();
  // Editing needs the palette, canvas and panel side by side; a phone gets a read-only view.
  const readOnly = screens.md === false;
  const loaded = useMemo(() => withLayout((detail.draft ?? detail.published?.definition) as WorkflowDefinition), [detail]);
  const [state, dispatch] = useReducer(designerReducer, loaded, initialDesignerState);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [jsonOpen, setJsonOpen] = useState(false);
  const [settingsRequest, setSettingsRequest] = useState(0);
  const definition = state.present;
  const dirty = useMemo(() => isDirty(state), [state]);
  const context = useWorkflowContext(definition.entity);
  const problems = useMemo(
    () => validateDefinition(definition, context.entity ? { entity: context.entity, related: (key) => context.entities.find((candidate) => candidate.key === key) } : {}),
    [definition, context.entity, context.entities],
  );
  const commands = useDesignerCommands({ workflowKey, definition, problems, dispatch, onReload });

  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  useUndoShortcuts(undo, redo);
  useSaveShortcut(commands.save, !readOnly);
  useUnsavedWarning(dirty, t('commands.leaveWarning'));

  const onEdit = useCallback((edit: (doc: WorkflowDefinition) => WorkflowDefinition | null, coalesceKey?: string) => dispatch({ type: 'edit', edit, coalesceKey }), []);

  const confirmDelete = (selection: NonNullable<Selection>) => {
    const node = selection.kind === 'node' ? findNode(definition, selection.key) : undefined;
    if (node?.kind === 'start') return;
    modal.confirm({
      title: node ? t('panel.deleteNodeConfirm', { name: label(node.name) }) : t('edge.deleteConfirm'),
      content: node ? t('panel.deleteNodeHelp') : undefined,
      okButtonProps: { danger: true, 'data-testid': 'wf-delete-confirm' } as ButtonProps,
      okText: t('panel.delete'),
      onOk: () => dispatch({ type: 'remove', selection }),
    });
  };

  /** Adds at the middle of what the canvas shows, so a keyboard user sees the new node at once. */
  const addFromPalette = (kind: PaletteKind) => {
    const bounds = document.querySelector('[data-testid="wf-canvas"]')?.getBoundingClientRect();
    const center = bounds ? flow.screenToFlowPosition({ x: bounds.left + bounds.width / 2, y: bounds.top + bounds.height / 2 }) : { x: 0, y: 0 };
    dispatch({ type: 'addOrInsert', kind, position: { x: center.x - 100, y: center.y - 30 } });
  };

  const pickProblem = (problem: DefinitionProblem) => {
    if (problem.nodeKey && findNode(definition, problem.nodeKey)) {
      dispatch({ type: 'select', selection: { kind: 'node', key: problem.nodeKey } });
      const position = findNode(definition, problem.nodeKey)?.position;
      if (position) void flow.setCenter(position.x + 100, position.y + 30, { zoom: Math.max(flow.getZoom(), 0.8), duration: 300 });
    } else if (problem.edgeId && definition.edges.some((edge) => edge.id === problem.edgeId)) {
      dispatch({ type: 'select', selection: { kind: 'edge', id: problem.edgeId } });
    } else {
      dispatch({ type: 'select', selection: null });
      setSettingsRequest((n) => n + 1);
    }
  };

  const failure = commands.failure;

  return (
    <Flex vertical gap={12} data-testid="wf-designer">
      <Flex justify="space-between" align="baseline" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="wf-title">
          {t('designer.title')} · {label(definition.name)}
        </Typography.Title>
        <Link href="/studio/workflows">{t('designer.back')}</Link>
      </Flex>
      {readOnly && <Alert type="info" showIcon title={t('designer.readOnlyPhone')} data-testid="wf-read-only" />}
      {context.errors.length > 0 && <Alert type="warning" showIcon title={t('designer.contextError', { message: context.errors.map((error) => error.message).join('; ') })} />}
      <WorkflowToolbar
        dirty={dirty}
        busy={commands.busy}
        readOnly={readOnly}
        hasDraft={detail.draft !== null}
        publishedVersion={detail.published?.version ?? null}
        problemCount={problems.length}
        canPublish={dirty || detail.draft !== null || !detail.published}
        canUndo={state.past.length > 0}
        canRedo={state.future.length > 0}
        onUndo={undo}
        onRedo={redo}
        onTidy={() => onEdit((doc) => withLayout(doc, true))}
        onJson={() => setJsonOpen(true)}
        onVersions={() => setVersionsOpen(true)}
        onDiscard={commands.discard}
        onSave={commands.save}
        onPublish={commands.publish}
      />
      {failure && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: commands.clearFailure }}
          title={failure.message}
          data-testid="wf-error"
          description={
            failure.problems.length + failure.paths.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {failure.problems.map((problem, index) => (
                  <li key={`p${index}`}>
                    <a onClick={() => pickProblem(problem)}>{problemText(problem)}</a>
                  </li>
                ))}
                {failure.paths.map((path) => (
                  <li key={path}>{path}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      <Row gutter={[12, 12]}>
        {!readOnly && (
          <Col xs={24} md={4} xl={3}>
            <NodePalette disabled={readOnly} edgeSelected={state.selection?.kind === 'edge'} onAdd={addFromPalette} />
          </Col>
        )}
        <Col xs={24} md={readOnly ? 24 : 12} xl={readOnly ? 24 : 13}>
          <Flex vertical gap={12}>
            <div style={{ height: '62vh', minHeight: 420 }}>
              <WorkflowCanvas definition={definition} problems={problems} selection={state.selection} readOnly={readOnly} dispatch={dispatch} onDeleteRequest={confirmDelete} />
            </div>
            <Card size="small" title={t('problems.title', { count: problems.length })} data-testid="wf-problems-card" styles={{ body: { maxHeight: 200, overflow: 'auto' } }}>
              <ProblemsList problems={problems} definition={definition} onPick={pickProblem} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} md={readOnly ? 24 : 8} xl={readOnly ? 24 : 8}>
          <Card size="small" styles={{ body: { maxHeight: 'calc(62vh + 240px)', overflow: 'auto' } }}>
            <SelectionPanel
              definition={definition}
              selection={state.selection}
              problems={problems}
              context={context}
              readOnly={readOnly}
              onEdit={onEdit}
              onDelete={confirmDelete}
              settingsRequest={settingsRequest}
            />
          </Card>
        </Col>
      </Row>
      <WorkflowVersionsDrawer
        workflowKey={workflowKey}
        open={versionsOpen}
        dirty={dirty}
        onClose={() => setVersionsOpen(false)}
        onRestore={(version) => {
          setVersionsOpen(false);
          commands.restore(version);
        }}
      />
      <Modal open={jsonOpen} title={t('designer.jsonTitle')} footer={null} width={800} onCancel={() => setJsonOpen(false)}>
        <pre data-testid="wf-json-view" style={{ maxHeight: '60vh', overflow: 'auto', fontSize: 12 }}>
          {JSON.stringify(definition, null, 2)}
        </pre>
      </Modal>
    </Flex>
  );
}
