import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DashboardStudioList } from '@/features/studio/dashboard/dashboard-studio-list';
import { getDb } from '@/server/db';
import { listDashboardDesigns } from '@/server/dashboards/design-list';
import { getSessionActor, requirePageUser } from '@/server/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboardStudio'))('list.title') };
}

export default async function StudioDashboardsPage() {
  const user = await requirePageUser();
  if (!user.roles.includes('designer') && !user.roles.includes('admin')) notFound();
  const actor = await getSessionActor();
  if (!actor) notFound();
  return <DashboardStudioList dashboards={await listDashboardDesigns(await getDb(), actor)} />;
}
