// POST /api/v1/studio/{entity}/versions/{version}/restore — copy a published version into the draft
import { apiRoute } from '@/server/api/handler';
import { validationFailed } from '@/server/errors';
import { restoreStudioVersion } from '@/server/services/studio/publish-studio';

export const POST = apiRoute<{ entity: string; version: string }>(async ({ db, actor, params }) => {
  const version = Number(params.version);
  if (!Number.isInteger(version) || version < 1) throw validationFailed('The version is a positive whole number');
  await restoreStudioVersion(db, actor, params.entity, version);
  return new Response(null, { status: 204 });
});
