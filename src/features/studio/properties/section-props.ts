import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import type { PropertyProblem } from './field-problems';
import type { EntityCatalog } from './use-entity-catalog';

/** What every section of the property panel gets. */
export type SectionProps = {
  field: FieldDef;
  /** The entity being designed, with unsaved changes. */
  entity: EntityDef;
  catalog: EntityCatalog;
  /** The field is published: its key and whatever its column depends on stay as they are. */
  locked: boolean;
  /** This field as last published, to tell stored option values from new ones. */
  publishedField: FieldDef | undefined;
  problems: PropertyProblem[];
  /** `coalesceKey` makes a run of keystrokes in one control a single undo step. */
  onChange: (field: FieldDef, coalesceKey?: string) => void;
};
