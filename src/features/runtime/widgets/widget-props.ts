import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef, FieldOf, FieldType, SelectOption } from '@/engine/metadata/field';
import type { RelationExtras } from './relation-select';

/**
 * What every field widget gets. `id` goes to the focusable element so a <label htmlFor> and tests
 * can reach it; `ariaLabel` names inputs that have no visible label (child-table cells).
 */
export type WidgetProps<T extends FieldType = FieldType, V = unknown> = {
  id: string;
  field: FieldOf<T>;
  value: V | null | undefined;
  onChange: (value: V | null) => void;
  onBlur?: () => void;
  disabled?: boolean;
  invalid?: boolean;
  ariaLabel?: string;
  /** Hint shown in an empty input (the field's placeholder). */
  placeholder?: string;
  /** Selects: the options offered for this record, when rules narrow the field's list. */
  options?: SelectOption[];
  /** Relation widgets: the target entity (for its title field) and the current record's title. */
  target?: EntityDef;
  displayLabel?: string | null;
  /** Relation widgets: extra option details and a callback with the picked record. */
  relation?: RelationExtras;
};

export type AnyWidgetProps = Omit<WidgetProps, 'field'> & { field: FieldDef };

export const status = (invalid?: boolean) => (invalid ? ('error' as const) : undefined);
