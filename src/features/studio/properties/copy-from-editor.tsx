'use client';

import { Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useLabel } from '@/features/runtime/use-label';
import { problemsFor } from './field-problems';
import { copySourceFields, relationFields, withCopyFrom, type CopyFrom } from './linkage';
import { relatedEntity, useFieldOptions } from './linkage-options';
import { PropertyGroup, PropertyItem } from './property-item';
import type { SectionProps } from './section-props';

/** "Copied from": a relation field of this entity and a field of the record it points at. */
export function CopyFromEditor({ field, entity, catalog, problems, onChange }: SectionProps) {
  const t = useTranslations('studio.fieldProps');
  const label = useLabel();
  const fieldOptions = useFieldOptions();
  // A relation picked without a field yet is not stored; the stored pair wins (undo may change it).
  const [pendingRelation, setPendingRelation] = useState<string | undefined>(undefined);
  const copy: Partial<CopyFrom> = field.copyFrom ?? { relation: pendingRelation };
  const relations = relationFields(entity, field.id);
  const relation = relations.find((candidate) => candidate.id === copy.relation);
  const related = relation ? relatedEntity(catalog, relation.entity) : undefined;

  const pickRelation = (relationId: string | undefined) => {
    setPendingRelation(relationId);
    // A relation alone copies nothing; whatever was copied before stops until a field is chosen.
    onChange(withCopyFrom(field, undefined));
  };
  const pickField = (sourceField: string | undefined) => {
    const next = { ...copy, field: sourceField };
    setPendingRelation(next.relation);
    onChange(withCopyFrom(field, next.relation && next.field ? { relation: next.relation, field: next.field } : undefined));
  };

  if (relations.length === 0) {
    return (
      <PropertyItem label={t('copyFrom')}>
        <Typography.Text type="secondary">{t('noRelations')}</Typography.Text>
      </PropertyItem>
    );
  }
  return (
    <PropertyGroup legend={t('copyFrom')} problems={problemsFor(problems, 'copyFrom')} help={t('copyHelp')}>
      <PropertyItem label={t('copyRelation')} htmlFor="property-copy-relation">
        <Select
          id="property-copy-relation"
          data-testid="property-copy-relation"
          allowClear
          placeholder={t('copyNone')}
          value={copy.relation}
          options={relations.map((candidate) => ({ value: candidate.id, label: `${label(candidate.label)} (${candidate.id})` }))}
          onChange={pickRelation}
        />
      </PropertyItem>
      <PropertyItem label={t('copyField')} htmlFor="property-copy-field" help={relation && !related ? t('relatedNotLoaded') : undefined}>
        <Select
          id="property-copy-field"
          data-testid="property-copy-field"
          allowClear
          disabled={!related}
          placeholder={t('filterPick')}
          value={copy.field}
          options={related ? fieldOptions(copySourceFields(related, field)) : []}
          onChange={pickField}
        />
      </PropertyItem>
    </PropertyGroup>
  );
}
