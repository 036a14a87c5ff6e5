import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { METADATA_KEY_PATTERN } from '@/engine/metadata/keys';
import { WorkflowDesigner } from '@/features/studio/workflow/workflow-designer';
import { requirePageUser } from '@/server/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('workflows'))('designer.title') };
}

export default async function StudioWorkflowPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const user = await requirePageUser();
  if (!user.roles.includes('designer') && !user.roles.includes('admin')) notFound();
  if (!METADATA_KEY_PATTERN.test(key)) notFound();
  return <WorkflowDesigner workflowKey={key} />;
}
