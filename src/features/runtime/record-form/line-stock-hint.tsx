'use client';

import { Typography } from 'antd';
import { useTranslations } from 'next-intl';

/**
 * Under a line's quantity: what the chosen item still has available, in red when all lines for
 * that item together ask for more (the server checks the sum, so the warning does too).
 */
export function LineStockHint({ available, requested, testId }: { available: number | undefined; requested: number; testId: string }) {
  const t = useTranslations('stock');
  if (available === undefined) return null;
  if (requested > available) {
    return (
      <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid={testId}>
        {t('exceeds', { requested, available: Math.max(0, available) })}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={testId}>
      {t('available', { count: available })}
    </Typography.Text>
  );
}
