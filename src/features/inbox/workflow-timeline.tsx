'use client';

import { Timeline, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { WorkflowHistoryItem } from './inbox-types';
import { formatTime } from './task-time';
import { useDisplayName } from './use-display-name';

const COLORS: Record<string, string> = {
  started: 'blue',
  approved: 'green',
  auto_approved: 'green',
  finished: 'green',
  rejected: 'red',
  auto_rejected: 'red',
  action_failed: 'red',
  returned: 'orange',
  withdrawn: 'gray',
  cancelled: 'gray',
  escalated: 'orange',
};

/** Who did what at which step, when, and what they wrote; oldest first, as the workflow ran. */
export function WorkflowTimeline({ history }: { history: WorkflowHistoryItem[] }) {
  const t = useTranslations('inbox.history');
  const name = useDisplayName();
  if (history.length === 0) return <Typography.Text type="secondary">{t('empty')}</Typography.Text>;
  return (
    <Timeline
      items={history.map((entry, index) => ({
        key: `${entry.at}-${index}`,
        color: COLORS[entry.action] ?? 'blue',
        title: <time dateTime={entry.at}>{formatTime(entry.at)}</time>,
        content: (
          <div data-testid="workflow-history-entry">
            <Typography.Text strong>{entry.actor?.name ?? t('system')}</Typography.Text> {t.has(`action.${entry.action}` as 'action.approved') ? t(`action.${entry.action}` as 'action.approved') : entry.action}
            {entry.nodeName ? <Typography.Text type="secondary"> · {name(entry.nodeName)}</Typography.Text> : null}
            {entry.comment ? (
              <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-line' }} type="secondary">
                “{entry.comment}”
              </Typography.Paragraph>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
