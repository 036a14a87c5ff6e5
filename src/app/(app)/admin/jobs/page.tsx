import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DeadJobs } from '@/features/admin/dead-jobs';
import { requirePageUser } from '@/server/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('jobs'))('title') };
}

export default async function DeadJobsPage() {
  const user = await requirePageUser();
  // Non-admins get the same answer as for a page that does not exist.
  if (!user.roles.includes('admin')) notFound();
  return <DeadJobs />;
}
