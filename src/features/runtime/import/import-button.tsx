'use client';

import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { EntityView } from '@/engine/contract/api-types';
import { ImportWizard } from './import-wizard';

/** The list toolbar's Import button; the wizard mounts only while open, so each import starts fresh. */
export function ImportButton({ view, onImported }: { view: EntityView; onImported: () => void }) {
  const t = useTranslations('import');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="import-button">
        {t('button')}
      </Button>
      {open && <ImportWizard view={view} open={open} onClose={() => setOpen(false)} onImported={onImported} />}
    </>
  );
}
