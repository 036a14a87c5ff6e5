import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseDashboardDef, type DashboardDef } from '@/engine/dashboard';
import { parseEntityDef, type EntityDef } from '@/engine/metadata';
import { TemplateManifestSchema, type TemplateManifest } from '@/engine/templates/manifest';
import { parseWorkflowDefinition, type WorkflowDefinition } from '@/engine/workflow';
import { notFound, validationFailed } from '../../errors';

export const TEMPLATES_DIR = path.join(process.cwd(), 'templates');

export type TemplatePackage = {
  manifest: TemplateManifest;
  entities: EntityDef[];
  forms: unknown[];
  workflows: WorkflowDefinition[];
  dashboards: DashboardDef[];
  seed: Array<{ entity: string; records: Array<Record<string, unknown>> }>;
};

function readJson(folder: string, file: string): unknown {
  const full = path.join(folder, file);
  // Paths come from the manifest; keep them inside the template's folder.
  if (!full.startsWith(folder + path.sep)) throw validationFailed(`template file "${file}" is outside the template`);
  return JSON.parse(readFileSync(full, 'utf8'));
}

export function availableTemplateKeys(): string[] {
  if (!existsSync(TEMPLATES_DIR)) return [];
  return readdirSync(TEMPLATES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(TEMPLATES_DIR, entry.name, 'template.json')))
    .map((entry) => entry.name)
    .sort();
}

export function loadTemplate(key: string): TemplatePackage {
  if (!availableTemplateKeys().includes(key)) throw notFound(`No template "${key}"`);
  const folder = path.join(TEMPLATES_DIR, key);
  const parsed = TemplateManifestSchema.safeParse(readJson(folder, 'template.json'));
  if (!parsed.success) throw validationFailed(`template ${key}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  const manifest = parsed.data;
  return {
    manifest,
    entities: manifest.entities.map((file) => parseEntityDef(readJson(folder, file))),
    forms: manifest.forms.map((file) => readJson(folder, file)),
    workflows: manifest.workflows.map((file) => {
      const workflow = parseWorkflowDefinition(readJson(folder, file));
      if (!workflow.success) throw validationFailed(`template ${key}, ${file}: ${workflow.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      return workflow.data;
    }),
    dashboards: manifest.dashboards.map((file) => {
      const dashboard = parseDashboardDef(readJson(folder, file));
      if (!dashboard.ok) throw validationFailed(`template ${key}, ${file}: ${dashboard.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
      return dashboard.dashboard;
    }),
    seed: Object.entries(manifest.seed).map(([entity, file]) => ({ entity, records: readJson(folder, file) as Array<Record<string, unknown>> })),
  };
}
