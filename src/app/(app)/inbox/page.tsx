import { getTranslations } from 'next-intl/server';
import { InboxPage } from '@/features/inbox/inbox-page';
import { toInboxBox } from '@/features/inbox/inbox-types';

export async function generateMetadata() {
  const t = await getTranslations('inbox');
  return { title: t('title') };
}

function positive(value: string | string[] | undefined, fallback: number, max: number): number {
  const number = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(number) && number >= 1 ? Math.min(number, max) : fallback;
}

export default async function Inbox({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const box = toInboxBox(typeof params.box === 'string' ? params.box : undefined);
  return <InboxPage initialBox={box} initialPage={positive(params.page, 1, 100_000)} initialPageSize={positive(params.pageSize, 20, 100)} />;
}
