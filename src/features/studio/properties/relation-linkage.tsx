'use client';

import { Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { activeFields, findField } from '@/engine/metadata/entity';
import type { FieldOf } from '@/engine/metadata/field';
import { useLabel } from '@/features/runtime/use-label';
import { withProp } from './field-edit';
import { problemsFor } from './field-problems';
import { filterSourceFields, filterTargetFields, withFilterBy, type FilterBy } from './linkage';
import { relatedEntity, relationTargets, useFieldOptions } from './linkage-options';
import { PropertyGroup, PropertyItem } from './property-item';
import type { SectionProps } from './section-props';

/** The related entity (fixed once published), the picker's filter, and which fields copy from the picked record. */
export function RelationLinkage({ field, entity, catalog, locked, problems, onChange }: SectionProps & { field: FieldOf<'relation'> }) {
  const t = useTranslations('studio.fieldProps');
  const label = useLabel();
  const fieldOptions = useFieldOptions();
  const related = relatedEntity(catalog, field.entity);
  // A source picked without a target yet is not stored; the stored pair wins (undo may change it).
  const [pendingSource, setPendingSource] = useState<string | undefined>(undefined);
  const filter: Partial<FilterBy> = field.filterBy ?? { sourceField: pendingSource };
  const source = filter.sourceField ? findField(entity, filter.sourceField) : undefined;
  const editFilter = (next: Partial<FilterBy>) => {
    setPendingSource(next.sourceField);
    onChange(withFilterBy(field, next));
  };
  const copies = activeFields(entity).filter((candidate) => candidate.copyFrom?.relation === field.id);

  return (
    <>
      <PropertyItem
        label={t('relationEntity')}
        htmlFor="property-relation-entity"
        required
        problems={problemsFor(problems, 'entity')}
        help={locked ? t('lockedAfterPublish') : t('relationEntityHelp')}
      >
        <Select
          id="property-relation-entity"
          data-testid="property-relation-entity"
          showSearch={{ optionFilterProp: 'label' }}
          disabled={locked}
          loading={!catalog.ready && !catalog.error}
          placeholder={t('relationEntityPlaceholder')}
          value={field.entity || undefined}
          options={relationTargets(catalog.entities, field.entity).map((candidate) => ({ value: candidate.key, label: `${label(candidate.label)} (${candidate.key})` }))}
          onChange={(key: string) => {
            // A filter names fields of the old target; it means nothing for another entity.
            setPendingSource(undefined);
            onChange(withProp({ ...field, entity: key }, 'filterBy', undefined));
          }}
        />
      </PropertyItem>
      {field.entity && !related && catalog.ready && <Typography.Paragraph type="secondary">{t('relatedNotLoaded')}</Typography.Paragraph>}
      {related && (
        <PropertyGroup legend={t('filterBy')} problems={problemsFor(problems, 'filterBy')} help={t('filterHelp')}>
          <PropertyItem label={t('filterSource')} htmlFor="property-filter-source">
            <Select
              id="property-filter-source"
              data-testid="property-filter-source"
              allowClear
              placeholder={t('filterPick')}
              value={filter.sourceField}
              options={fieldOptions(filterSourceFields(entity, field))}
              onChange={(sourceField: string | undefined) => editFilter({ sourceField, targetField: undefined })}
            />
          </PropertyItem>
          <PropertyItem label={t('filterTarget')} htmlFor="property-filter-target">
            <Select
              id="property-filter-target"
              data-testid="property-filter-target"
              allowClear
              disabled={!filter.sourceField}
              placeholder={t('filterPick')}
              value={filter.targetField}
              options={fieldOptions(filterTargetFields(related, source))}
              onChange={(targetField: string | undefined) => editFilter({ ...filter, targetField })}
            />
          </PropertyItem>
        </PropertyGroup>
      )}
      <PropertyGroup legend={t('copiesFromHere')} help={t('copiesFromHereHelp')}>
        {copies.length === 0 ? (
          <Typography.Text type="secondary" data-testid="property-copies">
            {t('copiesNone')}
          </Typography.Text>
        ) : (
          <ul data-testid="property-copies" style={{ margin: 0, paddingInlineStart: 20 }}>
            {copies.map((copy) => {
              const sourceField = related && copy.copyFrom ? findField(related, copy.copyFrom.field) : undefined;
              return (
                <li key={copy.id}>
                  {sourceField ? label(sourceField.label) : copy.copyFrom?.field} → {label(copy.label)}
                </li>
              );
            })}
          </ul>
        )}
      </PropertyGroup>
    </>
  );
}
