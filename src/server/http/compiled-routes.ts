import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { logger } from '../observability/logger';
import type { LoadHandlers, RouteHandler } from './api-fast-path';
import { routeTable, type RouteTable } from './route-table';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** What a built route file exports that matters here; anything else means "leave it to Next". */
type CompiledRoute = { routeModule?: { ensureUserland?: () => Promise<void>; userland?: Record<string, unknown> } };

/** The API routes the build lists under `prefix`. */
export function builtRouteTable(distDir: string, prefix: string): RouteTable {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>;
  return routeTable(manifest, prefix);
}

/**
 * The handlers of a built route file, loaded with the same `require` Next uses, so both share one
 * module instance (one database pool, one set of caches). The shape read here is Next's own build
 * output; if a Next upgrade changes it, the route is served by Next as before and a warning says so.
 */
export function builtRouteHandlers(distDir: string): LoadHandlers {
  const load = createRequire(path.join(distDir, 'server', 'app', 'index.js'));
  const cache = new Map<string, Promise<Partial<Record<string, RouteHandler>> | undefined>>();
  let warned = false;
  const read = async (file: string) => {
    const compiled = load(path.join(distDir, 'server', 'app', `${file}.js`)) as CompiledRoute;
    const routeModule = compiled.routeModule;
    if (typeof routeModule?.ensureUserland !== 'function') {
      if (!warned) logger.warn({ file }, 'the build does not expose its route handlers; API requests go through Next');
      warned = true;
      return undefined;
    }
    await routeModule.ensureUserland();
    const userland = routeModule.userland ?? {};
    return Object.fromEntries(METHODS.filter((method) => typeof userland[method] === 'function').map((method) => [method, userland[method] as RouteHandler]));
  };
  return (file) => {
    let handlers = cache.get(file);
    if (!handlers) {
      handlers = read(file).catch((error: unknown) => {
        logger.warn({ err: error, file }, 'could not load a built route; it is served by Next');
        return undefined;
      });
      cache.set(file, handlers);
    }
    return handlers;
  };
}
