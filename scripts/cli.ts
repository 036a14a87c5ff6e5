/**
 * `npm run cli -- <command>`:
 *   api-key create --user <username> [--name <name>]     prints a new API key (shown once)
 *   user create --username <u> --password <p> [--roles admin,clerk] [--display-name <name>]
 */
import { parseArgs } from 'node:util';
import { connect } from '../src/server/db/connect';
import { ensureReady } from '../src/server/bootstrap/ensure-ready';
import { createUser } from '../src/server/bootstrap/users';
import { createApiKey } from '../src/server/auth/api-keys';
import { AppError } from '../src/server/errors';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    user: { type: 'string' },
    name: { type: 'string' },
    username: { type: 'string' },
    password: { type: 'string' },
    roles: { type: 'string' },
    'display-name': { type: 'string' },
  },
});

const usage = `usage:
  npm run cli -- api-key create --user <username> [--name <name>]
  npm run cli -- user create --username <username> --password <password> [--roles admin] [--display-name <name>]`;

async function main(): Promise<number> {
  const command = positionals.join(' ');
  if (command !== 'api-key create' && command !== 'user create') {
    console.error(usage);
    return 2;
  }
  const url = process.env.DATABASE_URL || undefined;
  const handle = await connect({ url });
  try {
    await ensureReady(handle, { url, demo: false });
    if (command === 'api-key create') {
      if (!values.user) throw new AppError(400, 'validation_failed', '--user <username> is required');
      const key = await createApiKey(handle.db, { username: values.user, name: values.name ?? 'cli' });
      console.log(key.key);
      console.error(`Created API key ${key.prefix}… for ${values.user}. Store it now; it is not shown again.`);
    } else {
      if (!values.username || !values.password) throw new AppError(400, 'validation_failed', '--username and --password are required');
      const roles = (values.roles ?? 'admin').split(',').map((role) => role.trim()).filter(Boolean);
      await createUser(handle.db, { username: values.username, password: values.password, roles, displayName: values['display-name'] });
      console.log(`Created user ${values.username} with roles ${roles.join(', ')}.`);
    }
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof AppError || error instanceof Error ? `error: ${error.message}` : error);
    process.exit(1);
  },
);
