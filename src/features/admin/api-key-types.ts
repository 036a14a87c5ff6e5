/** Shapes of /api/v1/admin/api-keys and /api/v1/admin/users as this page reads them. */
export type ApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  username: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export type AdminUser = { id: string; username: string; displayName: string; roles: string[] };

export type CreatedApiKey = { id: string; key: string; prefix: string };
