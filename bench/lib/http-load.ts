import autocannon from 'autocannon';

export type LoadResult = { seconds: number; ok: number; conflicts: number; otherErrors: number; perSecond: number; p50: number; p99: number };

/** POSTs generated bodies with `connections` concurrent clients for `seconds`; counts 2xx and 409 separately. */
export async function postLoad(options: { url: string; apiKey: string; connections: number; seconds: number; body: () => unknown }): Promise<LoadResult> {
  const result = await autocannon({
    url: `${options.url}/api/v1/records/orders`,
    connections: options.connections,
    duration: options.seconds,
    headers: { authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json' },
    requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, body: JSON.stringify(options.body()) }) }],
  });
  const statuses = result.statusCodeStats as Record<string, { count: number }>;
  const conflicts = statuses['409']?.count ?? 0;
  const ok = result['2xx'];
  return {
    seconds: options.seconds,
    ok,
    conflicts,
    otherErrors: result.non2xx - conflicts + result.errors,
    perSecond: ok / options.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}
