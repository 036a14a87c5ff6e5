import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DashboardsLink } from '@/features/studio/dashboard/dashboards-link';
import { StudioEntities } from '@/features/studio/studio-entities';
import { WorkflowsLink } from '@/features/studio/workflow/workflows-link';
import { requirePageUser } from '@/server/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('studio'))('title') };
}

export default async function StudioPage() {
  const user = await requirePageUser();
  if (!user.roles.includes('designer') && !user.roles.includes('admin')) notFound();
  return (
    <>
      <StudioEntities />
      <WorkflowsLink />
      <DashboardsLink />
    </>
  );
}
