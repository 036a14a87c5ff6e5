import 'server-only';
import { getServerSession } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { SessionUserDto } from '@/engine/contract/api-types';
import { getDb } from '../db';
import type { Actor } from './actor';
import { loadActor } from './load-actor';
import { authOptions } from './options';

export async function getSessionActor(): Promise<Actor | undefined> {
  const session = (await getServerSession(authOptions)) as { userId?: string } | null;
  if (!session?.userId) return undefined;
  return loadActor(await getDb(), session.userId);
}

export function toSessionUser(actor: Actor): SessionUserDto {
  return { id: actor.id, username: actor.username, displayName: actor.displayName, roles: actor.roles };
}

export async function getSessionUser(): Promise<SessionUserDto | null> {
  const actor = await getSessionActor();
  return actor ? toSessionUser(actor) : null;
}

/** For pages: the signed-in user, or a redirect to the login page that comes back here. */
export async function requirePageUser(): Promise<SessionUserDto> {
  const user = await getSessionUser();
  if (user) return user;
  const path = (await headers()).get('x-pathname') ?? '/';
  redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
}
