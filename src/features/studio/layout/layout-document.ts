import { displaySections, formLayout, type FormBlock, type FormDef, type FormLayoutNode, type FormSection, type FormTab } from '@/engine/metadata/form';
import type { Label } from '@/engine/metadata/keys';
import type { StudioDoc } from '../studio-document';

/** A selectable layout item of the form (fields are selected by their own id). */
export type LayoutRef = { kind: 'section' | 'tab' | 'block'; id: string };
export type SectionColumns = 1 | 2 | 3 | 4;
export type BlockKind = FormBlock['kind'];
/** What the palette's layout group offers. */
export type LayoutPaletteItem = { kind: 'section' } | { kind: 'columns'; columns: SectionColumns } | { kind: 'tabs' } | { kind: BlockKind };

/** The layout group of the palette, in order: a plain section has two columns, like a new form. */
export const LAYOUT_PALETTE: readonly LayoutPaletteItem[] = [
  { kind: 'section' },
  { kind: 'columns', columns: 1 },
  { kind: 'columns', columns: 2 },
  { kind: 'columns', columns: 3 },
  { kind: 'columns', columns: 4 },
  { kind: 'tabs' },
  { kind: 'divider' },
  { kind: 'text' },
];

export function paletteColumns(item: LayoutPaletteItem): SectionColumns {
  return item.kind === 'columns' ? item.columns : 2;
}
/** Where a new section goes: after the section a drop landed on (in its tab), or at the end of a tab. */
export type SectionPlacement = { afterSection: string } | { inTab: string };

