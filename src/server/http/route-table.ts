/**
 * The API's routes as the build lists them (`.next/app-path-routes-manifest.json`: route file →
 * URL pattern such as `/api/v1/records/[entity]/[id]`), matched the way the App Router does:
 * a literal segment beats a dynamic one, which beats a catch-all, so `/records/orders/choices`
 * reaches the `choices` route and not `[id]`.
 */
export type RouteMatch = { file: string; params: Record<string, string | string[]> };

type Segment = { kind: 'literal'; text: string } | { kind: 'dynamic'; name: string } | { kind: 'catch_all'; name: string; optional: boolean };
type Route = { file: string; segments: Segment[] };
export type RouteTable = { match: (pathname: string) => RouteMatch | undefined; size: number };

const RANK = { literal: 0, dynamic: 1, catch_all: 2 } as const;

function parseSegment(part: string): Segment {
  const optionalCatchAll = /^\[\[\.\.\.([^\]]+)\]\]$/.exec(part);
  if (optionalCatchAll) return { kind: 'catch_all', name: optionalCatchAll[1]!, optional: true };
  const catchAll = /^\[\.\.\.([^\]]+)\]$/.exec(part);
  if (catchAll) return { kind: 'catch_all', name: catchAll[1]!, optional: false };
  const dynamic = /^\[([^\]]+)\]$/.exec(part);
  return dynamic ? { kind: 'dynamic', name: dynamic[1]! } : { kind: 'literal', text: part };
}

function bySpecificity(a: Route, b: Route): number {
  for (let index = 0; index < Math.max(a.segments.length, b.segments.length); index += 1) {
    const left = a.segments[index];
    const right = b.segments[index];
    if (!left || !right) return left ? -1 : 1;
    const difference = RANK[left.kind] - RANK[right.kind];
    if (difference !== 0) return difference;
  }
  return 0;
}

function matchRoute(route: Route, parts: string[]): RouteMatch | undefined {
  const params: Record<string, string | string[]> = {};
  for (let index = 0; index < route.segments.length; index += 1) {
    const segment = route.segments[index]!;
    if (segment.kind === 'catch_all') {
      const rest = parts.slice(index);
      if (rest.length === 0 && !segment.optional) return undefined;
      if (rest.length > 0) params[segment.name] = rest;
      return { file: route.file, params };
    }
    const part = parts[index];
    if (part === undefined) return undefined;
    if (segment.kind === 'literal' ? part !== segment.text : part === '') return undefined;
    if (segment.kind === 'dynamic') params[segment.name] = part;
  }
  return parts.length === route.segments.length ? { file: route.file, params } : undefined;
}

/** Decodes each path segment; a malformed escape makes the path match nothing rather than throw. */
function pathParts(pathname: string): string[] | undefined {
  try {
    return pathname.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/** The routes under `prefix` (e.g. `/api/v1/`), most specific first. */
export function routeTable(manifest: Record<string, string>, prefix: string): RouteTable {
  const routes = Object.entries(manifest)
    .filter(([file, pattern]) => file.endsWith('/route') && pattern.startsWith(prefix))
    .map(([file, pattern]) => ({ file, segments: pattern.split('/').slice(1).map(parseSegment) }))
    .sort(bySpecificity);
  return {
    size: routes.length,
    match(pathname) {
      // A trailing slash is left to Next, which redirects it to the canonical path.
      if (!pathname.startsWith(prefix) || pathname.endsWith('/')) return undefined;
      const parts = pathParts(pathname);
      if (!parts) return undefined;
      for (const route of routes) {
        const found = matchRoute(route, parts);
        if (found) return found;
      }
      return undefined;
    },
  };
}
