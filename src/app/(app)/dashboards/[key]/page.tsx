import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DashboardKeySchema } from '@/engine/dashboard';
import { DashboardPage } from '@/features/dashboards/dashboard-page';
import { readDashboardQuery } from '@/features/dashboards/dashboard-query';

export async function generateMetadata() {
  const t = await getTranslations('dashboards');
  return { title: t('title') };
}

export default async function Dashboard({ params, searchParams }: { params: Promise<{ key: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { key } = await params;
  if (!DashboardKeySchema.safeParse(key).success) notFound();
  // The range and refresh come from the address, so a reload keeps the period being looked at.
  return <DashboardPage dashboardKey={key} initialQuery={readDashboardQuery(await searchParams)} />;
}
