import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { METADATA_KEY_PATTERN } from '@/engine/metadata/keys';
import { StudioDesigner } from '@/features/studio/studio-designer';
import { requirePageUser } from '@/server/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('studio'))('title') };
}

export default async function StudioEntityPage({ params }: { params: Promise<{ entity: string }> }) {
  const { entity } = await params;
  const user = await requirePageUser();
  if (!user.roles.includes('designer') && !user.roles.includes('admin')) notFound();
  if (!METADATA_KEY_PATTERN.test(entity)) notFound();
  return <StudioDesigner entityKey={entity} />;
}
