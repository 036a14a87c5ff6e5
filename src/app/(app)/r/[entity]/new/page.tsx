import { notFound } from 'next/navigation';
import { METADATA_KEY_PATTERN } from '@/engine/metadata/keys';
import { RecordFormPage } from '@/features/runtime/record-form/record-form-page';

export default async function NewRecordPage({ params }: { params: Promise<{ entity: string }> }) {
  const { entity } = await params;
  if (!METADATA_KEY_PATTERN.test(entity)) notFound();
  return <RecordFormPage entityKey={entity} />;
}
