import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const routesManifest = path.join(root, '.next', 'app-path-routes-manifest.json');

/** A production build that contains the benchmark pages; a build from before they existed would answer 404. */
function hasBenchPages(): boolean {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID')) || !existsSync(routesManifest)) return false;
  const routes = Object.values(JSON.parse(readFileSync(routesManifest, 'utf8')) as Record<string, string>);
  return routes.includes('/bench/form') && routes.includes('/bench/designer');
}

function ensureBuild(): void {
  if (hasBenchPages() && process.env.BENCH_BUILD !== '1') return;
  console.log('Building the app (production build with the benchmark pages)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error('next build failed');
}

export type BenchServer = { url: string; stop: () => Promise<void> };

/**
 * `next start` with BENCH_PAGES=1 on a fresh embedded database (the pages need no data, the server
 * still migrates one at start), resolved once /api/health answers.
 */
export async function startBenchServer(port: number): Promise<BenchServer> {
  ensureBuild();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'lc-ui-bench-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BENCH_PAGES: '1',
    PGLITE_DIR: path.join(dataDir, 'pglite'),
    DEMO: '0',
    LOG_LEVEL: 'warn',
    NEXTAUTH_SECRET: 'bench',
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error('the app did not become healthy');
}
