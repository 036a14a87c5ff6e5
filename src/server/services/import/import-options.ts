import { ImportOptionsSchema, type ImportOptions } from '@/engine/contract/import-export';
import { validationFailed } from '../../errors';

/** The multipart form's text fields as import options; `mapping` arrives as JSON text. */
export function parseImportOptions(fields: Record<string, string>): ImportOptions {
  const raw: Record<string, unknown> = {};
  for (const key of ['mode', 'keyField', 'groupBy', 'dryRun', 'reserveStock'] as const) {
    if (fields[key] !== undefined && fields[key].trim() !== '') raw[key] = fields[key].trim();
  }
  if (fields.mapping !== undefined && fields.mapping.trim() !== '') {
    try {
      raw.mapping = JSON.parse(fields.mapping);
    } catch {
      throw validationFailed('mapping must be a JSON object of header → field id, e.g. {"单价": "unit_price", "数量": "lines.qty"}');
    }
  }
  const parsed = ImportOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw validationFailed(`Invalid import options: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, { problems });
  }
  return parsed.data;
}
