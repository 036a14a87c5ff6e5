import { eq, sql } from 'drizzle-orm';
import { parseEntityDef, type EntityDef } from '@/engine/metadata';
import { compareVersions } from '@/engine/templates/manifest';
import { mergeEntity, type MergeResult } from '@/engine/templates/merge-entity';
import type { Db } from '../../db/types';
import { installedTemplates } from '../../db/schema';
import { assertAdmin, type Actor } from '../../auth/actor';
import { conflict, mapDbErrors } from '../../errors';
import { loadRegistry } from '../entity-registry';
import { publishInTransaction } from '../publish-entities';
import { grantTemplateRoles } from './grant-roles';
import { installTemplateDashboards, type DashboardInstallReport } from './install-dashboards';
import { installTemplateWorkflows, type WorkflowInstallReport } from './install-workflows';
import { loadTemplate, type TemplatePackage } from './load-template';
import { seedRecords } from './seed-records';

export type InstallOptions = { sampleData?: boolean; dryRun?: boolean };
export type InstallReport = {
  key: string;
  status: 'installed' | 'upgraded' | 'up_to_date';
  fromVersion: string | null;
  version: string;
  entities: Array<{ key: string } & Omit<MergeResult, 'entity'>>;
  workflows: WorkflowInstallReport[];
  dashboards: DashboardInstallReport[];
  seeded: Record<string, number>;
  dryRun: boolean;
};

type InstalledManifest = { version: string; entities: Record<string, EntityDef>; workflows?: Record<string, unknown>; dashboards?: Record<string, unknown> };

class DryRunRollback extends Error {
  constructor(readonly report: InstallReport) {
    super('dry run');
  }
}

/**
 * Plan → apply in one transaction: merge every entity with what is installed (three-way, keeping
 * users' fields), publish, publish the workflows and dashboards nobody changed, grant roles, load sample data on a first install, remember the version.
 * A dry run does all of it and rolls back, so the preview is exactly what applying would do.
 */
export async function installTemplate(db: Db, actor: Actor, key: string, options: InstallOptions = {}): Promise<InstallReport> {
  assertAdmin(actor);
  return installPackage(db, actor, loadTemplate(key), options);
}

export async function installPackage(db: Db, actor: Actor, pkg: TemplatePackage, options: InstallOptions = {}): Promise<InstallReport> {
  const key = pkg.manifest.key;
  try {
    return await mapDbErrors(() =>
      db.transaction(async (tx) => {
        // Two admins installing at once take turns instead of publishing the same version twice.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`template:${key}`}))`);
        const [installed] = await tx.select().from(installedTemplates).where(eq(installedTemplates.key, key));
        const previous = installed ? (installed.manifest as InstalledManifest) : undefined;
        const report: InstallReport = { key, status: 'installed', fromVersion: previous?.version ?? null, version: pkg.manifest.version, entities: [], workflows: [], dashboards: [], seeded: {}, dryRun: Boolean(options.dryRun) };
        if (previous && compareVersions(previous.version, pkg.manifest.version) === 0) return { ...report, status: 'up_to_date' as const };
        if (previous && compareVersions(previous.version, pkg.manifest.version) > 0) {
          throw conflict(`Version ${previous.version} is installed; downgrading to ${pkg.manifest.version} is not supported`);
        }
        report.status = previous ? 'upgraded' : 'installed';
        const registry = await loadRegistry(tx);
        const base = (entityKey: string) => (previous?.entities[entityKey] ? parseEntityDef(previous.entities[entityKey]) : undefined);
        const merged = pkg.entities.map((theirs) => ({ key: theirs.key, ...mergeEntity(base(theirs.key), theirs, registry.get(theirs.key)) }));
        await publishInTransaction(tx, { entities: merged.map((entry) => entry.entity), forms: pkg.forms, authorId: actor.id });
        report.entities = merged.map(({ entity: _entity, ...rest }) => rest);
        report.workflows = await installTemplateWorkflows(tx, pkg.workflows, previous?.workflows ?? {}, actor.id);
        report.dashboards = await installTemplateDashboards(tx, pkg.dashboards, previous?.dashboards ?? {}, actor.id);
        await grantTemplateRoles(tx, pkg.manifest.roles);
        if (!previous && options.sampleData) report.seeded = await seedRecords(tx, await loadRegistry(tx), actor, pkg.seed);
        const manifest: InstalledManifest = {
          version: pkg.manifest.version,
          entities: Object.fromEntries(pkg.entities.map((entity) => [entity.key, entity])),
          workflows: Object.fromEntries(pkg.workflows.map((workflow) => [workflow.key, workflow])),
          dashboards: Object.fromEntries(pkg.dashboards.map((dashboard) => [dashboard.key, dashboard])),
        };
        await tx
          .insert(installedTemplates)
          .values({ key, version: pkg.manifest.version, manifest, installedBy: actor.id })
          .onConflictDoUpdate({ target: installedTemplates.key, set: { version: pkg.manifest.version, manifest, installedBy: actor.id, installedAt: new Date() } });
        if (options.dryRun) throw new DryRunRollback(report);
        return report;
      }),
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw error;
  }
}
