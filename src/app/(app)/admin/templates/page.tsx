import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Templates } from '@/features/admin/templates';
import { requirePageUser } from '@/server/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('templates'))('title') };
}

export default async function TemplatesPage() {
  const user = await requirePageUser();
  if (!user.roles.includes('admin')) notFound();
  return <Templates />;
}
