// GET /api/health — liveness and database reachability
import { NextResponse } from 'next/server';
import { checkHealth } from '@/server/services/check-health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(health, { status: health.status === 'ok' ? 200 : 503 });
}
