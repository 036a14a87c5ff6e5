'use client';

import { CheckOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Empty, Flex, Skeleton, Typography, theme } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { labelText } from '@/engine/metadata/keys';
import type { ApiError } from '@/features/runtime/api-client';
import { internalLink } from './notifications-api';
import type { NotificationItem, NotificationPage, ReadRequest } from './notification-types';
import { relativeTime } from './relative-time';

type Props = {
  page: NotificationPage | undefined;
  error: ApiError | undefined;
  now: Date;
  onRead: (request: ReadRequest) => void;
  onRetry: () => void;
  /** Called when the reader follows a link (the popover closes). */
  onNavigate: () => void;
};

/** Recent notifications, newest first; unread ones are marked and can be marked read one by one or all at once. */
export function NotificationList({ page, error, now, onRead, onRetry, onNavigate }: Props) {
  const t = useTranslations('notifications');
  const unread = page?.unread ?? 0;
  return (
    <Flex vertical gap={8} style={{ width: '100%' }} data-testid="notification-list">
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text strong>{unread > 0 ? t('unreadCount', { count: unread }) : t('allRead')}</Typography.Text>
        <Button size="small" type="link" icon={<CheckOutlined />} disabled={unread === 0} onClick={() => onRead({ all: true })} data-testid="notifications-read-all">
          {t('markAllRead')}
        </Button>
      </Flex>
      {error && <Alert type="error" showIcon title={t('loadFailed', { message: error.message })} action={<Button size="small" onClick={onRetry}>{t('retry')}</Button>} />}
      {!page && !error && <Skeleton active paragraph={{ rows: 3 }} />}
      {page && page.data.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />}
      {page && page.data.length > 0 && (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {page.data.map((item) => (
            <NotificationRow key={item.id} item={item} now={now} onRead={onRead} onNavigate={onNavigate} />
          ))}
        </ul>
      )}
    </Flex>
  );
}

function NotificationRow({ item, now, onRead, onNavigate }: { item: NotificationItem; now: Date; onRead: Props['onRead']; onNavigate: () => void }) {
  const t = useTranslations('notifications');
  const locale = useLocale();
  const { token } = theme.useToken();
  const unread = item.readAt === null;
  const title = labelText(item.title, locale);
  const link = internalLink(item.link);
  const open = () => {
    if (unread) onRead({ ids: [item.id] });
    onNavigate();
  };
  return (
    <li data-testid={`notification-${item.id}`} data-unread={unread} style={{ padding: '8px 4px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
      <Flex gap={8} align="flex-start">
        <Badge status={unread ? 'processing' : 'default'} aria-label={unread ? t('unread') : undefined} style={{ visibility: unread ? 'visible' : 'hidden', marginTop: 2 }} />
        <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
          {link ? (
            <Link href={link} onClick={open} style={{ fontWeight: unread ? 600 : 400 }}>
              {title}
            </Link>
          ) : (
            <Typography.Text strong={unread}>{title}</Typography.Text>
          )}
          {item.body && <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>{labelText(item.body, locale)}</Typography.Text>}
          <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
            <time dateTime={item.createdAt} title={new Date(item.createdAt).toLocaleString(locale)}>
              {relativeTime(item.createdAt, now, locale)}
            </time>
          </Typography.Text>
        </Flex>
        {unread && (
          <Button size="small" type="text" icon={<CheckOutlined />} aria-label={t('markRead', { title })} title={t('markRead', { title })} onClick={() => onRead({ ids: [item.id] })} />
        )}
      </Flex>
    </li>
  );
}
