'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import type zhCN from '@/i18n/messages/zh-CN.json';
import type { PropertyProblem } from './field-problems';

type ProblemKey = keyof (typeof zhCN)['studio']['fieldProps']['problems'];

/** A problem's message in the current language; a code without its own message gets the generic one. */
export function useProblemText(): (problem: PropertyProblem) => string {
  const t = useTranslations('studio.fieldProps.problems');
  return useCallback(
    (problem: PropertyProblem) => {
      const key = problem.code as ProblemKey;
      return t.has(key) ? t(key, problem.params) : t('default_invalid');
    },
    [t],
  );
}
