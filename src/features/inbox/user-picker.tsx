'use client';

import { Select } from 'antd';
import { useTranslations } from 'next-intl';
import { useContext } from 'react';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { ShellContext } from '@/features/shell/shell-context';
import { DIRECTORY_PATH } from './inbox-api';
import type { Directory } from './inbox-types';

type Props = { id: string; value: string | undefined; onChange: (userId: string) => void; invalid?: boolean };

/** A person from the directory, searchable by name or user name; the reader is not offered to themself. */
export function UserPicker({ id, value, onChange, invalid }: Props) {
  const t = useTranslations('inbox.dialog');
  const me = useContext(ShellContext)?.user.id;
  const directory = useApiQuery<Directory>(DIRECTORY_PATH);
  const options = (directory.data?.users ?? []).filter((user) => user.id !== me).map((user) => ({ value: user.id, label: `${user.name} (${user.username})` }));
  return (
    <Select
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      options={options}
      loading={directory.loading}
      status={invalid || directory.error ? 'error' : undefined}
      placeholder={directory.error ? t('directoryFailed', { message: directory.error.message }) : t('pickUser')}
      notFoundContent={directory.loading ? t('loading') : t('noUser')}
      style={{ width: '100%' }}
    />
  );
}
