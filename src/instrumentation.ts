/** Runs once when the server starts: migrate, bootstrap roles and demo content, print demo logins. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getDbHandle } = await import('./server/db');
  await getDbHandle();
}
