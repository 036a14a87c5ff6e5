import type { EntityAction, EntityView } from '@/engine/contract/api-types';
import { activeFields, type EntityDef, type EntityLookup } from '@/engine/metadata/entity';
import type { StudioDoc } from '../studio-document';

/** The preview shows the form for a new record; nothing it does is saved. */
const PREVIEW_PERMISSIONS: EntityAction[] = ['read', 'create'];

/**
 * The view GET /api/v1/entities/{key} would return once the document is published: the unsaved
 * entity and form, with the same `related` map the server builds (relation and child-table
 * targets, the child tables' own targets, reservation targets). The document's own entities win
 * over the catalog's published ones, so unsaved changes to line items show too.
 */
export function buildPreviewView(doc: StudioDoc, catalog: EntityLookup): EntityView {
  const lookup: EntityLookup = (key) =>
    key === doc.entity.key ? doc.entity : (doc.children?.find((child) => child.key === key) ?? catalog(key));
  const related: Record<string, EntityDef> = {};
  const collect = (entity: EntityDef) => {
    for (const field of activeFields(entity)) {
      if (field.type !== 'relation' && field.type !== 'child_table') continue;
      const target = lookup(field.entity);
      if (!target || related[target.key]) continue;
      related[target.key] = target;
      if (field.type === 'child_table') collect(target);
    }
  };
  collect(doc.entity);
  for (const reservation of doc.entity.reservations ?? []) {
    const target = lookup(reservation.target.entity);
    if (target) related[target.key] = target;
  }
  return { entity: doc.entity, form: doc.form, related, permissions: PREVIEW_PERMISSIONS };
}
