'use client';

import { CodeOutlined, EyeOutlined, HistoryOutlined, SafetyCertificateOutlined, RedoOutlined, SaveOutlined, SendOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Space, Tag, Tooltip } from 'antd';
import { useTranslations } from 'next-intl';

type Props = {
  dirty: boolean;
  busy: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onSave: () => void;
  onPublish: () => void;
  onVersions: () => void;
  onJson: () => void;
  onValidations: () => void;
  validationCount: number;
  onPreview: () => void;
};

export function StudioToolbar({ dirty, busy, canUndo, canRedo, onUndo, onRedo, onSave, onPublish, onVersions, onJson, onValidations, validationCount, onPreview }: Props) {
  const t = useTranslations('studio');
  return (
    <Flex justify="space-between" align="center" gap={8} wrap>
      <Space>
        <Tooltip title={`${t('undo')} (Ctrl+Z)`}>
          <Button icon={<UndoOutlined />} aria-label={t('undo')} disabled={!canUndo} onClick={onUndo} data-testid="studio-undo" />
        </Tooltip>
        <Tooltip title={`${t('redo')} (Ctrl+Shift+Z)`}>
          <Button icon={<RedoOutlined />} aria-label={t('redo')} disabled={!canRedo} onClick={onRedo} data-testid="studio-redo" />
        </Tooltip>
        <Tag color={dirty ? 'orange' : 'green'} data-testid="studio-dirty">
          {dirty ? t('unsaved') : t('allSaved')}
        </Tag>
      </Space>
      <Space wrap>
        <Button icon={<EyeOutlined />} onClick={onPreview} data-testid="studio-preview">
          {t('preview.open')}
        </Button>
        <Button icon={<SafetyCertificateOutlined />} onClick={onValidations} data-testid="studio-validations-open">
          {t('validations')}
          {validationCount > 0 && <Tag style={{ marginInlineStart: 4, marginInlineEnd: 0 }}>{validationCount}</Tag>}
        </Button>
        <Button icon={<CodeOutlined />} onClick={onJson} data-testid="studio-json">
          {t('json')}
        </Button>
        <Button icon={<HistoryOutlined />} onClick={onVersions} data-testid="studio-versions-open">
          {t('versions')}
        </Button>
        <Button icon={<SaveOutlined />} loading={busy} onClick={onSave} data-testid="studio-save">
          {t('save')}
        </Button>
        <Popconfirm title={t('publishConfirm')} onConfirm={onPublish} okButtonProps={{ 'data-testid': 'studio-publish-confirm' }}>
          <Button type="primary" icon={<SendOutlined />} loading={busy} data-testid="studio-publish">
            {t('publish')}
          </Button>
        </Popconfirm>
      </Space>
    </Flex>
  );
}
