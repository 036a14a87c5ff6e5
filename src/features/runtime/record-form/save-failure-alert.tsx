'use client';

import { Alert, Button } from 'antd';
import { useTranslations } from 'next-intl';
import { ShortageList } from '../stock/shortage-list';
import type { SaveFailure } from './save-errors';

/** Why the last save failed, above the form; the inputs keep what the user typed. */
export function SaveFailureAlert({ failure, onReload }: { failure: SaveFailure; onReload?: () => void }) {
  const t = useTranslations('form');
  const stock = useTranslations('stock');
  switch (failure.kind) {
    case 'conflict':
      return <Alert type="warning" showIcon role="alert" title={t('conflict')} action={onReload && <Button size="small" onClick={onReload}>{t('reload')}</Button>} />;
    case 'stock':
      return <Alert type="error" showIcon role="alert" data-testid="stock-shortage" title={stock('shortTitle')} description={<ShortageList shortages={failure.shortages} />} />;
    case 'error':
      return <Alert type="error" showIcon role="alert" title={t('saveFailed')} description={failure.message} />;
    case 'validation':
      return (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={failure.message}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {failure.problems.map((problem, index) => (
                <li key={index}>{problem.where ? `${problem.where}: ${problem.message}` : problem.message}</li>
              ))}
            </ul>
          }
        />
      );
  }
}
