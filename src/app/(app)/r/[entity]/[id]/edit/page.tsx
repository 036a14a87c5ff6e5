import { notFound } from 'next/navigation';
import { METADATA_KEY_PATTERN } from '@/engine/metadata/keys';
import { RecordFormPage } from '@/features/runtime/record-form/record-form-page';

export default async function EditRecordPage({ params }: { params: Promise<{ entity: string; id: string }> }) {
  const { entity, id } = await params;
  if (!METADATA_KEY_PATTERN.test(entity)) notFound();
  return <RecordFormPage entityKey={entity} recordId={id} />;
}
