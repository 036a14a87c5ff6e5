// GET /api/v1/directory — users and roles for approver pickers, transfer and add-signer
import { apiRoute, json } from '@/server/api/handler';
import { listDirectory } from '@/server/workflows/list-directory';

export const GET = apiRoute(async ({ db }) => json(await listDirectory(db)));
