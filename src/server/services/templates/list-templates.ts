import type { Db } from '../../db/types';
import { installedTemplates } from '../../db/schema';
import { assertAdmin, type Actor } from '../../auth/actor';
import { availableTemplateKeys, loadTemplate } from './load-template';

export async function listTemplates(db: Db, actor: Actor) {
  assertAdmin(actor);
  const installed = new Map((await db.select().from(installedTemplates)).map((row) => [row.key, row]));
  return availableTemplateKeys().map((key) => {
    const { manifest, entities } = loadTemplate(key);
    const current = installed.get(key);
    return {
      key,
      name: manifest.name,
      description: manifest.description ?? null,
      version: manifest.version,
      entities: entities.map((entity) => ({ key: entity.key, label: entity.label })),
      installedVersion: current?.version ?? null,
      installedAt: current?.installedAt ? new Date(current.installedAt).toISOString() : null,
    };
  });
}
