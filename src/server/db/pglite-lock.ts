import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * PGlite is a single-process database: two processes opening one data folder corrupt it. The lock
 * file turns that into a clear error for the second one (e.g. the CLI while the server runs).
 */
export function lockDataDir(dataDir: string): () => void {
  const file = `${dataDir}.lock`;
  if (existsSync(file)) {
    const holder = Number(readFileSync(file, 'utf8'));
    if (holder && holder !== process.pid && alive(holder)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${holder} (probably the running app). ` +
          'Stop it first, or point DATABASE_URL at a PostgreSQL server to share one database between processes.',
      );
    }
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}
