'use client';

import { InboxOutlined } from '@ant-design/icons';
import { Alert, Spin, Upload } from 'antd';
import { useTranslations } from 'next-intl';
import { IMPORT_FILE_TYPES } from '@/engine/contract/import-export';

type Props = { busy: boolean; error: string | null; onFile: (file: File) => void };

/** Step 1: pick a file. Nothing is uploaded by antd itself: the wizard sends the file with its settings. */
export function UploadStep({ busy, error, onFile }: Props) {
  const t = useTranslations('import');
  return (
    <Spin spinning={busy} description={t('reading')}>
      {error && <Alert type="error" showIcon title={t('fileError')} description={error} style={{ marginBottom: 16 }} data-testid="import-file-error" />}
      <Upload.Dragger
        accept={IMPORT_FILE_TYPES.join(',')}
        multiple={false}
        showUploadList={false}
        disabled={busy}
        data-testid="import-upload"
        // The server checks size and type and answers in the user's terms; antd only hands the file over.
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('dragText')}</p>
        <p className="ant-upload-hint">{t('dragHint')}</p>
      </Upload.Dragger>
    </Spin>
  );
}
