/**
 * The production server (`npm start` runs it after building): Next for the pages and for browser
 * requests, and the API's route handlers called directly for requests with an API key
 * (src/server/http/api-fast-path.ts). Both use the same built modules, so there is one database
 * pool, one job worker and one set of caches.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { apiFastPath } from '../src/server/http/api-fast-path';
import { builtRouteHandlers, builtRouteTable } from '../src/server/http/compiled-routes';
import { logger } from '../src/server/observability/logger';

const root = process.cwd();
const port = Number(process.env.PORT ?? 3000);
const distDir = path.join(root, '.next');

const app = next({ dev: false, dir: root, port });
await app.prepare();
const nextHandler = app.getRequestHandler();
const fastPath = apiFastPath(builtRouteTable(distDir, '/api/v1/'), builtRouteHandlers(distDir));

const server = createServer((req, res) => {
  fastPath(req, res)
    .then((served) => (served ? undefined : nextHandler(req, res)))
    .catch((error: unknown) => {
      logger.error({ err: error, method: req.method, url: req.url }, 'request failed before a handler ran');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
});
server.listen(port, () => console.log(`Ready on port ${port}`));

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Requests in flight finish; idle keep-alive connections would hold close() open.
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
