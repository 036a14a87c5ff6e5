'use client';

import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Collapse, Flex, Form, Popconfirm, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { useLabel } from '@/features/runtime/use-label';
import { AdvancedSection } from './properties/advanced-section';
import { BasicsSection } from './properties/basics-section';
import { DefaultSection } from './properties/default-section';
import { FieldRulesSection } from './rules/field-rules-section';
import { fieldProblems, type PropertySection } from './properties/field-problems';
import { hasLinkage, LinkageSection } from './properties/linkage-section';
import type { SectionProps } from './properties/section-props';
import type { EntityCatalog } from './properties/use-entity-catalog';
import { hasValidation, ValidationSection } from './properties/validation-section';

type Props = {
  field: FieldDef;
  /** The entity being designed, with unsaved changes (relations, copies and rollups refer to its fields). */
  entity: EntityDef;
  /** Other entities, including line items designed with this one that the server does not know yet. */
  catalog: EntityCatalog;
  published: boolean;
  takenKeys: string[];
  onChange: (field: FieldDef, coalesceKey?: string) => void;
  onDelete: () => void;
};

const hasRules = (field: FieldDef) => field.visibleWhen !== undefined || field.requiredWhen !== undefined;

/** Everything per field starts over when another is selected; the entity list is the workspace's. */
export function PropertyPanel(props: Props) {
  return <FieldProperties key={props.field.id} {...props} />;
}

function FieldProperties({ field, entity, catalog, published, takenKeys, onChange, onDelete }: Props) {
  const t = useTranslations('studio');
  const label = useLabel();
  // Published option values come from the server's copy; the key and storage stay locked on either sign of publication.
  const publishedField = catalog.published?.fields.find((candidate) => candidate.id === field.id);
  const locked = published || publishedField !== undefined;
  const problems = fieldProblems(field, { entity, lookup: catalog.lookup, catalogReady: catalog.ready });
  const section: SectionProps = { field, entity, catalog, locked, publishedField, problems, onChange };

  const sections: Array<{ key: PropertySection; shown: boolean; body: ReactNode }> = [
    { key: 'basics', shown: true, body: <BasicsSection {...section} takenKeys={takenKeys} /> },
    { key: 'rules', shown: true, body: <FieldRulesSection field={field} entity={entity} onChange={onChange} /> },
    { key: 'validation', shown: hasValidation(field), body: <ValidationSection {...section} /> },
    { key: 'default', shown: true, body: <DefaultSection {...section} /> },
    { key: 'linkage', shown: hasLinkage(field), body: <LinkageSection {...section} /> },
    { key: 'advanced', shown: true, body: <AdvancedSection {...section} /> },
  ];
  const countIn = (key: PropertySection) => problems.filter((problem) => problem.section === key).length;
  // A relation is unusable until its target is chosen, so its linkage opens with the basics.
  const initiallyOpen = sections.filter(({ key }) => key === 'basics' || (key === 'rules' && hasRules(field)) || countIn(key) > 0 || (key === 'linkage' && field.type === 'relation')).map(({ key }) => key);

  return (
    <Form layout="vertical" data-testid="studio-properties">
      <Form.Item label={t('type')}>
        <Tag data-testid="property-type">{t(`types.${field.type}`)}</Tag>
      </Form.Item>
      {catalog.error && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('fieldProps.entitiesError', { message: catalog.error.message })} />}
      <Collapse
        size="small"
        defaultActiveKey={initiallyOpen}
        style={{ marginBottom: 16 }}
        items={sections
          .filter(({ shown }) => shown)
          .map(({ key, body }) => ({
            key,
            label: t(`fieldProps.sections.${key}`),
            extra: countIn(key) > 0 ? <Tag color="error">{t('fieldProps.problemCount', { count: countIn(key) })}</Tag> : undefined,
            // Mounted on first opening (selecting a card stays quick) and kept while folded, so unfinished choices survive.
            children: <div data-testid={`property-section-${key}`}>{body}</div>,
          }))}
      />
      <Flex justify="end">
        <Popconfirm
          title={t('deleteConfirm', { name: label(field.label) || field.id })}
          description={<Typography.Text type="secondary">{published ? t('deletePublished') : t('deleteNew')}</Typography.Text>}
          okButtonProps={{ danger: true }}
          onConfirm={onDelete}
        >
          <Button danger icon={<DeleteOutlined />} data-testid="property-delete">
            {t('deleteField')}
          </Button>
        </Popconfirm>
      </Flex>
    </Form>
  );
}
