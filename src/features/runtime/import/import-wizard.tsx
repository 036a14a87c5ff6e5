'use client';

import { Alert, Button, Modal, Space, Steps } from 'antd';
import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import type { EntityView } from '@/engine/contract/api-types';
import type { ImportJobDto, ImportPreview } from '@/engine/contract/import-export';
import { toApiError } from '../api-client';
import { useLabel } from '../use-label';
import { previewImport, startImport, type ImportSettings } from './import-api';
import { MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';
import { RunStep } from './run-step';
import { UploadStep } from './upload-step';

type Props = { view: EntityView; open: boolean; onClose: () => void; onImported: () => void };

const DEFAULTS: ImportSettings = { mapping: {}, groupBy: null, keyField: null, mode: 'all_or_nothing', reserveStock: true };

/**
 * Upload → map columns → preview → run. Each step sends the file again with the settings so far
 * (dry runs write nothing), so the server keeps no upload between steps and any instance can answer.
 */
export function ImportWizard({ view, open, onClose, onImported }: Props) {
  const t = useTranslations('import');
  const label = useLabel();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [settings, setSettings] = useState<ImportSettings>(DEFAULTS);
  const [jobId, setJobId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const entity = view.entity.key;

  async function attempt(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  }

  const chooseFile = (chosen: File) =>
    attempt(async () => {
      const first = await previewImport(entity, chosen);
      setFile(chosen);
      setPreview(first);
      setSettings({ ...DEFAULTS, mapping: first.suggestedMapping, groupBy: first.suggestedGroupBy });
      setStep(1);
    });
  const checkMapping = () =>
    attempt(async () => {
      setPreview(await previewImport(entity, file!, settings));
      setStep(2);
    });
  const run = () =>
    attempt(async () => {
      setJobId(await startImport(entity, file!, settings));
      setStep(3);
    });
  const finished = useCallback((job: ImportJobDto) => {
    if (job.insertedRows + job.updatedRows > 0) onImported();
  }, [onImported]);

  const mapped = Object.values(settings.mapping).some(Boolean);
  const footer = [
    step === 1 || step === 2 ? <Button key="back" onClick={() => setStep(step - 1)} disabled={busy}>{t('back')}</Button> : null,
    step === 1 ? <Button key="next" type="primary" onClick={checkMapping} loading={busy} disabled={!mapped} data-testid="import-next">{t('next')}</Button> : null,
    step === 2 ? <Button key="start" type="primary" onClick={run} loading={busy} data-testid="import-start">{t('start')}</Button> : null,
    <Button key="close" onClick={onClose} data-testid="import-close">{step === 3 ? t('close') : t('cancel')}</Button>,
  ];

  return (
    <Modal open={open} title={t('title', { entity: label(view.entity.label) })} width={980} onCancel={onClose} footer={<Space>{footer}</Space>} destroyOnHidden mask={{ closable: false }}>
      <Steps current={step} size="small" style={{ marginBottom: 24 }} items={[{ title: t('stepUpload') }, { title: t('stepMapping') }, { title: t('stepPreview') }, { title: t('stepRun') }]} />
      {step === 0 && <UploadStep busy={busy} error={error} onFile={chooseFile} />}
      {step > 0 && step < 3 && error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="import-step-error" />}
      {step === 1 && preview && <MappingStep view={view} preview={preview} settings={settings} onChange={setSettings} />}
      {step === 1 && !mapped && <Alert type="info" showIcon title={t('mappingRequired')} style={{ marginTop: 16 }} />}
      {step === 2 && preview && <PreviewStep preview={preview} />}
      {step === 3 && jobId && <RunStep jobId={jobId} onFinished={finished} />}
    </Modal>
  );
}
