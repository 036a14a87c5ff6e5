'use client';

import { Alert, Flex, Grid, Result, Skeleton, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { SessionUserDto } from '@/engine/contract/api-types';
import { RecordForm } from '@/features/runtime/record-form/record-form';
import { useLabel } from '@/features/runtime/use-label';
import { ShellContext, type ShellState } from '@/features/shell/shell-context';
import { useEntityCatalog } from '../properties/use-entity-catalog';
import type { StudioDoc } from '../studio-document';
import { PreviewErrorBoundary } from './preview-error-boundary';
import { buildPreviewView } from './preview-view';
import { usePreviewDocument } from './use-preview-document';

function PreviewForm({ doc, revision }: { doc: StudioDoc; revision: number }) {
  const t = useTranslations('studio.preview');
  const form = useTranslations('form');
  const label = useLabel();
  const catalog = useEntityCatalog(doc.entity, doc.children);
  const view = useMemo(() => buildPreviewView(doc, catalog.lookup), [doc, catalog.lookup]);
  // The form takes its initial values (child tables included) once, so it waits for the related entities.
  if (!catalog.ready && !catalog.error) return <Skeleton active paragraph={{ rows: 8 }} />;
  return (
    <Flex vertical gap={16}>
      {catalog.error && <Alert type="warning" showIcon title={t('catalogError')} />}
      <Typography.Title level={3} style={{ margin: 0 }}>
        {form('newTitle', { entity: label(doc.entity.label) || doc.entity.key })}
      </Typography.Title>
      <PreviewErrorBoundary key={revision} title={t('failed')} hint={t('failedHint')}>
        <RecordForm key={revision} view={view} preview />
      </PreviewErrorBoundary>
    </Flex>
  );
}

/**
 * The page inside the designer's preview frame: the runtime form alone, without the app's menu,
 * for the document the designer sends. Defaults that name the current user see the signed-in one.
 */
export function StudioPreviewPage({ entityKey, user }: { entityKey: string; user: SessionUserDto }) {
  const t = useTranslations('studio.preview');
  const screens = Grid.useBreakpoint();
  const received = usePreviewDocument(entityKey);
  const shell = useMemo<ShellState>(() => ({ user, entities: undefined, entitiesError: undefined, reloadEntities: () => {} }), [user]);

  return (
    <ShellContext.Provider value={shell}>
      {/* The same padding the app gives its pages at this width. */}
      <main style={{ padding: screens.md === false ? 12 : 24 }} data-testid="studio-preview-page">
        <Flex vertical gap={16}>
          <Alert type="info" showIcon title={t('banner')} data-testid="studio-preview-banner" />
          {received.status === 'standalone' && <Result status="info" title={t('standalone')} />}
          {received.status === 'waiting' && <Skeleton active paragraph={{ rows: 8 }} />}
          {received.status === 'invalid' && <Result status="warning" title={t('invalid')} />}
          {received.status === 'ready' && <PreviewForm doc={received.doc} revision={received.revision} />}
        </Flex>
      </main>
    </ShellContext.Provider>
  );
}
