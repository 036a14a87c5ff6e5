'use client';

import { Select } from 'antd';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { RecordDto, RecordPage } from '@/engine/contract/api-types';
import type { EntityDef } from '@/engine/metadata/entity';
import { apiFetch, recordsPath } from '../api-client';

type Option = { value: string; label: string };

const SEARCH_DELAY_MS = 250;

function titleOf(record: RecordDto, target: EntityDef | undefined): string {
  const title = target?.titleField ? record[target.titleField] : undefined;
  return title === null || title === undefined || title === '' ? record.id : String(title);
}

export type RelationSelectProps = {
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
  'data-testid'?: string;
};

/** Picks a record of another entity by searching its titles on the server (`?q=`), 20 at a time. */
export function RelationSelect({ id, targetKey, target, value, onChange, onBlur, displayLabel, disabled, status, ariaLabel, 'data-testid': testId }: RelationSelectProps) {
  const t = useTranslations('widgets');
  const [options, setOptions] = useState<Option[]>([]);
  const [titles, setTitles] = useState<Record<string, string>>({});
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestRequest = useRef(0);

  function search(text: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const request = ++latestRequest.current;
      setSearching(true);
      try {
        const params = new URLSearchParams({ q: text, pageSize: '20' });
        const page = await apiFetch<RecordPage>(`${recordsPath(targetKey)}?${params}`);
        if (request !== latestRequest.current) return; // an older search answered late
        const found = page.data.map((record) => ({ value: record.id, label: titleOf(record, target) }));
        setOptions(found);
        setTitles((known) => ({ ...known, ...Object.fromEntries(found.map((option) => [option.value, option.label])) }));
      } catch {
        if (request === latestRequest.current) setOptions([]);
      } finally {
        if (request === latestRequest.current) setSearching(false);
      }
    }, SEARCH_DELAY_MS);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  // A value set from outside (URL filter, existing record without _display) is shown by its title, not its id.
  const unknownValue = value && !displayLabel && !titles[value] ? value : null;
  useEffect(() => {
    if (!unknownValue) return;
    let active = true;
    apiFetch<RecordDto>(recordsPath(targetKey, unknownValue)).then(
      (record) => active && setTitles((known) => ({ ...known, [record.id]: titleOf(record, target) })),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [unknownValue, targetKey, target]);

  const merged = value && !options.some((option) => option.value === value) ? [{ value, label: titles[value] ?? displayLabel ?? value }, ...options] : options;

  return (
    <Select<string>
      id={id}
      data-testid={testId}
      allowClear
      showSearch={{ filterOption: false, onSearch: search }}
      onOpenChange={(open) => open && search('')}
      value={value ?? undefined}
      onChange={(next) => onChange(next ?? null)}
      onBlur={onBlur}
      options={merged}
      loading={searching}
      notFoundContent={searching ? t('searching') : t('noMatches')}
      placeholder={t('searchPlaceholder')}
      disabled={disabled}
      status={status}
      aria-label={ariaLabel}
      style={{ width: '100%' }}
    />
  );
}
