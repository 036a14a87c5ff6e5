/**
 * `npm start`: builds when the build is missing or older than the sources, then serves. Migrations
 * and demo content run inside the server at start (src/instrumentation.ts), so the embedded
 * database is only ever opened by one process.
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const buildId = path.join(root, '.next', 'BUILD_ID');
const sources = ['src', 'templates', 'public', 'package.json', 'next.config.ts', 'package-lock.json'];

function newestChange(entry: string): number {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce((newest, child) => Math.max(newest, newestChange(path.join(entry, child))), stat.mtimeMs);
}

function needsBuild(): boolean {
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return sources.some((entry) => newestChange(entry) > built);
}

const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
if (needsBuild()) {
  console.log('Building the app (first start or changed sources)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? '3000';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` };
console.log(`Serving on http://localhost:${port} (${process.env.DATABASE_URL ? 'PostgreSQL from DATABASE_URL' : `embedded database in ${process.env.PGLITE_DIR ?? '.data/pglite'}`})`);
const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'serve.ts')], { stdio: 'inherit', env: { ...env, PORT: port, NODE_ENV: 'production' } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
