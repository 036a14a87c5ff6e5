import { z } from 'zod';
import { RolePermissionsSchema } from '../auth/permissions';
import { LabelSchema, MetadataKeySchema } from '../metadata/keys';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

/** template.json: what a template package contains; file paths are relative to its folder. */
export const TemplateManifestSchema = z.object({
  schemaVersion: z.literal(1),
  key: z.string().regex(/^[a-z][a-z0-9-]{1,60}$/),
  version: z.string().regex(SEMVER, { message: 'must be a semantic version such as 1.2.0' }),
  name: LabelSchema,
  description: LabelSchema.optional(),
  entities: z.array(z.string().regex(/^[\w./-]+\.json$/)).min(1),
  forms: z.array(z.string().regex(/^[\w./-]+\.json$/)).default([]),
  /** Workflow definitions, published on install; an upgrade leaves alone any a designer has changed. */
  workflows: z.array(z.string().regex(/^[\w./-]+\.json$/)).default([]),
  /** Dashboard definitions, published on install under the same rule as workflows. */
  dashboards: z.array(z.string().regex(/^[\w./-]+\.json$/)).default([]),
  /** Entity grants the template adds to roles (created when missing). */
  roles: z.array(z.object({ key: MetadataKeySchema, label: LabelSchema, permissions: RolePermissionsSchema })).default([]),
  /** Sample records by entity key, loaded on first install when asked for. */
  seed: z.record(MetadataKeySchema, z.string().regex(/^[\w./-]+\.json$/)).default({}),
});

export type TemplateManifest = z.infer<typeof TemplateManifestSchema>;

export function compareVersions(a: string, b: string): number {
  const pa = SEMVER.exec(a)!.slice(1).map(Number);
  const pb = SEMVER.exec(b)!.slice(1).map(Number);
  for (let i = 0; i < 3; i += 1) if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  return 0;
}
