import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { mapDbErrors, notFound, validationFailed } from '../errors';
import { isUuid } from '../services/get-record';
import { advanceLoaded } from './advance-instance';
import { loadTransitionContext } from './instance-context';
import { lockInstance } from './instance-store';
import { instanceDto, peopleById, peopleIn, type InstanceDto } from './workflow-dtos';

/** 撤回 by the initiator while nobody has acted; racing an approval, whichever locks the instance first wins and the other gets 409. */
export async function withdrawInstance(db: Db, actor: Actor, instanceId: string, body: unknown): Promise<{ instance: InstanceDto }> {
  const comment = (body as { comment?: unknown } | null)?.comment;
  if (comment !== undefined && (typeof comment !== 'string' || comment.length > 5000)) throw validationFailed('"comment" must be a text of at most 5000 characters');
  if (!isUuid(instanceId)) throw notFound(`No workflow instance "${instanceId}"`);
  return mapDbErrors(() =>
    db.transaction(async (tx) => {
      const row = await lockInstance(tx, instanceId);
      // Not the initiator: the engine refuses with 403.
      if (!row) throw notFound(`No workflow instance "${instanceId}"`);
      const context = await loadTransitionContext(tx, row);
      const advanced = await advanceLoaded(tx, row, context, { type: 'withdraw', actor: actor.id, ...(comment ? { comment: comment.trim() } : {}) }, actor);
      const people = await peopleById(tx, peopleIn(advanced.state), context.directory);
      return { instance: instanceDto(row, advanced.version, context.definition, advanced.state, people) };
    }),
  );
}
