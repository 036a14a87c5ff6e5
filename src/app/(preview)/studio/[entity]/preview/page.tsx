import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { METADATA_KEY_PATTERN } from '@/engine/metadata/keys';
import { StudioPreviewPage } from '@/features/studio/preview/preview-page';
import { requirePageUser } from '@/server/auth/session';

// Outside the (app) group on purpose: the designer's preview frame shows the form alone, without the app's menu.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('studio.preview'))('pageTitle') };
}

export default async function StudioPreviewRoute({ params }: { params: Promise<{ entity: string }> }) {
  const { entity } = await params;
  const user = await requirePageUser();
  if (!user.roles.includes('designer') && !user.roles.includes('admin')) notFound();
  if (!METADATA_KEY_PATTERN.test(entity)) notFound();
  return <StudioPreviewPage entityKey={entity} user={user} />;
}
