import { getTranslations } from 'next-intl/server';
import { TaskPage } from '@/features/inbox/task-page';

export async function generateMetadata() {
  const t = await getTranslations('inbox.task');
  return { title: t('pageTitle') };
}

export default async function Task({ params }: { params: Promise<{ taskId: string }> }) {
  const { taskId } = await params;
  return <TaskPage taskId={taskId} />;
}
