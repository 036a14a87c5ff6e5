import type { EntityDef } from '@/engine/metadata/entity';
import { validateRecordInput, type ValidatedRecord } from '@/engine/records/validate-record';
import { validationFailed } from '../errors';
import type { EntityRegistry } from './entity-registry';

/** Validates a create or update body against the entity; a failure is a 422 listing every field. */
export function validatedInput(registry: EntityRegistry, entity: EntityDef, body: unknown, mode: 'create' | 'update'): ValidatedRecord {
  const result = validateRecordInput(entity, body, { mode, lookup: registry.get });
  if (!result.ok) {
    const count = result.errors.length;
    throw validationFailed(`${count} field${count === 1 ? ' is' : 's are'} invalid: ${result.errors.map((e) => e.message).join('; ')}`, {
      fields: result.errors,
    });
  }
  return result.record;
}
