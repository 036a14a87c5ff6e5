'use client';

import { DesktopOutlined, MobileOutlined } from '@ant-design/icons';
import { Flex, Modal, Segmented, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useLabel } from '@/features/runtime/use-label';
import type { StudioDoc } from '../studio-document';
import type { PreviewDevice } from './preview-devices';
import { PreviewFrame } from './preview-frame';

type Props = { entityKey: string; doc: StudioDoc; open: boolean; onClose: () => void };

/** The unsaved design as users will meet it, rendered by the runtime form at a desktop or a phone width. */
export function StudioPreview({ entityKey, doc, open, onClose }: Props) {
  const t = useTranslations('studio.preview');
  const label = useLabel();
  const [device, setDevice] = useState<PreviewDevice>('desktop');
  const entityLabel = label(doc.entity.label) || doc.entity.key;

  const title = (
    <Flex align="center" gap={16} wrap style={{ paddingInlineEnd: 32 }}>
      <span>{t('title', { entity: entityLabel })}</span>
      <Segmented<PreviewDevice>
        value={device}
        onChange={setDevice}
        aria-label={t('devices')}
        options={[
          { value: 'desktop', icon: <DesktopOutlined />, label: <span data-testid="studio-preview-desktop">{t('desktop')}</span> },
          { value: 'phone', icon: <MobileOutlined />, label: <span data-testid="studio-preview-phone">{t('phone')}</span> },
        ]}
      />
    </Flex>
  );

  // Destroyed when hidden: every opening loads the frame afresh, with nothing typed into it before.
  return (
    <Modal open={open} title={title} footer={null} centered destroyOnHidden width="min(1360px, calc(100vw - 32px))" onCancel={onClose}>
      <Flex vertical gap={8} data-testid="studio-preview">
        <Typography.Text type="secondary">{t('hint')}</Typography.Text>
        <PreviewFrame entityKey={entityKey} entityLabel={entityLabel} doc={doc} device={device} />
      </Flex>
    </Modal>
  );
}
