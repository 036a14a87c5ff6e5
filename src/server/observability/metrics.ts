import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const cache = globalThis as unknown as { __appMetrics?: ReturnType<typeof createMetrics> };

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'http_api_requests_total', help: 'API requests by method and status', labelNames: ['method', 'status'], registers: [registry] });
  const duration = new Histogram({
    name: 'http_api_request_duration_seconds',
    help: 'API request duration',
    labelNames: ['method'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return { registry, requests, duration };
}

/** One registry per process, kept across hot reloads so metrics are not registered twice. */
export function metrics() {
  cache.__appMetrics ??= createMetrics();
  return cache.__appMetrics;
}

export function countRequest(method: string, status: number, millis: number): void {
  const { requests, duration } = metrics();
  requests.inc({ method, status: String(status) });
  duration.observe({ method }, millis / 1000);
}
