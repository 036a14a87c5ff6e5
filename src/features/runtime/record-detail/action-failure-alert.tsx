'use client';

import { Alert } from 'antd';
import { useTranslations } from 'next-intl';
import type { ApiError } from '../api-client';
import { ShortageList } from '../stock/shortage-list';
import { stockShortages } from '../stock/stock-shortage';

/** Why a state action was refused, in the server's words; a stock refusal lists the short items. */
export function ActionFailureAlert({ action, error, onClose }: { action: string; error: ApiError; onClose: () => void }) {
  const t = useTranslations('actions');
  const shortage = stockShortages(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      closable={{ onClose }}
      data-testid="action-failure"
      title={t('failed', { action })}
      description={shortage && shortage.shortages.length > 0 ? <ShortageList shortages={shortage.shortages} /> : error.message}
    />
  );
}
