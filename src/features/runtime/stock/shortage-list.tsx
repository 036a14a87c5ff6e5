'use client';

import { useTranslations } from 'next-intl';
import type { Shortage } from './stock-shortage';

/** Each short item with what was asked and what is left, as the summary of a refused save or action. */
export function ShortageList({ shortages }: { shortages: Shortage[] }) {
  const t = useTranslations('stock');
  if (shortages.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {shortages.map((shortage) => (
        <li key={shortage.key}>{t('shortItem', { title: shortage.title ?? shortage.key, requested: shortage.requested, available: shortage.available })}</li>
      ))}
    </ul>
  );
}
