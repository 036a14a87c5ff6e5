'use client';

import type { FieldDef } from '@/engine/metadata/field';
import { CopyFromEditor } from './copy-from-editor';
import { canHaveCopyFrom } from './linkage';
import { RelationLinkage } from './relation-linkage';
import type { SectionProps } from './section-props';

export function hasLinkage(field: FieldDef): boolean {
  return field.type === 'relation' || canHaveCopyFrom(field);
}

/** Relation fields choose their target and picker filter; other fields may copy a related record's value. */
export function LinkageSection(props: SectionProps) {
  return props.field.type === 'relation' ? <RelationLinkage {...props} field={props.field} /> : <CopyFromEditor {...props} />;
}
