import type { ReactNode } from 'react';
import { AppShell } from '@/features/shell/app-shell';
import { requirePageUser } from '@/server/auth/session';

/** Every page in this group needs a signed-in user; anonymous visitors go to /login and come back. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  return <AppShell user={user}>{children}</AppShell>;
}
