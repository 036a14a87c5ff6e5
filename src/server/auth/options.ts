import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '../db';
import { verifyLogin, LOGIN_WINDOW_MINUTES } from './login';
import { authSecret } from './secret';

export const authOptions: AuthOptions = {
  secret: authSecret(),
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { username: { label: 'Username', type: 'text' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        const username = String(credentials?.username ?? '').trim();
        const password = String(credentials?.password ?? '');
        if (!username || !password) throw new Error('Enter a username and a password');
        const result = await verifyLogin(await getDb(), username, password);
        if (result.ok) return { id: result.userId, name: username };
        if (result.reason === 'rate_limited') throw new Error(`Too many failed logins; try again in ${LOGIN_WINDOW_MINUTES} minutes`);
        throw new Error('Invalid username or password');
      },
    }),
  ],
  callbacks: {
    // Only the user id travels in the token; roles are loaded per request so revocation is immediate.
    jwt: ({ token, user }) => (user ? { ...token, sub: user.id } : token),
    session: ({ session, token }) => ({ ...session, userId: token.sub }),
  },
};
