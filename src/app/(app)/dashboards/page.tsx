import { getTranslations } from 'next-intl/server';
import { DashboardList } from '@/features/dashboards/dashboard-list';

export async function generateMetadata() {
  const t = await getTranslations('dashboards');
  return { title: t('title') };
}

export default function Dashboards() {
  return <DashboardList />;
}
