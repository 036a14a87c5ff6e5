import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { METADATA_KEY_PATTERN } from '@/engine/metadata/keys';
import { RecordList } from '@/features/runtime/record-list/record-list';

export default async function RecordListPage({ params }: { params: Promise<{ entity: string }> }) {
  const { entity } = await params;
  if (!METADATA_KEY_PATTERN.test(entity)) notFound();
  // The list reads its filter, sort and page from the URL on the client.
  return (
    <Suspense>
      <RecordList entityKey={entity} />
    </Suspense>
  );
}
