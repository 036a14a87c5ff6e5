'use client';

import { useLocale } from 'next-intl';
import { useCallback } from 'react';
import type { DefinitionProblem } from '@/engine/workflow';

/** The validator words every problem in both languages; this picks the reader's. */
export function useProblemText(): (problem: DefinitionProblem) => string {
  const locale = useLocale();
  return useCallback((problem) => problem.message[locale] ?? problem.message['zh-CN'], [locale]);
}
