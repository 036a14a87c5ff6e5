'use client';

import { App, Card, Empty, Flex } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { DashboardDef, DashboardProblem } from '@/engine/dashboard';
import type { EntityDef } from '@/engine/metadata/entity';
import { toApiError } from '@/features/runtime/api-client';
import { useLabel } from '@/features/runtime/use-label';
import { useLeaveWarning, useUndoShortcuts } from '../use-studio-guards';
import type { DirectoryRole } from '../workflow/workflow-api';
import { addWidget, applyLayout, newWidget, removeWidget, setRoles, updateWidget } from './dashboard-document';
import { publishDashboard, refusedProblems, saveDashboardDraft } from './dashboard-studio-api';
import { DashboardFiltersDrawer } from './dashboard-filters-drawer';
import { DashboardVersionsDrawer } from './dashboard-versions-drawer';
import { DesignerGrid } from './designer-grid';
import { DesignerToolbar } from './designer-toolbar';
import { useDesignerDocument } from './use-designer-document';
import { WidgetPanel } from './widget-panel';

type Props = { initial: DashboardDef; initialProblems: DashboardProblem[]; publishedVersion: number | null; entities: EntityDef[]; roles: DirectoryRole[] };

/** The grid on the left, the selected widget's settings on the right; saving and publishing go through the draft. */
export function DashboardWorkspace({ initial, initialProblems, publishedVersion: initialVersion, entities, roles }: Props) {
  const t = useTranslations('dashboardStudio.designer');
  const label = useLabel();
  const { message, modal } = App.useApp();
  const document = useDesignerDocument(initial);
  const { doc } = document;
  const [selected, setSelected] = useState<string | null>(initial.widgets[0]?.key ?? null);
  const [problems, setProblems] = useState(initialProblems);
  const [publishedVersion, setPublishedVersion] = useState(initialVersion);
  const [busy, setBusy] = useState(false);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  useLeaveWarning(document.dirty);
  useUndoShortcuts(document.undo, document.redo);
  const widget = doc.widgets.find((candidate) => candidate.key === selected);

  const save = async (): Promise<boolean> => {
    setBusy(true);
    try {
      const saved = await saveDashboardDraft(doc.key, doc);
      document.markSaved(doc);
      setProblems(saved.problems);
      message.success(t('saved'));
      return true;
    } catch (error) {
      modal.error({ title: t('saveFailed'), content: toApiError(error).message });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    if (document.dirty && !(await save())) return;
    setBusy(true);
    try {
      const { version } = await publishDashboard(doc.key);
      setPublishedVersion(version);
      setProblems([]);
      message.success(t('publishedAs', { version }));
    } catch (error) {
      const apiError = toApiError(error);
      const refused = refusedProblems(apiError.details);
      setProblems(refused);
      modal.error({ title: t('publishFailed'), content: refused.length ? <ul data-testid="dd-publish-problems">{refused.map((problem, index) => <li key={index}>{label(problem.message)}</li>)}</ul> : apiError.message });
    } finally {
      setBusy(false);
    }
  };

  const add = () => {
    const created = newWidget(doc, entities[0]?.key ?? 'orders', { 'zh-CN': t('newWidgetZh'), en: t('newWidgetEn') });
    document.edit((current) => addWidget(current, created));
    setSelected(created.key);
  };

  return (
    <Flex vertical gap={12} data-testid="dd-designer">
      <DesignerToolbar
        dashboard={doc}
        roles={roles}
        publishedVersion={publishedVersion}
        dirty={document.dirty}
        busy={busy}
        canUndo={document.canUndo}
        canRedo={document.canRedo}
        onRoles={(next) => document.edit((current) => setRoles(current, next))}
        onAdd={add}
        onSave={() => void save()}
        onPublish={() => void publish()}
        onVersions={() => setVersionsOpen(true)}
        onFilters={() => setFiltersOpen(true)}
        onUndo={document.undo}
        onRedo={document.redo}
      />
      <Flex gap={12} align="flex-start" style={{ minWidth: 0 }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <DesignerGrid
            dashboard={doc}
            selected={selected}
            problems={problems}
            onSelect={setSelected}
            onLayout={(layout) => document.edit((current) => applyLayout(current, layout))}
            onRemove={(key) => {
              document.edit((current) => removeWidget(current, key));
              if (selected === key) setSelected(null);
            }}
          />
        </div>
        <Card size="small" title={t('panelTitle')} style={{ width: 420, flexShrink: 0, maxHeight: 'calc(100vh - 160px)', overflow: 'auto' }}>
          {widget ? (
            <WidgetPanel key={widget.key} widget={widget} entities={entities} filters={doc.filters} onChange={(next) => document.edit((current) => updateWidget(current, widget.key, () => next))} />
          ) : (
            <Empty description={t('selectWidget')} />
          )}
        </Card>
      </Flex>
      <DashboardFiltersDrawer
        open={filtersOpen}
        filters={doc.filters}
        entities={entities}
        onClose={() => setFiltersOpen(false)}
        onChange={(filters) => document.edit((current) => ({ ...current, filters }))}
      />
      <DashboardVersionsDrawer
        dashboardKey={doc.key}
        open={versionsOpen}
        onClose={() => setVersionsOpen(false)}
        onLoad={(definition) => {
          document.replace(definition);
          setSelected(definition.widgets[0]?.key ?? null);
          setVersionsOpen(false);
        }}
      />
    </Flex>
  );
}
