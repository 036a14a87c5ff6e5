// POST /api/v1/studio/{entity}/publish — publish the draft (entity change and form in one transaction)
import { apiRoute, json } from '@/server/api/handler';
import { publishStudioDraft } from '@/server/services/studio/publish-studio';

export const POST = apiRoute<{ entity: string }>(async ({ db, actor, params }) => json(await publishStudioDraft(db, actor, params.entity)));
