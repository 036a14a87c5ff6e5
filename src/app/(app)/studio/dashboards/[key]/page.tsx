import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DashboardKeySchema } from '@/engine/dashboard';
import { DashboardDesigner } from '@/features/studio/dashboard/dashboard-designer';
import { requirePageUser } from '@/server/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboardStudio'))('designer.title') };
}

export default async function StudioDashboardPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const user = await requirePageUser();
  if (!user.roles.includes('designer') && !user.roles.includes('admin')) notFound();
  if (!DashboardKeySchema.safeParse(key).success) notFound();
  return <DashboardDesigner dashboardKey={key} />;
}
