'use client';

import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import type { Locale } from '@/engine/metadata/keys';
import { LOCALE_COOKIE } from '@/i18n/locale';

const ONE_YEAR = 60 * 60 * 24 * 365;

export function LocaleSwitcher() {
  const t = useTranslations('locale');
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function change(next: Locale) {
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${ONE_YEAR}; samesite=lax`;
    // The server reads the cookie; a refresh re-renders server components in the new language.
    startTransition(() => router.refresh());
  }

  return (
    <Select<Locale>
      aria-label={t('label')}
      value={locale}
      onChange={change}
      loading={pending}
      variant="borderless"
      suffixIcon={<GlobalOutlined />}
      popupMatchSelectWidth={false}
      options={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
