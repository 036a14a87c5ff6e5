import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { WorkflowList } from '@/features/studio/workflow/workflow-list';
import { requirePageUser } from '@/server/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('workflows'))('list.title') };
}

export default async function StudioWorkflowsPage() {
  const user = await requirePageUser();
  if (!user.roles.includes('designer') && !user.roles.includes('admin')) notFound();
  return <WorkflowList />;
}
