import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { safeCallbackPath } from '@/features/auth/callback-url';
import { LoginForm } from '@/features/auth/login-form';
import { getSessionUser } from '@/server/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const target = Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl;
  // A signed-in visitor has nothing to do here.
  if (await getSessionUser()) redirect(safeCallbackPath(target));
  return <LoginForm callbackUrl={target} />;
}
