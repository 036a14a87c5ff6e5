'use client';

import { ApartmentOutlined, CodeOutlined, DeleteOutlined, HistoryOutlined, RedoOutlined, SaveOutlined, SendOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Space, Tag, Tooltip } from 'antd';
import { useTranslations } from 'next-intl';

type Props = {
  dirty: boolean;
  busy: boolean;
  readOnly: boolean;
  hasDraft: boolean;
  publishedVersion: number | null;
  problemCount: number;
  /** False when the published version is all there is: publishing it again would only copy it. */
  canPublish: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onTidy: () => void;
  onJson: () => void;
  onVersions: () => void;
  onDiscard: () => void;
  onSave: () => void;
  onPublish: () => void;
};

export function WorkflowToolbar(props: Props) {
  const { dirty, busy, readOnly, hasDraft, publishedVersion, problemCount, canPublish, canUndo, canRedo } = props;
  const t = useTranslations('workflows.toolbar');
  return (
    <Flex justify="space-between" align="center" gap={8} wrap>
      <Space wrap>
        {!readOnly && (
          <>
            <Tooltip title={`${t('undo')} (Ctrl+Z)`}>
              <Button icon={<UndoOutlined />} aria-label={t('undo')} disabled={!canUndo} onClick={props.onUndo} data-testid="wf-undo" />
            </Tooltip>
            <Tooltip title={`${t('redo')} (Ctrl+Shift+Z)`}>
              <Button icon={<RedoOutlined />} aria-label={t('redo')} disabled={!canRedo} onClick={props.onRedo} data-testid="wf-redo" />
            </Tooltip>
          </>
        )}
        <Tag color={dirty ? 'orange' : 'green'} data-testid="wf-dirty">
          {dirty ? t('unsaved') : t('allSaved')}
        </Tag>
        <Tag data-testid="wf-status">{publishedVersion === null ? t('neverPublished') : hasDraft ? t('draftOf', { version: publishedVersion }) : t('publishedVersion', { version: publishedVersion })}</Tag>
      </Space>
      <Space wrap>
        {!readOnly && (
          <Tooltip title={t('tidyHelp')}>
            <Button icon={<ApartmentOutlined />} onClick={props.onTidy} data-testid="wf-tidy">
              {t('tidy')}
            </Button>
          </Tooltip>
        )}
        <Button icon={<CodeOutlined />} onClick={props.onJson} data-testid="wf-json">
          {t('json')}
        </Button>
        <Button icon={<HistoryOutlined />} onClick={props.onVersions} data-testid="wf-versions-open">
          {t('versions')}
        </Button>
        {!readOnly && hasDraft && publishedVersion !== null && (
          <Popconfirm title={t('discardConfirm')} okButtonProps={{ danger: true }} onConfirm={props.onDiscard}>
            <Button icon={<DeleteOutlined />} loading={busy} data-testid="wf-discard">
              {t('discard')}
            </Button>
          </Popconfirm>
        )}
        {!readOnly && (
          <>
            <Tooltip title="Ctrl+S">
              <Button icon={<SaveOutlined />} loading={busy} onClick={props.onSave} data-testid="wf-save">
                {t('save')}
              </Button>
            </Tooltip>
            <Popconfirm
              title={t('publishConfirm')}
              description={problemCount > 0 ? t('publishHasProblems', { count: problemCount }) : undefined}
              onConfirm={props.onPublish}
              disabled={!canPublish}
              okButtonProps={{ 'data-testid': 'wf-publish-confirm' }}
            >
              <Button type="primary" icon={<SendOutlined />} loading={busy} disabled={!canPublish} title={canPublish ? undefined : t('nothingToPublish')} data-testid="wf-publish">
                {t('publish')}
              </Button>
            </Popconfirm>
          </>
        )}
      </Space>
    </Flex>
  );
}
