'use client';

import { DndContext } from '@dnd-kit/core';
import { Alert, App, Card, Col, Drawer, Flex, Modal, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useCallback, useReducer, useState } from 'react';
import { toApiError } from '@/features/runtime/api-client';
import { useLabel } from '@/features/runtime/use-label';
import { StudioDragOverlay } from './layout/drag-preview';
import { LayoutProperties } from './layout/layout-properties';
import { Palette } from './palette';
import { PropertyPanel } from './property-panel';
import { problemsOf, publishDraft, restoreVersion, saveDraft, type StudioDraft } from './studio-api';
import { ChildTableScope } from './child-table/child-table-scope';
import { entityPropertyProblems } from './properties/field-problems';
import { useProblemText } from './properties/problem-text';
import { useEntityCatalog } from './properties/use-entity-catalog';
import { StudioPreview } from './preview/studio-preview';
import { EntityValidationsEditor } from './rules/entity-validations-editor';
import { StudioCanvas } from './studio-canvas';
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
  const [state, dispatch] = useReducer(studioReducer, { entity: draft.entity, form: draft.form, children: draft.children }, initialStudioState);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [jsonOpen, setJsonOpen] = useState(false);
  const [validationsOpen, setValidationsOpen] = useState(false);
  const [previewOpen, setPreviewOpen] = useState(false);
  const doc = state.present;
  const dirty = isDirty(state);
  const dndProps = useStudioDnd(doc, dispatch);
  const catalog = useEntityCatalog(doc.entity, doc.children);
  const problemText = useProblemText();

  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  useUndoShortcuts(undo, redo);
  useLeaveWarning(dirty);

  async function run(work: () => Promise<void>, check = false) {
    const blocked = check ? blockingProblems() : null;
    setFailure(blocked);
    if (blocked) return;
    setBusy(true);
    try {
      await work();
    } catch (error) {
      const apiError = toApiError(error);
      setFailure({ message: apiError.message, problems: problemsOf(apiError.details) });
    } finally {
      setBusy(false);
    }
  }

  /** Problems the property panel already shows are stopped here too, in words, before the server's schema check. */
  function blockingProblems(): Failure | null {
    const found = entityPropertyProblems({ entity: doc.entity, lookup: catalog.lookup, catalogReady: catalog.ready });
    if (found.length === 0) return null;
    return { message: t('fixProblems'), problems: found.flatMap(({ field, problems }) => problems.map((problem) => `${label(field.label) || field.id}: ${problemText(problem)}`)) };
  }

  const save = () =>
    run(async () => {
      await saveDraft(entityKey, doc);
      dispatch({ type: 'saved', doc });
      message.success(t('saved'));
    }, true);
  const publish = () =>
    run(async () => {
      await saveDraft(entityKey, doc);
      dispatch({ type: 'saved', doc });
      const result = await publishDraft(entityKey);
      message.success(t('published', { version: result.version }));
      onReload();
    }, true);
  const restore = (version: number) =>
    run(async () => {
      await restoreVersion(entityKey, version);
      message.success(t('restored', { version }));
      setVersionsOpen(false);
      onReload();
    });

  const selected = state.selected ? doc.entity.fields.find((field) => field.id === state.selected && !field.removed) : undefined;

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
        onValidations={() => setValidationsOpen(true)}
        validationCount={doc.entity.validations?.length ?? 0}
        onPreview={() => setPreviewOpen(true)}
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
      <Row gutter={16}>
        {/* Every move of a drag changes dnd-kit's contexts, and React then searches the whole tree
            under them for readers: the property panel, large and no drop target, stays outside. */}
        <DndContext id="studio-dnd" {...dndProps}>
          <Col xs={24} md={5}>
            <Palette />
          </Col>
          <Col xs={24} md={11}>
            <ChildTableScope doc={doc} loaded={state.saved} dispatch={dispatch}>
              <StudioCanvas doc={doc} selected={state.selected} selectedLayout={state.selectedLayout} dispatch={dispatch} />
            </ChildTableScope>
          </Col>
          <StudioDragOverlay doc={doc} />
        </DndContext>
        <Col xs={24} md={8}>
          <Card size="small" title={t('properties')}>
            {selected ? (
              <PropertyPanel
                field={selected}
                entity={doc.entity}
                catalog={catalog}
                published={state.publishedIds.includes(selected.id)}
                takenKeys={[...doc.entity.fields.map((field) => field.id), ...(doc.form.blocks ?? []).map((block) => block.id)]}
                onChange={(field, coalesceKey) => dispatch({ type: 'update', fieldId: selected.id, field, coalesceKey })}
                onDelete={() => dispatch({ type: 'remove', fieldId: selected.id })}
              />
            ) : (
              <LayoutProperties doc={doc} selection={state.selectedLayout} dispatch={dispatch} />
            )}
          </Card>
        </Col>
      </Row>
      <VersionsDrawer entityKey={entityKey} open={versionsOpen} dirty={dirty} onClose={() => setVersionsOpen(false)} onRestore={restore} />
      <Drawer open={validationsOpen} title={t('validationsTitle')} size="large" onClose={() => setValidationsOpen(false)} data-testid="studio-validations">
        <EntityValidationsEditor entity={doc.entity} onChange={(entity, coalesceKey) => dispatch({ type: 'updateEntity', entity, coalesceKey })} />
      </Drawer>
      <StudioPreview entityKey={entityKey} doc={doc} open={previewOpen} onClose={() => setPreviewOpen(false)} />
      <Modal open={jsonOpen} title={t('jsonTitle')} footer={null} width={800} onCancel={() => setJsonOpen(false)}>
        <pre data-testid="studio-json-view" style={{ maxHeight: '60vh', overflow: 'auto', fontSize: 12 }}>
          {JSON.stringify({ entity: doc.entity, form: doc.form, children: doc.children }, null, 2)}
        </pre>
      </Modal>
    </Flex>
  );
}
