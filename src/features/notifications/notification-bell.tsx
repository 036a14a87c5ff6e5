'use client';

import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Grid, Popover } from 'antd';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { NotificationList } from './notification-list';
import { useNotifications } from './use-notifications';

/** The header's bell: the unread count, and the recent notifications in a popover (a drawer on a phone). */
export function NotificationBell() {
  const state = useNotifications();
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === false;
  const [open, setOpen] = useState(false);
  const t = useTranslations('notifications');
  const panel = useRef<HTMLDivElement>(null);

  // The popover renders at the end of the page: focus moves into it on open, so Tab reaches its items.
  useEffect(() => {
    if (!open || isPhone) return;
    const frame = requestAnimationFrame(() => panel.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open, isPhone]);

  function onPanelKey(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    setOpen(false);
    document.getElementById('notification-bell')?.focus();
  }

  const list = <NotificationList page={state.page} error={state.error} now={new Date()} onRead={(request) => void state.read(request)} onRetry={state.refresh} onNavigate={() => setOpen(false)} />;
  const unread = state.page?.unread ?? 0;

  if (isPhone) {
    return (
      <>
        <BellButton unread={unread} expanded={open} onClick={() => setOpen(true)} />
        <Drawer open={open} onClose={() => setOpen(false)} placement="right" size="100%" title={t('title')}>
          {list}
        </Drawer>
      </>
    );
  }
  const content = (
    <div ref={panel} tabIndex={-1} role="dialog" aria-label={t('title')} onKeyDown={onPanelKey} style={{ width: 360, maxWidth: 'calc(100vw - 32px)', maxHeight: '70vh', overflowY: 'auto', outline: 'none' }}>
      {list}
    </div>
  );
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" placement="bottomRight" title={t('title')} content={content}>
      {/* The popover opens and closes it on click; the button needs no handler of its own. */}
      <BellButton unread={unread} expanded={open} />
    </Popover>
  );
}

/** The bell itself; its name says how many are unread, since the badge alone is not read out. */
export function BellButton({ unread, expanded, onClick }: { unread: number; expanded: boolean; onClick?: () => void }) {
  const t = useTranslations('notifications');
  return (
    <Badge count={unread} overflowCount={99} size="small" offset={[-4, 4]} data-testid="notification-count">
      <Button
        type="text"
        icon={<BellOutlined />}
        aria-label={unread > 0 ? t('bellUnread', { count: unread }) : t('bell')}
        aria-haspopup="dialog"
        aria-expanded={expanded}
        onClick={onClick}
        id="notification-bell"
        data-testid="notification-bell"
      />
    </Badge>
  );
}
