'use client';

import { Select } from 'antd';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RecordDto, RecordPage } from '@/engine/contract/api-types';
import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { apiFetch, recordsPath } from '../api-client';
import type { StockTarget } from '../stock/reservation-meta';
import { useAvailability } from '../stock/use-availability';
import { lookupFields } from './lookup-fields';
import { RelationOption } from './relation-option';

type Option = { value: string; label: string };

const SEARCH_DELAY_MS = 250;
const NO_OPTIONS: Option[] = [];

function titleOf(record: RecordDto, target: EntityDef | undefined): string {
  const title = target?.titleField ? record[target.titleField] : undefined;
  return title === null || title === undefined || title === '' ? record.id : String(title);
}

/** Offer only records whose `field` equals `value` (a relation field's `filterBy`). */
export type RelationFilterValue = { field: string; value: unknown };

/** What a picker may show and report beyond the title; all optional, all driven by metadata. */
export type RelationExtras = {
  filter?: RelationFilterValue;
  /** Target fields shown with their label in each option, e.g. the values sibling columns copy. */
  extraFields?: FieldDef[];
  /** A reservation's target: each option shows what is available and marks what is not. */
  stockTarget?: StockTarget;
  /** The picked record (null when cleared), e.g. to show the values sibling columns will copy. */
  onRecordPicked?: (record: RecordDto | null) => void;
};

export type RelationSelectProps = RelationExtras & {
  id?: string;
  targetKey: string;
  target: EntityDef | undefined;
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  /** The current value's title when the caller already knows it (a record's `_display`). */
  displayLabel?: string | null;
  disabled?: boolean;
  status?: 'error';
  ariaLabel?: string;
  placeholder?: string;
  'data-testid'?: string;
};

/**
 * Picks a record of another entity by searching its titles on the server (`?q=`), 20 at a time.
 * Options also show a phone or code so two records of one name can be told apart.
 */
export function RelationSelect(props: RelationSelectProps) {
  const { id, targetKey, target, value, onChange, onBlur, displayLabel, disabled, status, ariaLabel, placeholder, extraFields, stockTarget, onRecordPicked, filter } = props;
  const t = useTranslations('widgets');
  // Options remember the filter they were searched with: after the filter changes they are not offered.
  const filterKey = filter ? JSON.stringify(filter) : '';
  const [found, setFound] = useState<{ filterKey: string; options: Option[] }>({ filterKey: '', options: [] });
  const options = found.filterKey === filterKey ? found.options : NO_OPTIONS;
  const [records, setRecords] = useState<Record<string, RecordDto>>({});
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestRequest = useRef(0);
  const plain = useMemo(() => lookupFields(target), [target]);
  const availability = useAvailability(stockTarget, options.map((option) => option.value));

  function search(text: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const request = ++latestRequest.current;
      setSearching(true);
      try {
        const params = new URLSearchParams({ q: text, pageSize: '20' });
        if (filter) params.set('filter', JSON.stringify({ and: [{ field: filter.field, op: 'eq', value: filter.value }] }));
        const page = await apiFetch<RecordPage>(`${recordsPath(targetKey)}?${params}`);
        if (request !== latestRequest.current) return; // an older search answered late
        setFound({ filterKey, options: page.data.map((record) => ({ value: record.id, label: titleOf(record, target) })) });
        setRecords((known) => ({ ...known, ...Object.fromEntries(page.data.map((record) => [record.id, record])) }));
      } catch {
        if (request === latestRequest.current) setFound({ filterKey, options: [] });
      } finally {
        if (request === latestRequest.current) setSearching(false);
      }
    }, SEARCH_DELAY_MS);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  // A value set from outside (URL filter, existing record without _display) is shown by its title, not its id.
  const unknownValue = value && !displayLabel && !records[value] ? value : null;
  useEffect(() => {
    if (!unknownValue) return;
    let active = true;
    apiFetch<RecordDto>(recordsPath(targetKey, unknownValue)).then(
      (record) => active && setRecords((known) => ({ ...known, [record.id]: record })),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [unknownValue, targetKey]);

  const known = value ? records[value] : undefined;
  const merged = value && !options.some((option) => option.value === value) ? [{ value, label: known ? titleOf(known, target) : (displayLabel ?? value) }, ...options] : options;

  function change(next: string | undefined) {
    onChange(next ?? null);
    if (!next) onRecordPicked?.(null);
    else if (records[next]) onRecordPicked?.(records[next]);
  }

  return (
    <Select<string, Option>
      id={id}
      data-testid={props['data-testid']}
      allowClear
      showSearch={{ filterOption: false, onSearch: search }}
      onOpenChange={(open) => open && search('')}
      value={value ?? undefined}
      onChange={change}
      onBlur={onBlur}
      options={merged}
      optionRender={(option) => (
        <RelationOption
          title={String(option.data.label)}
          record={records[String(option.value)]}
          plain={plain}
          labelled={extraFields ?? []}
          available={stockTarget ? availability.get(String(option.value)) : undefined}
        />
      )}
      loading={searching}
      notFoundContent={searching ? t('searching') : t('noMatches')}
      placeholder={placeholder ?? t('searchPlaceholder')}
      disabled={disabled}
      status={status}
      aria-label={ariaLabel}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
