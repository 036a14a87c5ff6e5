import type { InboxBox, TaskItem } from './inbox-types';

/**
 * Where a row leads. A task (to do or done) opens the task page; a workflow I started and a copy
 * sent to me have no task of mine, so they open the record, whose page shows the workflow timeline.
 */
export function taskHref(item: Pick<TaskItem, 'id' | 'entity' | 'recordId'>, box: InboxBox): string {
  if (box === 'todo' || box === 'done') return `/inbox/${encodeURIComponent(item.id)}`;
  return `/r/${encodeURIComponent(item.entity)}/${encodeURIComponent(item.recordId)}`;
}
