'use client';

import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, type ReactNode } from 'react';
import type { Locale } from '@/engine/metadata/keys';

/** antd's locale objects stay on the client: they are large and not meant to cross the RSC boundary. */
export function AppProviders({ locale, children }: { locale: Locale; children: ReactNode }) {
  useEffect(() => {
    // Date pickers take month names and the first weekday from dayjs' global locale.
    dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  }, [locale]);

  return (
    // antd would render two-character Chinese labels as "登 录"; buttons must read exactly as written.
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
