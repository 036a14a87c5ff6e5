import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

// Import direction: app → features | server, features → engine | components, server → engine, engine → nothing of ours.
const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', '.data/**', 'node_modules/**', 'drizzle/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**'] },
  {
    files: ['src/engine/**'],
    rules: restrict(
      ['@/server/*', '@/features/*', '@/components/*', '@/app/*', 'react', 'react-dom', 'next', 'next/*', 'drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*', 'node:*', 'antd', '../*/server/*'],
      'src/engine is pure TypeScript: no React, Next, database or Node imports.',
    ),
  },
  {
    files: ['src/server/**'],
    rules: restrict(['@/features/*', '@/components/*', '@/app/*', 'react', 'react-dom', 'antd'], 'src/server imports only the engine.'),
  },
  {
    files: ['src/features/**', 'src/components/**'],
    rules: restrict(
      ['@/server/*', '@/app/*', 'drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*'],
      'UI code talks to the server through the API or props, never its modules.',
    ),
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];

export default config;
