'use client';

import { Alert, App, Checkbox, Descriptions, Modal, Spin, Tag } from 'antd';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { apiFetch, toApiError } from '@/features/runtime/api-client';
import { useLabel } from '@/features/runtime/use-label';
import type { InstallReport, PublishedPart, TemplateRow } from './template-types';

type Props = { template: TemplateRow; onClose: () => void; onInstalled: () => void };

/** Plan → preview → apply: the preview is a dry run of exactly what applying will do. */
export function InstallTemplateModal({ template, onClose, onInstalled }: Props) {
  const t = useTranslations('templates');
  const label = useLabel();
  const { message } = App.useApp();
  const firstInstall = !template.installedVersion;
  const [sampleData, setSampleData] = useState(firstInstall);
  const [preview, setPreview] = useState<InstallReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [applying, setApplying] = useState(false);

  useEffect(() => {
    const url = `/api/v1/templates/${encodeURIComponent(template.key)}/install`;
    apiFetch<InstallReport>(url, { method: 'POST', json: { dryRun: true, sampleData: false } })
      .then(setPreview)
      .catch((caught: unknown) => setError(toApiError(caught).message));
  }, [template.key]);

  async function apply() {
    setApplying(true);
    setError(null);
    try {
      const report = await apiFetch<InstallReport>(`/api/v1/templates/${encodeURIComponent(template.key)}/install`, {
        method: 'POST',
        json: { sampleData: firstInstall && sampleData },
      });
      message.success(report.status === 'up_to_date' ? t('upToDate') : t('done', { version: report.version }));
      onInstalled();
    } catch (caught) {
      setError(toApiError(caught).message);
    } finally {
      setApplying(false);
    }
  }

  return (
    <Modal
      open
      title={t(firstInstall ? 'installTitle' : 'upgradeTitle', { name: label(template.name), version: template.version })}
      okText={t(firstInstall ? 'install' : 'upgrade')}
      cancelText={t('cancel')}
      onOk={apply}
      onCancel={onClose}
      confirmLoading={applying}
      okButtonProps={{ disabled: !preview || preview.status === 'up_to_date', 'data-testid': 'template-apply' } as never}
      width={720}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {!preview && !error && <Spin />}
      {preview && (
        <>
          <Descriptions size="small" column={1} bordered items={preview.entities.map((entity) => ({
            key: entity.key,
            label: entity.key,
            children: (
              <>
                {entity.added.length > 0 && <Tag color="green">{t('added', { count: entity.added.length })}</Tag>}
                {entity.updated.length > 0 && <Tag color="blue">{t('updated', { count: entity.updated.length })}</Tag>}
                {entity.removed.length > 0 && <Tag color="orange">{t('hidden', { count: entity.removed.length })}</Tag>}
                {entity.kept.length > 0 && <Tag>{t('kept', { fields: entity.kept.join(', ') })}</Tag>}
                {entity.conflicts.map((conflict) => <Alert key={conflict} type="warning" title={conflict} style={{ marginTop: 4 }} />)}
              </>
            ),
          }))} />
          <PublishedParts title={t('workflowsTitle')} parts={preview.workflows} testId="template-preview-workflows" />
          <PublishedParts title={t('dashboardsTitle')} parts={preview.dashboards ?? []} testId="template-preview-dashboards" />
          {firstInstall && (
            <Checkbox checked={sampleData} onChange={(event) => setSampleData(event.target.checked)} style={{ marginTop: 16 }} data-testid="template-sample-data">
              {t('sampleData')}
            </Checkbox>
          )}
        </>
      )}
    </Modal>
  );
}

/** What the install does to each workflow or dashboard of the template. */
function PublishedParts({ title, parts, testId }: { title: string; parts: PublishedPart[]; testId: string }) {
  const t = useTranslations('templates');
  if (parts.length === 0) return null;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      title={title}
      style={{ marginTop: 16 }}
      data-testid={testId}
      items={parts.map((part) => ({
        key: part.key,
        label: part.key,
        children: (
          <Tag color={part.outcome === 'publish' ? 'green' : part.outcome === 'kept' ? 'orange' : undefined}>
            {t(part.outcome === 'publish' ? 'workflowPublish' : part.outcome === 'kept' ? 'workflowKept' : 'workflowUnchanged')}
          </Tag>
        ),
      }))}
    />
  );
}
