import { randomBytes } from 'node:crypto';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { loadActor } from '../auth/load-actor';
import { createUser } from '../bootstrap/users';

export async function testActor(db: Db, roles: string[], username = `u_${randomBytes(4).toString('hex')}`): Promise<Actor> {
  const { id } = await createUser(db, { username, password: 'test-password', roles });
  return (await loadActor(db, id))!;
}
