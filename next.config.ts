import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time.
  // exceljs streams zips with Node streams and optional requires a bundler gains nothing from rewriting.
  serverExternalPackages: ['@electric-sql/pglite', 'pino', 'postgres', 'exceljs'],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
