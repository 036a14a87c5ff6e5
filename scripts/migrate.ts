/** `npm run db:migrate`: migrates the database DATABASE_URL names (or the embedded one). */
import { connect } from '../src/server/db/connect';
import { migrateHandle, migrateUrl } from '../src/server/db/migrate';

const url = process.env.DATABASE_URL || undefined;
if (url) {
  await migrateUrl(url);
} else {
  const handle = await connect();
  await migrateHandle(handle);
  await handle.close();
}
console.log(`Migrated ${url ? 'the database at DATABASE_URL' : 'the embedded database'}.`);
