'use client';

import { Alert, App, Button, Spin } from 'antd';
import { useTranslations } from 'next-intl';
import type { EntityView } from '@/engine/contract/api-types';
import type { DashboardDef } from '@/engine/dashboard';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { DashboardWorkspace } from './dashboard-workspace';
import { dashboardPath, type DashboardDraftDto } from './dashboard-studio-api';
import { DIRECTORY_PATH, type Directory } from '../workflow/workflow-api';

/** Loads what the designer needs (the draft, entities, roles), then hands over to the workspace. */
export function DashboardDesigner({ dashboardKey }: { dashboardKey: string }) {
  const t = useTranslations('dashboardStudio.designer');
  const draft = useApiQuery<DashboardDraftDto>(dashboardPath(dashboardKey, '/draft'));
  const entities = useApiQuery<{ data: EntityView[] }>('/api/v1/entities');
  const directory = useApiQuery<Directory>(DIRECTORY_PATH);
  const error = draft.error ?? entities.error;
  if (error) {
    return <Alert type="error" showIcon title={t('loadError')} description={error.message} action={<Button size="small" onClick={() => { draft.reload(); entities.reload(); }}>{t('retry')}</Button>} />;
  }
  if (!draft.data || !entities.data) return <Spin />;
  return (
    <App>
      <DashboardWorkspace
        key={draft.data.draft.key}
        initial={draft.data.draft as DashboardDef}
        initialProblems={draft.data.problems}
        publishedVersion={draft.data.publishedVersion}
        entities={entities.data.data.map((view) => view.entity)}
        roles={directory.data?.roles ?? []}
      />
    </App>
  );
}
