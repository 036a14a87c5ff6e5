'use client';

import { ExclamationCircleFilled } from '@ant-design/icons';
import { Flex, Tabs } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFormState } from 'react-hook-form';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { formLayout, type FormSection as Section, type FormTab } from '@/engine/metadata/form';
import { useLabel } from '../use-label';
import { FormSection } from './form-section';
import type { FormValues } from './form-values';

type Props = { view: EntityView; record?: RecordDto; stockRefresh?: number };
type TabGroup = { tab: FormTab; sections: Section[] };

/**
 * Every pane is rendered (`forceRender`) so each field stays registered with react-hook-form and is
 * validated wherever it is. A tab holding an error is marked, and when errors appear only in other
 * tabs the first of those opens, so a refused save never hides its reason.
 */
function FormTabs({ groups, view, record, stockRefresh }: Props & { groups: TabGroup[] }) {
  const t = useTranslations('formLayout');
  const label = useLabel();
  const { errors } = useFormState<FormValues>();
  const [active, setActive] = useState(groups[0].tab.id);
  const current = groups.some((group) => group.tab.id === active) ? active : groups[0].tab.id;
  const withErrors = groups.filter((group) => group.sections.some((section) => section.fields.some((id) => errors[id]))).map((group) => group.tab.id);
  const signature = withErrors.join(',');
  const [seen, setSeen] = useState(signature);
  if (signature !== seen) {
    setSeen(signature);
    if (withErrors.length > 0 && !withErrors.includes(current)) setActive(withErrors[0]);
  }

  return (
    <div data-testid="form-tabs">
      <Tabs
        activeKey={current}
        onChange={setActive}
        items={groups.map(({ tab, sections }) => {
          const title = label(tab.title);
          const invalid = withErrors.includes(tab.id);
          return {
            key: tab.id,
            forceRender: true,
            label: (
              <span data-testid={`form-tab-${tab.id}`} aria-label={invalid ? t('tabHasErrors', { title }) : undefined} style={invalid ? { color: 'var(--ant-color-error, #ff4d4f)' } : undefined}>
                {title}
                {invalid && <ExclamationCircleFilled aria-hidden style={{ marginInlineStart: 6 }} />}
              </span>
            ),
            children: (
              <Flex vertical gap={16}>
                {sections.map((section) => (
                  <FormSection key={section.id} section={section} view={view} record={record} stockRefresh={stockRefresh} />
                ))}
              </Flex>
            ),
          };
        })}
      />
    </div>
  );
}

/** The record form as designed: sections in order, and the tabs where their first section stands. */
export function FormLayout({ view, record, stockRefresh }: Props) {
  return (
    <>
      {formLayout(view.form).map((node) => {
        if (node.kind === 'section') return <FormSection key={node.section.id} section={node.section} view={view} record={record} stockRefresh={stockRefresh} />;
        const groups = node.tabs.filter((group) => group.sections.length > 0);
        return groups.length > 0 ? <FormTabs key="tabs" groups={groups} view={view} record={record} stockRefresh={stockRefresh} /> : null;
      })}
    </>
  );
}
