import { NextResponse } from 'next/server';
import type { ApiErrorBody } from '@/engine/contract/api-types';
import { getDb } from '../db';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { actorFromApiKey } from '../auth/api-keys';
import { AppError, fromDatabaseError } from '../errors';
import { logger } from '../observability/logger';
import { countRequest } from '../observability/metrics';

type RouteParams = Record<string, string>;
export type ApiContext<P extends RouteParams> = { request: Request; params: P; db: Db; actor: Actor };
type NextRouteContext<P> = { params: Promise<P> };

export function errorResponse(error: AppError): NextResponse<ApiErrorBody> {
  const body: ApiErrorBody = { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
  return NextResponse.json(body, { status: error.status });
}

async function resolveActor(request: Request, db: Db): Promise<Actor> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match ? await actorFromApiKey(db, match[1]) : undefined;
    if (!actor) throw new AppError(401, 'unauthorized', 'The API key is invalid or revoked');
    return actor;
  }
  // Without a session cookie there is nothing for next-auth to decode; it is loaded lazily because
  // it reads request-scoped APIs that exist only inside a Next route.
  const hasSessionCookie = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/.test(request.headers.get('cookie') ?? '');
  const actor = hasSessionCookie ? await (await import('../auth/session')).getSessionActor() : undefined;
  if (!actor) throw new AppError(401, 'unauthorized', 'Sign in or send an API key as "Authorization: Bearer <key>"');
  return actor;
}

/** Wraps a route handler: authenticates, turns expected failures into the contract's JSON errors. */
export function apiRoute<P extends RouteParams>(handler: (context: ApiContext<P>) => Promise<Response>) {
  return async (request: Request, context: NextRouteContext<P>): Promise<Response> => {
    const started = performance.now();
    let status = 500;
    try {
      const db = await getDb();
      const actor = await resolveActor(request, db);
      const response = await handler({ request, params: await context.params, db, actor });
      status = response.status;
      return response;
    } catch (error) {
      const known = error instanceof AppError ? error : fromDatabaseError(error);
      if (known) {
        status = known.status;
        return errorResponse(known);
      }
      logger.error({ err: error, method: request.method, url: request.url }, 'request failed');
      return errorResponse(new AppError(500, 'internal', 'Something went wrong on the server; the error has been logged'));
    } finally {
      countRequest(request.method, status, performance.now() - started);
    }
  };
}

export function json(data: unknown, status = 200, headers?: HeadersInit): NextResponse {
  return NextResponse.json(data, { status, headers });
}
