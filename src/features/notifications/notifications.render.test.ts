import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { messages } from '@/i18n/messages';
import { BellButton } from './notification-bell';
import { NotificationList } from './notification-list';
import type { NotificationPage } from './notification-types';
import { applyRead, internalLink, markRead } from './notifications-api';
import { relativeTime } from './relative-time';

const apiFetch = vi.hoisted(() => vi.fn());
vi.mock('@/features/runtime/api-client', async (importActual) => ({ ...(await importActual<object>()), apiFetch }));

function render(node: ReactNode, locale: 'en' | 'zh-CN' = 'en'): string {
  return renderToStaticMarkup(h(NextIntlClientProvider, { locale, timeZone: 'UTC', messages: messages[locale], children: node }));
}

const now = new Date('2026-01-05T10:00:00Z');
const page: NotificationPage = {
  total: 3,
  unread: 2,
  data: [
    { id: 'n1', kind: 'task_assigned', title: { 'zh-CN': '新的待办：SO-0001', en: 'New task: SO-0001' }, body: { 'zh-CN': '请审批订单', en: 'Please approve the order' }, link: '/inbox/t1', createdAt: '2026-01-05T09:57:00Z', readAt: null },
    { id: 'n2', kind: 'low_stock', title: { 'zh-CN': '库存不足', en: 'Low stock' }, body: null, link: 'https://evil.example/', createdAt: '2026-01-05T07:00:00Z', readAt: null },
    { id: 'n3', kind: 'approved', title: { 'zh-CN': '已通过', en: 'Approved' }, body: null, link: null, createdAt: '2026-01-01T10:00:00Z', readAt: '2026-01-02T00:00:00Z' },
  ],
};
const list = (current: NotificationPage, locale: 'en' | 'zh-CN' = 'en') => render(h(NotificationList, { page: current, error: undefined, now, onRead: () => {}, onRetry: () => {}, onNavigate: () => {} }), locale);

beforeEach(() => apiFetch.mockReset());

describe('notification bell', () => {
  it('shows the unread count on the bell and says it in the button’s name', () => {
    const markup = render(h(BellButton, { unread: 5, expanded: false }));
    expect(markup).toContain('aria-label="Notifications, 5 unread"');
    expect(markup).toMatch(/class="ant-scroll-number[^"]*"[^>]*title="5"/);
    expect(render(h(BellButton, { unread: 5, expanded: false }), 'zh-CN')).toContain('aria-label="通知，5 条未读"');
  });

  it('shows no number when everything is read', () => {
    const markup = render(h(BellButton, { unread: 0, expanded: false }));
    expect(markup).toContain('aria-label="Notifications"');
    expect(markup).not.toContain('ant-scroll-number');
  });
});

describe('notification list', () => {
  it('lists titles and bodies in the reader’s language with relative times and safe links', () => {
    const en = list(page);
    expect(en).toContain('2 unread');
    expect(en).toContain('href="/inbox/t1"');
    expect(en).toContain('New task: SO-0001');
    expect(en).toContain('Please approve the order');
    expect(en).toContain('3 minutes ago');
    expect(en).not.toContain('evil.example');
    expect(en).toContain('data-unread="true"');
    expect(en).toMatch(/data-testid="notifications-read-all"(?![^>]*disabled)/);
    const zh = list(page, 'zh-CN');
    expect(zh).toContain('新的待办：SO-0001');
    expect(zh).toContain('3分钟前');
  });

  it('marks all read: one request, then no unread mark and the button disabled', async () => {
    apiFetch.mockResolvedValueOnce(undefined);
    await markRead({ all: true });
    expect(apiFetch).toHaveBeenCalledWith('/api/v1/notifications/read', { method: 'POST', json: { all: true } });

    const after = applyRead(page, { all: true }, now);
    expect(after.unread).toBe(0);
    expect(after.data.every((item) => item.readAt !== null)).toBe(true);
    // An item read before keeps its time.
    expect(after.data[2]!.readAt).toBe('2026-01-02T00:00:00Z');
    const markup = list(after);
    expect(markup).toContain('All read');
    expect(markup).not.toContain('data-unread="true"');
    expect(markup).toMatch(/<button[^>]*disabled=""[^>]*data-testid="notifications-read-all"|<button[^>]*data-testid="notifications-read-all"[^>]*disabled=""/);
  });

  it('marks one read and counts down by one', () => {
    const after = applyRead(page, { ids: ['n1', 'n3'] }, now);
    expect(after.unread).toBe(1);
    expect(after.data.map((item) => item.readAt !== null)).toEqual([true, false, true]);
  });
});

describe('helpers', () => {
  it('keeps links inside the app', () => {
    expect(internalLink('/r/orders/1')).toBe('/r/orders/1');
    expect(internalLink('//evil.example')).toBeNull();
    expect(internalLink('javascript:alert(1)')).toBeNull();
  });

  it('says how long ago in the largest unit that fits', () => {
    expect(relativeTime('2026-01-05T09:59:50Z', now, 'en')).toBe('10 seconds ago');
    expect(relativeTime('2026-01-05T07:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(relativeTime('2026-01-04T10:00:00Z', now, 'en')).toBe('yesterday');
    expect(relativeTime('2026-01-04T10:00:00Z', now, 'zh-CN')).toBe('昨天');
  });
});
