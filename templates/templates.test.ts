import { describe, expect, it } from 'vitest';
import { validateDashboard } from '@/engine/dashboard';
import { checkEntityReferences } from '@/engine/metadata';
import { checkEntitySemantics } from '@/engine/metadata/check-semantics';
import { checkFormulas } from '@/engine/rules';
import { validateDefinition } from '@/engine/workflow';
import { installTemplate } from '@/server/services/templates/install-template';
import { availableTemplateKeys, loadTemplate } from '@/server/services/templates/load-template';
import { openTestDb } from '@/server/testing/test-db';
import { testActor } from '@/server/testing/test-actors';

// Every template in this folder must load, pass every metadata check and install with its sample data.
describe.each(availableTemplateKeys())('template %s', (key) => {
  it('has valid, consistent definitions', () => {
    const pkg = loadTemplate(key);
    const byKey = new Map(pkg.entities.map((entity) => [entity.key, entity]));
    const problems = pkg.entities.flatMap((entity) => [
      ...checkEntityReferences(entity, (other) => byKey.get(other)),
      ...checkEntitySemantics(entity, (other) => byKey.get(other)),
      ...checkFormulas(entity),
    ]);
    expect(problems).toEqual([]);
    expect(new Set(pkg.entities.map((entity) => entity.key)).size).toBe(pkg.entities.length);
  });

  it('ships workflows that pass every check against its own entities', () => {
    const pkg = loadTemplate(key);
    const byKey = new Map(pkg.entities.map((entity) => [entity.key, entity]));
    const problems = pkg.workflows.flatMap((workflow) => validateDefinition(workflow, { entity: byKey.get(workflow.entity) }).map((problem) => `${workflow.key}: ${problem.message.en}`));
    expect(problems).toEqual([]);
    expect(pkg.workflows.every((workflow) => byKey.has(workflow.entity))).toBe(true);
  });

  it('ships dashboards that pass every check against its own entities', () => {
    const pkg = loadTemplate(key);
    const byKey = new Map(pkg.entities.map((entity) => [entity.key, entity]));
    const problems = pkg.dashboards.flatMap((dashboard) => validateDashboard(dashboard, (other) => byKey.get(other)).map((problem) => `${dashboard.key}: ${problem.message.en}`));
    expect(problems).toEqual([]);
    expect(new Set(pkg.dashboards.map((dashboard) => dashboard.key)).size).toBe(pkg.dashboards.length);
    const roles = new Set(['admin', 'designer', ...pkg.manifest.roles.map((role) => role.key)]);
    expect(pkg.dashboards.flatMap((dashboard) => dashboard.roles ?? []).filter((role) => !roles.has(role))).toEqual([]);
  });

  it('installs into an empty database with its sample data', async () => {
    const handle = await openTestDb('pglite');
    try {
      const admin = await testActor(handle.db, ['admin']);
      const report = await installTemplate(handle.db, admin, key, { sampleData: true });
      expect(report.status).toBe('installed');
      const pkg = loadTemplate(key);
      expect(report.seeded).toEqual(Object.fromEntries(pkg.seed.map((seed) => [seed.entity, seed.records.length])));
      expect(report.workflows).toEqual(pkg.workflows.map((workflow) => ({ key: workflow.key, outcome: 'publish', version: 1 })));
      expect(report.dashboards).toEqual(pkg.dashboards.map((dashboard) => ({ key: dashboard.key, outcome: 'publish', version: 1 })));
    } finally {
      await handle.close();
    }
  });
});
