import { startApp } from './lib/app-server';
import { createBenchDb } from './lib/bench-db';
import { postLoad } from './lib/http-load';
import { orderBodies } from './lib/random-lines';

const db = await createBenchDb(1000);
process.env.NODE_OPTIONS = '--cpu-prof --cpu-prof-dir=/tmp/prof';
const app = await startApp(db.url, 3402);
delete process.env.NODE_OPTIONS;
const r = await postLoad({ url: app.url, apiKey: db.apiKey, connections: 16, seconds: 8, body: orderBodies(db.products, db.customer) });
console.log(r);
app.stop();
await new Promise((resolve) => setTimeout(resolve, 3000));
await db.drop();
