'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { Locale } from '@/engine/metadata/keys';
import type { DimensionContext } from './format';

export function useDimensionContext(): DimensionContext {
  const locale = useLocale() as Locale;
  const t = useTranslations('dashboards.widget');
  const empty = t('none');
  const yes = t('yes');
  const no = t('no');
  return useMemo(() => ({ locale, empty, yes, no }), [locale, empty, yes, no]);
}
