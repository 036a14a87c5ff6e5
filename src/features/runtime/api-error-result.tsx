'use client';

import { Button, Result } from 'antd';
import { useTranslations } from 'next-intl';
import type { ApiError } from './api-client';

/** A whole-page failure: what went wrong in the server's words, and the one step that may fix it. */
export function ApiErrorResult({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useTranslations('errors');
  const status = error.status === 403 ? '403' : error.status === 404 ? '404' : 'error';
  const title = error.status === 404 ? t('notFound') : error.status === 403 ? t('forbidden') : t('loadFailed');
  let action = onRetry ? <Button onClick={onRetry}>{t('retry')}</Button> : null;
  if (error.status === 401) {
    const callbackUrl = encodeURIComponent(window.location.pathname + window.location.search);
    action = <Button type="primary" href={`/login?callbackUrl=${callbackUrl}`}>{t('signInAgain')}</Button>;
  }
  return <Result status={status} title={title} subTitle={error.message} extra={action} />;
}
