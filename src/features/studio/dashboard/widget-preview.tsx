'use client';

import { Alert, Empty, Spin } from 'antd';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { DashboardFilters, Widget } from '@/engine/dashboard';
import type { WidgetDataDto } from '@/engine/dashboard/dashboard-dto';
import { WidgetBody } from '@/features/dashboards/widget-body';
import { isAbort, toApiError, type ApiError } from '@/features/runtime/api-client';
import { useLabel } from '@/features/runtime/use-label';
import { previewWidget, refusedProblems } from './dashboard-studio-api';

const DEBOUNCE_MS = 400;
const PREVIEW_HEIGHT = 260;

type State = { for: string; data?: WidgetDataDto; error?: ApiError };

/** Live data of the widget being configured, fetched a moment after the last edit through the viewers' compiler. */
export function WidgetPreview({ widget, filters }: { widget: Widget; filters: DashboardFilters }) {
  const t = useTranslations('dashboardStudio.preview');
  const label = useLabel();
  const request = JSON.stringify({ widget, filters });
  const [state, setState] = useState<State | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const sent = JSON.parse(request) as { widget: Widget; filters: DashboardFilters };
      previewWidget(sent.widget, sent.filters, controller.signal).then(
        (response) => setState({ for: request, data: response.data }),
        (error: unknown) => {
          if (!isAbort(error)) setState({ for: request, error: toApiError(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [request]);

  const current = state?.for === request ? state : null;
  const shown = current ?? state;
  return (
    <div data-testid="dd-preview" data-state={current ? (current.error ? 'error' : 'ready') : 'loading'} style={{ minHeight: PREVIEW_HEIGHT / 2 }}>
      <Spin spinning={!current}>
        {shown?.error ? (
          <Alert
            type="error"
            showIcon
            title={t('error')}
            description={refusedProblems(shown.error.details).map((problem) => label(problem.message)).join('; ') || shown.error.message}
            data-testid="dd-preview-error"
          />
        ) : shown?.data ? (
          shown.data.rows.length ? (
            <div style={{ height: PREVIEW_HEIGHT, overflow: 'auto' }}>
              {/* Drawn with the widget the data came from: the one being edited may already name other columns. */}
              <WidgetBody widget={(JSON.parse(shown.for) as { widget: Widget }).widget} data={shown.data} height={PREVIEW_HEIGHT} />
            </div>
          ) : (
            <Empty description={t('empty')} />
          )
        ) : (
          <div style={{ height: PREVIEW_HEIGHT / 2 }} />
        )}
      </Spin>
    </div>
  );
}
