'use client';

import { Badge, Tabs } from 'antd';
import { useTranslations } from 'next-intl';
import { INBOX_BOXES, type InboxBox, type TaskCounts } from './inbox-types';

/** The four boxes, each with its count once known; only the to-do count is highlighted. */
export function InboxTabs({ box, counts, onChange }: { box: InboxBox; counts: TaskCounts | undefined; onChange: (box: InboxBox) => void }) {
  const t = useTranslations('inbox.tabs');
  return (
    <Tabs
      activeKey={box}
      onChange={(key) => onChange(key as InboxBox)}
      items={INBOX_BOXES.map((key) => {
        const count = counts?.[key];
        return {
          key,
          label: (
            <span data-testid={`inbox-tab-${key}`}>
              {t(key)}{' '}
              {count !== undefined && (
                <Badge count={count} showZero overflowCount={999} color={key === 'todo' && count > 0 ? undefined : 'rgba(0,0,0,0.25)'} aria-label={t('count', { count })} data-testid={`inbox-count-${key}`} />
              )}
            </span>
          ),
        };
      })}
    />
  );
}
