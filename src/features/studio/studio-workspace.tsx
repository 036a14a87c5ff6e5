'use client';

import { DndContext, DragOverlay } from '@dnd-kit/core';
import { Alert, App, Card, Col, Flex, Modal, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useCallback, useReducer, useState } from 'react';
import { toApiError } from '@/features/runtime/api-client';
import { useLabel } from '@/features/runtime/use-label';
import { FieldCardBody } from './field-card';
import { Palette } from './palette';
import { PropertyPanel } from './property-panel';
import { problemsOf, publishDraft, restoreVersion, saveDraft, type StudioDraft } from './studio-api';
import { StudioCanvas } from './studio-canvas';
import { newField } from './studio-document';
import { initialStudioState, isDirty, studioReducer } from './studio-reducer';
import { StudioToolbar } from './studio-toolbar';
import { useStudioDnd } from './use-studio-dnd';
import { useLeaveWarning, useUndoShortcuts } from './use-studio-guards';
import { VersionsDrawer } from './versions-drawer';

type Props = { entityKey: string; draft: StudioDraft; onReload: () => void };
type Failure = { message: string; problems: string[] };

export function StudioWorkspace({ entityKey, draft, onReload }: Props) {
  const t = useTranslations('studio');
  const label = useLabel();
  const { message } = App.useApp();
  const [state, dispatch] = useReducer(studioReducer, { entity: draft.entity, form: draft.form }, initialStudioState);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [jsonOpen, setJsonOpen] = useState(false);
  const doc = state.present;
  const dirty = isDirty(state);
  const dnd = useStudioDnd(doc, dispatch);

  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  useUndoShortcuts(undo, redo);
  useLeaveWarning(dirty);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      const apiError = toApiError(error);
      setFailure({ message: apiError.message, problems: problemsOf(apiError.details) });
    } finally {
      setBusy(false);
    }
  }

  const save = () =>
    run(async () => {
      await saveDraft(entityKey, doc);
      dispatch({ type: 'saved', doc });
      message.success(t('saved'));
    });
  const publish = () =>
    run(async () => {
      await saveDraft(entityKey, doc);
      dispatch({ type: 'saved', doc });
      const result = await publishDraft(entityKey);
      message.success(t('published', { version: result.version }));
      onReload();
    });
  const restore = (version: number) =>
    run(async () => {
      await restoreVersion(entityKey, version);
      message.success(t('restored', { version }));
      setVersionsOpen(false);
      onReload();
    });

  const selected = state.selected ? doc.entity.fields.find((field) => field.id === state.selected && !field.removed) : undefined;
  const dragged = dnd.active?.kind === 'field' ? doc.entity.fields.find((field) => field.id === (dnd.active as { fieldId: string }).fieldId) : dnd.active?.kind === 'palette' ? newField(dnd.active.fieldType, 'new') : undefined;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="baseline" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')} · {label(doc.entity.label)}
        </Typography.Title>
        <Typography.Text type="secondary">
          {draft.savedAt && `${t('draftFrom', { when: dayjs(draft.savedAt).format('YYYY-MM-DD HH:mm') })} · `}
          <Link href="/studio">{t('back')}</Link>
        </Typography.Text>
      </Flex>
      <StudioToolbar
        dirty={dirty}
        busy={busy}
        canUndo={state.past.length > 0}
        canRedo={state.future.length > 0}
        onUndo={undo}
        onRedo={redo}
        onSave={save}
        onPublish={publish}
        onVersions={() => setVersionsOpen(true)}
        onJson={() => setJsonOpen(true)}
      />
      {failure && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setFailure(null) }}
          title={failure.message}
          description={failure.problems.length > 0 && <ul style={{ margin: 0, paddingInlineStart: 20 }}>{failure.problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>}
          data-testid="studio-error"
        />
      )}
      <DndContext id="studio-dnd" {...dnd.contextProps}>
        <Row gutter={16}>
          <Col xs={24} md={5}>
            <Palette />
          </Col>
          <Col xs={24} md={11}>
            <StudioCanvas doc={doc} selected={state.selected} onSelect={(fieldId) => dispatch({ type: 'select', fieldId })} onRestore={(fieldId) => dispatch({ type: 'restore', fieldId })} />
          </Col>
          <Col xs={24} md={8}>
            <Card size="small" title={t('properties')}>
              {selected ? (
                <PropertyPanel
                  key={selected.id}
                  field={selected}
                  published={state.publishedIds.includes(selected.id)}
                  takenKeys={doc.entity.fields.map((field) => field.id)}
                  onChange={(field, coalesceKey) => dispatch({ type: 'update', fieldId: selected.id, field, coalesceKey })}
                  onDelete={() => dispatch({ type: 'remove', fieldId: selected.id })}
                />
              ) : (
                <Typography.Text type="secondary">{t('noSelection')}</Typography.Text>
              )}
            </Card>
          </Col>
        </Row>
        <DragOverlay>{dragged ? <Card size="small" style={{ cursor: 'grabbing', boxShadow: '0 6px 16px rgba(0,0,0,0.12)' }}><FieldCardBody field={dragged} /></Card> : null}</DragOverlay>
      </DndContext>
      <VersionsDrawer entityKey={entityKey} open={versionsOpen} dirty={dirty} onClose={() => setVersionsOpen(false)} onRestore={restore} />
      <Modal open={jsonOpen} title={t('jsonTitle')} footer={null} width={800} onCancel={() => setJsonOpen(false)}>
        <pre data-testid="studio-json-view" style={{ maxHeight: '60vh', overflow: 'auto', fontSize: 12 }}>
          {JSON.stringify({ entity: doc.entity, form: doc.form }, null, 2)}
        </pre>
      </Modal>
    </Flex>
  );
}
