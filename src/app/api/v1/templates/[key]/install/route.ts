// POST /api/v1/templates/{key}/install — install or upgrade a template (admin, idempotent); {"dryRun": true} previews
import { z } from 'zod';
import { apiRoute, json } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import { validationFailed } from '@/server/errors';
import { installTemplate } from '@/server/services/templates/install-template';

const InstallBodySchema = z.strictObject({ sampleData: z.boolean().default(false), dryRun: z.boolean().default(false) });

export const POST = apiRoute<{ key: string }>(async ({ request, db, actor, params }) => {
  const hasBody = request.headers.get('content-length') !== '0' && request.body !== null;
  const parsed = InstallBodySchema.safeParse(hasBody ? await readJsonBody(request) : {});
  if (!parsed.success) throw validationFailed('Body may hold "sampleData" and "dryRun" (booleans)', { problems: parsed.error.issues });
  return json(await installTemplate(db, actor, params.key, parsed.data));
});
