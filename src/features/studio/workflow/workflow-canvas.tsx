'use client';

import '@xyflow/react/dist/style.css';
import { Background, Controls, MiniMap, ReactFlow, useReactFlow, type EdgeChange, type NodeChange, type NodeTypes } from '@xyflow/react';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useMemo, useRef, useState, type Dispatch, type DragEvent, type KeyboardEvent } from 'react';
import type { DefinitionProblem, WorkflowDefinition } from '@/engine/workflow';
import { connect, moveNode, reconnect } from './definition-edits';
import { toFlowEdges, toFlowNodes, type FlowEdge, type FlowNode, type Measured, type Selection } from './flow-graph';
import { NodeCard } from './node-card';
import { PALETTE_KINDS, type PaletteKind } from './node-defaults';
import { selectionAfter } from './selection-changes';
import type { DesignerAction } from './workflow-reducer';

export const PALETTE_MIME = 'application/x-workflow-node';
const nodeTypes: NodeTypes = { workflow: NodeCard };

type Props = {
  definition: WorkflowDefinition;
  problems: readonly DefinitionProblem[];
  selection: Selection;
  readOnly: boolean;
  dispatch: Dispatch<DesignerAction>;
  onDeleteRequest: (selection: NonNullable<Selection>) => void;
};

/** The drawing: nodes and edges derived from the definition on every change; the definition stays the only state. */
export function WorkflowCanvas({ definition, problems, selection, readOnly, dispatch, onDeleteRequest }: Props) {
  const t = useTranslations('workflows');
  const locale = useLocale();
  const flow = useReactFlow();
  // xyflow measures each node once it is drawn; the sizes must travel with the nodes we hand it.
  const [measured, setMeasured] = useState<Measured>({});
  const drag = useRef(0);

  const nodes = useMemo(() => toFlowNodes(definition, { problems, selection, measured, readOnly }), [definition, problems, selection, measured, readOnly]);
  const edges = useMemo(
    () => toFlowEdges(definition, { problems, selection, readOnly, locale, otherwise: t('condition.otherwise') }),
    [definition, problems, selection, readOnly, locale, t],
  );

  const select = useCallback(
    (kind: 'node' | 'edge', changes: ReadonlyArray<{ type: string; id?: string; selected?: boolean }>) => {
      const next = selectionAfter(selection, kind, changes);
      if (next !== undefined) dispatch({ type: 'select', selection: next });
    },
    [dispatch, selection],
  );
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const sizes: Measured = {};
      for (const change of changes) {
        if (change.type === 'dimensions' && change.dimensions) sizes[change.id] = change.dimensions;
        if (change.type === 'position' && change.position && !readOnly) {
          const { id, position } = change;
          dispatch({ type: 'edit', edit: (doc) => moveNode(doc, id, position), coalesceKey: `move:${id}:${drag.current}` });
        }
      }
      if (Object.keys(sizes).length > 0) setMeasured((previous) => ({ ...previous, ...sizes }));
      select('node', changes);
    },
    [dispatch, readOnly, select],
  );
  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => select('edge', changes), [select]);

  const onDrop = (event: DragEvent) => {
    const kind = event.dataTransfer.getData(PALETTE_MIME) as PaletteKind;
    if (readOnly || !(PALETTE_KINDS as readonly string[]).includes(kind)) return;
    event.preventDefault();
    const position = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    dispatch({ type: 'add', kind, position: { x: position.x - 100, y: position.y - 20 } });
  };

  // Deleting asks first, so xyflow's own Backspace deletion is off and the keys come here.
  const onKeyDown = (event: KeyboardEvent) => {
    if (readOnly || !selection || (event.key !== 'Delete' && event.key !== 'Backspace')) return;
    if ((event.target as HTMLElement).closest('input, textarea, [contenteditable="true"]')) return;
    event.preventDefault();
    onDeleteRequest(selection);
  };

  return (
    <div
      data-testid="wf-canvas"
      onKeyDown={onKeyDown}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes(PALETTE_MIME)) {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }
      }}
      onDrop={onDrop}
      style={{ height: '100%', minHeight: 480, border: '1px solid var(--ant-color-border, #d9d9d9)', borderRadius: 8, background: 'var(--ant-color-bg-layout, #f5f5f5)' }}
    >
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={(connection) => dispatch({ type: 'edit', edit: (doc) => connect(doc, connection) })}
        // An edge's end dragged to another node re-points it; dropped nowhere, the edge stays as it was.
        onReconnect={(edge, connection) => dispatch({ type: 'edit', edit: (doc) => reconnect(doc, edge.id, connection) })}
        edgesReconnectable={!readOnly}
        onNodeDragStart={() => {
          drag.current += 1;
        }}
        onPaneClick={() => dispatch({ type: 'select', selection: null })}
        deleteKeyCode={null}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        defaultEdgeOptions={{ type: 'smoothstep' }}
        fitView
        fitViewOptions={{ maxZoom: 1 }}
        minZoom={0.2}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={{ 'node.a11yDescription.default': t('canvas.a11yNodes') }}
      >
        <Background />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable style={{ width: 140, height: 100 }} />
      </ReactFlow>
    </div>
  );
}
