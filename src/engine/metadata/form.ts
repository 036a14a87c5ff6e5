import { z } from 'zod';
import type { EntityDef } from './entity';
import { activeFields } from './entity';
import { LabelSchema, MetadataKeySchema } from './keys';

export const FORM_SCHEMA_VERSION = 1;

/** Description text may run longer than a label. */
const TextSchema = z.object({
  'zh-CN': z.string().min(1).max(2000),
  en: z.string().min(1).max(2000).optional(),
});

/**
 * Presentation only: which fields appear where. Field semantics live in the entity definition.
 * `fields` lists the section's grid cells in order: field ids, and ids of the form's `blocks`
 * (a block takes a whole row), so a divider can sit between any two fields.
 */
export const FormSectionSchema = z.object({
  id: MetadataKeySchema,
  title: LabelSchema.optional(),
  columns: z.number().int().min(1).max(4).default(2),
  fields: z.array(MetadataKeySchema).max(500),
  /** The tab showing this section; a section without one is shown outside the tabs. */
  tab: MetadataKeySchema.optional(),
});

export const FormTabSchema = z.object({ id: MetadataKeySchema, title: LabelSchema });

export const FormBlockSchema = z.discriminatedUnion('kind', [
  z.object({ id: MetadataKeySchema, kind: z.literal('divider'), title: LabelSchema.optional() }),
  z.object({ id: MetadataKeySchema, kind: z.literal('text'), text: TextSchema }),
]);

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/**
 * Layout additions are optional and add no defaults, so a form stored before they existed parses
 * to exactly what it parsed to before. Only the additions are checked here: a stored form that
 * predates them can never start failing to load.
 */
export const FormDefSchema = z
  .object({
    schemaVersion: z.literal(FORM_SCHEMA_VERSION),
    key: MetadataKeySchema,
    entity: MetadataKeySchema,
    sections: z.array(FormSectionSchema).min(1).max(100),
    /** Sections with a `tab` are shown in tabs, in this order, where the first of them stands. */
    tabs: z.array(FormTabSchema).max(20).optional(),
    /** Dividers and description text, placed by listing their ids among a section's `fields`. */
    blocks: z.array(FormBlockSchema).max(200).optional(),
    /** Columns shown by the record list, in order. */
    listColumns: z.array(MetadataKeySchema).max(100).optional(),
  })
  .superRefine((form, ctx) => {
    const tabIds = (form.tabs ?? []).map((tab) => tab.id);
    for (const id of duplicates(tabIds)) ctx.addIssue({ code: 'custom', path: ['tabs'], message: `tab "${id}" is defined more than once` });
    for (const id of duplicates((form.blocks ?? []).map((block) => block.id))) ctx.addIssue({ code: 'custom', path: ['blocks'], message: `block "${id}" is defined more than once` });
    form.sections.forEach((section, index) => {
      if (section.tab !== undefined && !tabIds.includes(section.tab)) {
        ctx.addIssue({ code: 'custom', path: ['sections', index, 'tab'], message: `section "${section.id}" is in tab "${section.tab}", which the form does not define` });
      }
    });
  });

export type FormSection = z.infer<typeof FormSectionSchema>;
export type FormTab = z.infer<typeof FormTabSchema>;
export type FormBlock = z.infer<typeof FormBlockSchema>;
export type FormDef = z.infer<typeof FormDefSchema>;

/** The form an entity gets before anyone designs one: every active field, one section. */
export function defaultForm(entity: EntityDef): FormDef {
  const fields = activeFields(entity);
  return {
    schemaVersion: FORM_SCHEMA_VERSION,
    key: entity.key,
    entity: entity.key,
    sections: [{ id: 'main', columns: 2, fields: fields.map((field) => field.id) }],
    listColumns: fields.filter((field) => field.type !== 'child_table' && field.type !== 'long_text').slice(0, 6).map((field) => field.id),
  };
}

/** What a form shows, top to bottom: sections outside tabs, and the tabs where their first section stands. */
export type FormLayoutNode = { kind: 'section'; section: FormSection } | { kind: 'tabs'; tabs: Array<{ tab: FormTab; sections: FormSection[] }> };

export function formLayout(form: FormDef): FormLayoutNode[] {
  const groups = (form.tabs ?? []).map((tab) => ({ tab, sections: [] as FormSection[] }));
  const tabsNode: FormLayoutNode = { kind: 'tabs', tabs: groups };
  const nodes: FormLayoutNode[] = [];
  for (const section of form.sections) {
    const group = groups.find((candidate) => candidate.tab.id === section.tab);
    if (!group) {
      nodes.push({ kind: 'section', section });
      continue;
    }
    if (!nodes.includes(tabsNode)) nodes.push(tabsNode);
    group.sections.push(section);
  }
  if (groups.length > 0 && !nodes.includes(tabsNode)) nodes.push(tabsNode);
  return nodes;
}

/** Sections in the order a reader meets them (tab by tab inside the tabs). */
export function displaySections(form: FormDef): FormSection[] {
  return formLayout(form).flatMap((node) => (node.kind === 'section' ? [node.section] : node.tabs.flatMap((group) => group.sections)));
}

export function findBlock(form: FormDef, id: string): FormBlock | undefined {
  return form.blocks?.find((block) => block.id === id);
}

/**
 * What only the entity can tell: every cell names a field of the entity or a block of the form,
 * nothing is placed twice, and the list shows only fields. Removed fields still count as known:
 * their place is kept, and renderers skip them.
 */
export function checkFormReferences(form: FormDef, entity: EntityDef): string[] {
  const problems: string[] = [];
  if (form.entity !== entity.key) problems.push(`form "${form.key}" is for entity "${form.entity}", not "${entity.key}"`);
  const fieldIds = new Set(entity.fields.map((field) => field.id));
  const blockIds = new Set((form.blocks ?? []).map((block) => block.id));
  for (const id of duplicates(form.sections.map((section) => section.id))) problems.push(`section "${id}" is defined more than once`);
  for (const id of blockIds) if (fieldIds.has(id)) problems.push(`block "${id}" has the id of a field of ${entity.key}`);
  const placedIn = new Map<string, string[]>();
  for (const section of form.sections) {
    for (const id of section.fields) {
      if (!fieldIds.has(id) && !blockIds.has(id)) problems.push(`section "${section.id}" shows "${id}", which is not a field of ${entity.key}`);
      placedIn.set(id, [...(placedIn.get(id) ?? []), section.id]);
    }
  }
  for (const [id, sections] of placedIn) {
    if (sections.length > 1) problems.push(`"${id}" is placed more than once (sections ${sections.map((section) => `"${section}"`).join(', ')})`);
  }
  for (const id of form.listColumns ?? []) if (!fieldIds.has(id)) problems.push(`list column "${id}" is not a field of ${entity.key}`);
  return problems;
}
