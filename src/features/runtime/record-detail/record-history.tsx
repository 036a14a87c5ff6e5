'use client';

import { Alert, Button, Card, Empty, Skeleton, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import type { EntityDef } from '@/engine/metadata/entity';
import type { HistoryEntry, RecordDto } from '@/engine/contract/api-types';
import { recordsPath } from '../api-client';
import { useFieldFormatter } from '../format-value';
import { useApiQuery } from '../use-api-query';
import { useLabel } from '../use-label';
import { changedFields } from './history-changes';

const COLORS: Record<HistoryEntry['action'], string> = { create: 'green', update: 'blue', delete: 'red' };

/** Who changed what and when, newest first, from the record's audit trail. */
export function RecordHistory({ entity, recordId }: { entity: EntityDef; recordId: string }) {
  const t = useTranslations('history');
  const label = useLabel();
  const format = useFieldFormatter();
  const history = useApiQuery<{ data: HistoryEntry[] }>(recordsPath(entity.key, recordId, 'history'));

  let body;
  if (history.error) {
    body = <Alert type="error" showIcon title={history.error.message} action={<Button size="small" onClick={history.reload}>{t('retry')}</Button>} />;
  } else if (!history.data) {
    body = <Skeleton active />;
  } else if (history.data.data.length === 0) {
    body = <Empty description={t('empty')} />;
  } else {
    body = (
      <Timeline
        items={history.data.data.map((entry) => {
          const changes = entry.action === 'delete' ? [] : changedFields(entity, entry);
          return {
            key: entry.id,
            color: COLORS[entry.action],
            title: dayjs(entry.at).format('YYYY-MM-DD HH:mm:ss'),
            content: (
              <div>
                <Typography.Text strong>{entry.actor.username ?? t('system')}</Typography.Text> {t(`action.${entry.action}`)}
                {changes.length > 0 && (
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                    {changes.map(({ field, before, after }) => (
                      <li key={field.id}>
                        {label(field.label)}: {entry.action === 'update' && <>{format(field, before, entry.before as RecordDto | null ?? undefined)} → </>}
                        {format(field, after, entry.after as RecordDto | null ?? undefined)}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ),
          };
        })}
      />
    );
  }

  return (
    <Card size="small" title={t('title')} data-testid="record-history">
      {body}
    </Card>
  );
}
