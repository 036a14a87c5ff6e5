import type { Label } from '@/engine/metadata/keys';

export type TemplateRow = {
  key: string;
  name: Label;
  description: Label | null;
  version: string;
  entities: Array<{ key: string; label: Label }>;
  installedVersion: string | null;
  installedAt: string | null;
};

/** A workflow or dashboard the install publishes, leaves as it is, or keeps because a designer changed it. */
export type PublishedPart = { key: string; outcome: 'publish' | 'unchanged' | 'kept'; version: number | null };

export type InstallReport = {
  status: 'installed' | 'upgraded' | 'up_to_date';
  fromVersion: string | null;
  version: string;
  entities: Array<{ key: string; added: string[]; updated: string[]; removed: string[]; kept: string[]; conflicts: string[] }>;
  workflows: PublishedPart[];
  /** Absent from servers that predate dashboards. */
  dashboards?: PublishedPart[];
  seeded: Record<string, number>;
  dryRun: boolean;
};
