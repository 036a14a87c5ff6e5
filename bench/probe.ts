import autocannon from 'autocannon';
import { startApp } from './lib/app-server';
import { createBenchDb } from './lib/bench-db';

const db = await createBenchDb(100);
const app = await startApp(db.url, 3401);
for (const path of ['/api/health', '/api/v1/entities/orders', '/api/v1/records/products?pageSize=1']) {
  const r = await autocannon({ url: app.url + path, connections: 16, duration: 5, headers: { authorization: `Bearer ${db.apiKey}` } });
  console.log(path, Math.round(r.requests.average), 'req/s p50', r.latency.p50, 'non2xx', r.non2xx);
}
app.stop();
await db.drop();
