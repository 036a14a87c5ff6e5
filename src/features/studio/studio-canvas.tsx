'use client';

import { Button, Card, Flex, List, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { memo, useMemo } from 'react';
import { formLayout } from '@/engine/metadata/form';
import { useLabel } from '@/features/runtime/use-label';
import { CanvasSection } from './layout/canvas-section';
import { CanvasTabs } from './layout/canvas-tabs';
import { useQuietCellTransitions } from './layout/sortable-cell';
import type { LayoutRef } from './layout/layout-document';
import type { StudioDoc } from './studio-document';
import type { StudioAction } from './studio-reducer';

type Props = { doc: StudioDoc; selected: string | null; selectedLayout: LayoutRef | null; dispatch: (action: StudioAction) => void };

/** Memoised, as are the sections and cards below it: they re-render only for the document or selection changes that concern them. */
export const StudioCanvas = memo(function StudioCanvas({ doc, selected, selectedLayout, dispatch }: Props) {
  const t = useTranslations('studio');
  const label = useLabel();
  useQuietCellTransitions();
  const fields = doc.entity.fields;
  const active = useMemo(() => new Map(fields.filter((field) => !field.removed).map((field) => [field.id, field])), [fields]);
  const hidden = useMemo(() => fields.filter((field) => field.removed), [fields]);
  const layout = useMemo(() => formLayout(doc.form), [doc.form]);
  const shared = { form: doc.form, fields: active, selected, selectedLayout, dispatch };
  return (
    <Flex vertical gap={12}>
      {layout.map((node) =>
        node.kind === 'section' ? <CanvasSection key={node.section.id} section={node.section} {...shared} /> : <CanvasTabs key="tabs" groups={node.tabs} {...shared} />,
      )}
      {hidden.length > 0 && (
        <Card size="small" title={t('hiddenFields')} data-testid="studio-hidden-fields">
          <List
            size="small"
            dataSource={hidden}
            renderItem={(field) => (
              <List.Item
                actions={[
                  <Button key="restore" size="small" onClick={() => dispatch({ type: 'restore', fieldId: field.id })} data-testid={`studio-restore-${field.id}`}>
                    {t('restore')}
                  </Button>,
                ]}
              >
                <Typography.Text type="secondary">{label(field.label)}</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      )}
    </Flex>
  );
});
