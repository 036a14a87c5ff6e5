import { count } from 'drizzle-orm';
import { users } from '../db/schema';
import type { Db } from '../db/types';
import { DEFAULT_ROLES } from './default-roles';
import { createUser } from './users';

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'demo1234';

const DISPLAY_NAMES: Record<string, string> = {
  admin: '系统管理员',
  designer: '表单设计者',
  clerk: '销售文员',
  manager: '销售经理',
  finance: '财务专员',
  purchasing: '采购专员',
};

/** One demo user per role, each with an address (`clerk@demo.local`) so workflow e-mails reach them, only into an empty user table; returns the usernames it created. */
export async function createDemoUsers(db: Db): Promise<string[]> {
  const [{ total }] = await db.select({ total: count() }).from(users);
  if (Number(total) > 0) return [];
  const created: string[] = [];
  for (const role of DEFAULT_ROLES) {
    await createUser(db, { username: role.key, displayName: DISPLAY_NAMES[role.key], password: DEMO_PASSWORD, roles: [role.key], email: `${role.key}@demo.local` });
    created.push(role.key);
  }
  return created;
}
