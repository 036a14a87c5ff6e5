import type { RecordDto } from '@/engine/contract/api-types';
import { availableActions } from '@/engine/lifecycle/transitions';
import type { EntityDef } from '@/engine/metadata/entity';
import { isAdmin } from '@/engine/auth/permissions';
import type { Actor } from '../auth/actor';

/** Adds `_actions`: the state actions this caller may run now, so pages show only those buttons. */
export function withActions(entity: EntityDef, record: RecordDto, actor: Actor): RecordDto {
  if (!entity.lifecycle) return record;
  return { ...record, _actions: availableActions(entity, record[entity.lifecycle.field], actor.roles, isAdmin(actor.grants)) };
}
