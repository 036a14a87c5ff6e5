'use client';

import type { SyntheticEvent } from 'react';
import type { FieldOf } from '@/engine/metadata/field';
import { ChildTableDesigner } from './child-table-designer';
import { useChildTableScope } from './child-table-scope';

// The designer sits inside a draggable card: its presses and keys must not start a drag.
const keepFromCard = (event: SyntheticEvent) => event.stopPropagation();

/** The child-table designer as shown in the field's card on the canvas; nothing outside a ChildTableScope. */
export function ChildTableCardDesigner({ field }: { field: FieldOf<'child_table'> }) {
  const scope = useChildTableScope();
  if (!scope) return null;
  const { doc, loaded, dispatch } = scope;
  const child = doc.children?.find((candidate) => candidate.key === field.entity);
  const stored = loaded.children?.find((candidate) => candidate.key === field.entity)?.fields.map((column) => column.id) ?? [];
  return (
    <div onPointerDown={keepFromCard} onKeyDown={keepFromCard} style={{ marginTop: 8, cursor: 'default' }}>
      <ChildTableDesigner
        field={field}
        child={child}
        storedColumnIds={stored}
        onChildChange={(next, coalesceKey) => dispatch({ type: 'updateChild', child: next, coalesceKey })}
        onFieldChange={(next) => dispatch({ type: 'update', fieldId: field.id, field: next })}
      />
    </div>
  );
}
