import { notFound } from 'next/navigation';
import { METADATA_KEY_PATTERN } from '@/engine/metadata/keys';
import { RecordDetail } from '@/features/runtime/record-detail/record-detail';

export default async function RecordDetailPage({ params }: { params: Promise<{ entity: string; id: string }> }) {
  const { entity, id } = await params;
  if (!METADATA_KEY_PATTERN.test(entity)) notFound();
  return <RecordDetail entityKey={entity} recordId={id} />;
}
