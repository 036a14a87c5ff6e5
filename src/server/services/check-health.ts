import { sql } from 'drizzle-orm';
import { getDbHandle } from '../db';

export async function checkHealth(): Promise<{ status: 'ok' | 'error'; database: string; driver?: string; latencyMs?: number }> {
  const started = performance.now();
  try {
    const handle = await getDbHandle();
    await handle.db.execute(sql`select 1`);
    return { status: 'ok', database: 'up', driver: handle.driver, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: 'error', database: 'unreachable' };
  }
}
