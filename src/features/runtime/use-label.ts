'use client';

import { useLocale } from 'next-intl';
import { useCallback } from 'react';
import { labelText, type Label } from '@/engine/metadata/keys';

/** Metadata labels carry their own translations; this picks the one for the current locale. */
export function useLabel(): (label: Label | undefined) => string {
  const locale = useLocale();
  return useCallback((label) => (label ? labelText(label, locale) : ''), [locale]);
}
