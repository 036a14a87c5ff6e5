'use client';

import { CheckOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Grid, Pagination, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { ApiErrorResult } from '@/features/runtime/api-error-result';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { BatchApproveModal } from './batch-approve-modal';
import { tasksPath } from './inbox-api';
import { InboxTabs } from './inbox-tabs';
import type { InboxBox, TaskItem, TaskPage } from './inbox-types';
import { refreshTaskCounts, useTaskCounts } from './task-counts-store';
import { TaskCards } from './task-cards';
import { TaskTable } from './task-table';

type Props = { initialBox: InboxBox; initialPage: number; initialPageSize: number };

export function InboxPage({ initialBox, initialPage, initialPageSize }: Props) {
  const t = useTranslations('inbox');
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === false;
  const [box, setBox] = useState(initialBox);
  const [page, setPage] = useState(initialPage);
  const [pageSize, setPageSize] = useState(initialPageSize);
  const [selected, setSelected] = useState<string[]>([]);
  // The tasks of an open batch are kept apart from the selection, which shrinks as results arrive.
  const [batch, setBatch] = useState<TaskItem[] | null>(null);
  const { counts } = useTaskCounts();
  const query = useApiQuery<TaskPage>(tasksPath(box, page, pageSize));
  // Rows of the previous page stay while the next loads, but never those of another box.
  const [shownBox, setShownBox] = useState(box);
  const list = query.data ?? (shownBox === box ? query.latest : undefined);
  if (query.data && shownBox !== box) setShownBox(box);

  // The box and page live in the address, so the back button from a task returns to the same place.
  useEffect(() => {
    const search = new URLSearchParams({ box, ...(page > 1 ? { page: String(page) } : {}), ...(pageSize !== 20 ? { pageSize: String(pageSize) } : {}) });
    window.history.replaceState(null, '', `/inbox?${search}`);
  }, [box, page, pageSize]);

  // Someone may have handled a task elsewhere while this tab was in the background.
  const { reload: reloadList } = query;
  useEffect(() => {
    window.addEventListener('focus', reloadList);
    return () => window.removeEventListener('focus', reloadList);
  }, [reloadList]);

  function changeBox(next: InboxBox) {
    setBox(next);
    setPage(1);
    setSelected([]);
  }

  function reload() {
    query.reload();
    void refreshTaskCounts();
  }

  const items = list?.data ?? [];
  const selectedTasks = items.filter((item) => selected.includes(item.id));
  const List = isPhone ? TaskCards : TaskTable;

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('list.reload')}>
          {isPhone ? null : t('list.reload')}
        </Button>
      </Flex>
      <InboxTabs box={box} counts={counts} onChange={changeBox} />
      {box === 'todo' && items.length > 0 && (
        <Flex gap={8} align="center" wrap>
          <Button type="primary" icon={<CheckOutlined />} disabled={selectedTasks.length === 0} onClick={() => setBatch(selectedTasks)} data-testid="batch-approve">
            {t('batch.open', { count: selectedTasks.length })}
          </Button>
          {selectedTasks.length > 0 && <Button onClick={() => setSelected([])}>{t('batch.clear')}</Button>}
        </Flex>
      )}
      {query.error && list && <Alert type="error" showIcon title={query.error.message} action={<Button size="small" onClick={query.reload}>{t('list.retry')}</Button>} />}
      {query.error && !list ? (
        <ApiErrorResult error={query.error} onRetry={query.reload} />
      ) : (
        <List box={box} items={items} loading={query.loading} selected={selected} onSelect={setSelected} />
      )}
      {(list?.total ?? 0) > 0 && (
        <Pagination
          align="end"
          current={page}
          pageSize={pageSize}
          total={list?.total ?? 0}
          simple={isPhone}
          showSizeChanger={!isPhone}
          showTotal={isPhone ? undefined : (total) => t('list.total', { total })}
          onChange={(nextPage, nextSize) => {
            setPage(nextSize !== pageSize ? 1 : nextPage);
            setPageSize(nextSize);
            setSelected([]);
          }}
        />
      )}
      <BatchApproveModal
        tasks={batch ?? []}
        open={batch !== null}
        onClose={() => setBatch(null)}
        onDone={(approved) => {
          if (approved.length > 0) message.success(t('batch.done', { count: approved.length }));
          setSelected((current) => current.filter((id) => !approved.includes(id)));
          reload();
        }}
      />
    </Flex>
  );
}
