import { sql, type SQL } from 'drizzle-orm';

/** drizzle's sql.identifier() quotes a name; wrapping it keeps every helper returning SQL. */
const identifier = (name: string): SQL => sql`${sql.identifier(name)}`;
import { METADATA_KEY_PATTERN } from '@/engine/metadata/keys';

/** Every identifier passes the metadata key pattern again here, so no unchecked text reaches SQL. */
export function checkedKey(key: string): string {
  if (!METADATA_KEY_PATTERN.test(key)) throw new Error(`refusing unsafe SQL identifier "${key}"`);
  return key;
}

export function entityTable(entityKey: string): SQL {
  return identifier(`e_${checkedKey(entityKey)}`);
}

export function column(fieldId: string): SQL {
  return identifier(checkedKey(fieldId));
}

export function constraintName(...parts: string[]): SQL {
  return identifier(parts.map(checkedKey).join('_').slice(0, 63));
}