/** `<prefix>_<n>` with the first n nobody uses. */
export function freeId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}_${n}`)) n += 1;
  return `${prefix}_${n}`;
}

/** Blocks share the cells of a section with fields, so their ids must stay clear of field ids. */
export function slotIds(doc: StudioDoc): string[] {
  return [...doc.entity.fields.map((field) => field.id), ...(doc.form.blocks ?? []).map((block) => block.id)];
}

export function newBlock(kind: BlockKind, id: string): FormBlock {
  return kind === 'divider' ? { id, kind } : { id, kind, text: { 'zh-CN': '说明文字', en: 'Description text' } };
}

export function newSectionTitle(): Label {
  return { 'zh-CN': '新分区', en: 'New section' };
}

export function newTabTitle(n: number): Label {
  return { 'zh-CN': `标签页 ${n}`, en: `Tab ${n}` };
}

function withForm(doc: StudioDoc, form: FormDef): StudioDoc {
  return { ...doc, form };
}

/** Rebuilds `sections` in reading order, so array order and what the designer sees agree. */
function fromLayout(form: FormDef, nodes: FormLayoutNode[]): FormDef {
  return { ...form, sections: nodes.flatMap((node) => (node.kind === 'section' ? [node.section] : node.tabs.flatMap((group) => group.sections))) };
}

function insertSection(form: FormDef, section: FormSection, placement: SectionPlacement): FormDef {
  const sections = [...form.sections];
  if ('afterSection' in placement) {
    const index = sections.findIndex((candidate) => candidate.id === placement.afterSection);
    const after = sections[index];
    sections.splice(index < 0 ? sections.length : index + 1, 0, after?.tab ? { ...section, tab: after.tab } : section);
    return { ...form, sections };
  }
  const last = sections.findLastIndex((candidate) => candidate.tab === placement.inTab);
  sections.splice(last < 0 ? sections.length : last + 1, 0, { ...section, tab: placement.inTab });
  return { ...form, sections };
}

export function addSection(doc: StudioDoc, section: FormSection, placement: SectionPlacement): StudioDoc {
  return withForm(doc, insertSection(doc.form, section, placement));
}

/** A tab comes with an empty section to drop fields into; the first tab opens the tabs where it was dropped. */
export function addTab(doc: StudioDoc, tab: FormTab, section: FormSection, placement: SectionPlacement): StudioDoc {
  const tabs = [...(doc.form.tabs ?? [])];
  const besideTab = 'inTab' in placement ? placement.inTab : doc.form.sections.find((candidate) => candidate.id === placement.afterSection)?.tab;
  const besideIndex = tabs.findIndex((candidate) => candidate.id === besideTab);
  tabs.splice(besideIndex < 0 ? tabs.length : besideIndex + 1, 0, tab);
  const afterSection = 'afterSection' in placement ? placement.afterSection : doc.form.sections.findLast((candidate) => candidate.tab === placement.inTab)?.id;
  const sections = [...doc.form.sections];
  const index = sections.findIndex((candidate) => candidate.id === afterSection);
  sections.splice(index < 0 ? sections.length : index + 1, 0, { ...section, tab: tab.id });
  return withForm(doc, { ...doc.form, tabs, sections });
}

/** Puts a block into a section's cells at `index` (clamped). */
export function addBlock(doc: StudioDoc, block: FormBlock, sectionId: string, index: number): StudioDoc {
  return withForm(doc, {
    ...doc.form,
    blocks: [...(doc.form.blocks ?? []), block],
    sections: doc.form.sections.map((section) => {
      if (section.id !== sectionId) return section;
      const fields = [...section.fields];
      fields.splice(Math.max(0, Math.min(index, fields.length)), 0, block.id);
      return { ...section, fields };
    }),
  });
}

export type SectionPatch = Partial<Pick<FormSection, 'title' | 'columns' | 'tab'>>;

/** `undefined` in the patch clears a property (no title, no tab). */
export function updateSection(doc: StudioDoc, sectionId: string, patch: SectionPatch): StudioDoc {
  return withForm(doc, {
    ...doc.form,
    sections: doc.form.sections.map((section) => {
      if (section.id !== sectionId) return section;
      const next: FormSection = { ...section, ...patch };
      for (const key of ['title', 'tab'] as const) if (key in patch && patch[key] === undefined) delete next[key];
      return next;
    }),
  });
}

export function updateTab(doc: StudioDoc, tabId: string, title: Label): StudioDoc {
  return withForm(doc, { ...doc.form, tabs: doc.form.tabs?.map((tab) => (tab.id === tabId ? { ...tab, title } : tab)) });
}

export function updateBlock(doc: StudioDoc, block: FormBlock): StudioDoc {
  return withForm(doc, { ...doc.form, blocks: doc.form.blocks?.map((candidate) => (candidate.id === block.id ? block : candidate)) });
}

/**
 * One step up or down as the reader sees it: within its tab for a section in a tab; past a
 * neighbouring section or the whole tabs group otherwise.
 */
export function moveSection(doc: StudioDoc, sectionId: string, offset: -1 | 1): StudioDoc {
  const nodes = formLayout(doc.form);
  const section = doc.form.sections.find((candidate) => candidate.id === sectionId);
  if (!section) return doc;
  const group = section.tab ? nodes.flatMap((node) => (node.kind === 'tabs' ? node.tabs : [])).find((candidate) => candidate.tab.id === section.tab) : undefined;
  if (group) {
    const sections = [...group.sections];
    if (!swap(sections, sections.indexOf(section), offset)) return doc;
    group.sections = sections;
    return withForm(doc, fromLayout(doc.form, nodes));
  }
  const index = nodes.findIndex((node) => node.kind === 'section' && node.section.id === sectionId);
  return swap(nodes, index, offset) ? withForm(doc, fromLayout(doc.form, nodes)) : doc;
}

function swap<T>(items: T[], index: number, offset: -1 | 1): boolean {
  const other = index + offset;
  if (index < 0 || other < 0 || other >= items.length) return false;
  [items[index], items[other]] = [items[other], items[index]];
  return true;
}

/** Where a deleted section's cells go: the section before it as the reader sees it, else the one after. */
export function heirOf(form: FormDef, sectionId: string): { section: FormSection; before: boolean } | undefined {
  const sections = displaySections(form);
  const index = sections.findIndex((section) => section.id === sectionId);
  if (index < 0) return undefined;
  if (index > 0) return { section: sections[index - 1], before: true };
  return sections[index + 1] ? { section: sections[index + 1], before: false } : undefined;
}

/** Its fields and blocks move to the neighbouring section, never lost; the only section stays. */
export function removeSection(doc: StudioDoc, sectionId: string): StudioDoc {
  const removed = doc.form.sections.find((section) => section.id === sectionId);
  const heir = heirOf(doc.form, sectionId);
  if (!removed || !heir) return doc;
  const sections = doc.form.sections
    .filter((section) => section.id !== sectionId)
    .map((section) => {
      if (section.id !== heir.section.id) return section;
      return { ...section, fields: heir.before ? [...section.fields, ...removed.fields] : [...removed.fields, ...section.fields] };
    });
  return withForm(doc, { ...doc.form, sections });
}

/** Where a deleted tab's sections go: the tab before it, else the one after, else out of the tabs. */
export function tabHeirOf(form: FormDef, tabId: string): { tab: FormTab; before: boolean } | undefined {
  const tabs = form.tabs ?? [];
  const index = tabs.findIndex((tab) => tab.id === tabId);
  if (index < 0) return undefined;
  if (index > 0) return { tab: tabs[index - 1], before: true };
  return tabs[index + 1] ? { tab: tabs[index + 1], before: false } : undefined;
}

export function removeTab(doc: StudioDoc, tabId: string): StudioDoc {
  const heir = tabHeirOf(doc.form, tabId);
  const nodes = formLayout(doc.form);
  const tabsNode = nodes.find((node) => node.kind === 'tabs');
  if (!tabsNode || tabsNode.kind !== 'tabs') return doc;
  const leaving = tabsNode.tabs.find((group) => group.tab.id === tabId);
  if (!leaving) return doc;
  const rest = tabsNode.tabs.filter((group) => group !== leaving);
  const heirGroup = rest.find((group) => group.tab.id === heir?.tab.id);
  let nextNodes: FormLayoutNode[];
  if (heirGroup) {
    const moved = leaving.sections.map((section) => ({ ...section, tab: heirGroup.tab.id }));
    heirGroup.sections = heir?.before ? [...heirGroup.sections, ...moved] : [...moved, ...heirGroup.sections];
    nextNodes = nodes.map((node) => (node === tabsNode ? { kind: 'tabs', tabs: rest } : node));
  } else {
    const freed = leaving.sections.map(({ tab: _tab, ...section }) => ({ kind: 'section' as const, section }));
    nextNodes = nodes.flatMap((node) => (node === tabsNode ? freed : [node]));
  }
  const form = fromLayout(doc.form, nextNodes);
  const tabs = (doc.form.tabs ?? []).filter((tab) => tab.id !== tabId);
  if (tabs.length > 0) return withForm(doc, { ...form, tabs });
  const { tabs: _tabs, ...withoutTabs } = form;
  return withForm(doc, withoutTabs);
}

export function removeBlock(doc: StudioDoc, blockId: string): StudioDoc {
  const blocks = (doc.form.blocks ?? []).filter((block) => block.id !== blockId);
  const sections = doc.form.sections.map((section) => ({ ...section, fields: section.fields.filter((id) => id !== blockId) }));
  if (blocks.length > 0) return withForm(doc, { ...doc.form, sections, blocks });
  const { blocks: _blocks, ...rest } = doc.form;
  return withForm(doc, { ...rest, sections });
}

/** The tab a layout item or a cell is shown in, if any. */
export function tabOf(form: FormDef, ref: LayoutRef | { kind: 'cell'; id: string }): string | undefined {
  if (ref.kind === 'tab') return ref.id;
  if (ref.kind === 'section') return form.sections.find((section) => section.id === ref.id)?.tab;
  return form.sections.find((section) => section.fields.includes(ref.id))?.tab;
}
