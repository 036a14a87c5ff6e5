import { z } from 'zod';
import type { StudioDoc } from '../studio-document';

/**
 * The designer and its preview frame talk through window.postMessage: the frame says it is ready,
 * the designer answers with the unsaved document (again after every change). Both sides accept
 * messages only from the other window of the same origin.
 */
export const PREVIEW_READY = 'studio-preview:ready';
export const PREVIEW_DOCUMENT = 'studio-preview:document';

export type PreviewReadyMessage = { type: typeof PREVIEW_READY };
export type PreviewDocumentMessage = { type: typeof PREVIEW_DOCUMENT; doc: StudioDoc };

export const readyMessage = (): PreviewReadyMessage => ({ type: PREVIEW_READY });
export const documentMessage = (doc: StudioDoc): PreviewDocumentMessage => ({
  type: PREVIEW_DOCUMENT,
  doc: { entity: doc.entity, form: doc.form, ...(doc.children ? { children: doc.children } : {}) },
});

export function isReadyMessage(data: unknown): data is PreviewReadyMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PREVIEW_READY;
}

/*
 * Only the structure the renderer walks is checked, not the full metadata schema: a draft being
 * designed may still hold an unfinished field (a relation without its entity, an empty label)
 * that publishing would refuse, and the designer wants to see the rest of the form meanwhile.
 */
const Label = z.looseObject({ 'zh-CN': z.string() });
const Field = z.looseObject({ id: z.string(), type: z.string(), label: Label });
const Entity = z.looseObject({ key: z.string(), label: Label, fields: z.array(Field) });
const Section = z.looseObject({ id: z.string(), fields: z.array(z.string()), columns: z.number().optional(), tab: z.string().optional() });
const Form = z.looseObject({
  sections: z.array(Section).min(1),
  tabs: z.array(z.looseObject({ id: z.string(), title: Label })).optional(),
  blocks: z.array(z.looseObject({ id: z.string(), kind: z.enum(['divider', 'text']) })).optional(),
});
const DocumentMessage = z.object({
  type: z.literal(PREVIEW_DOCUMENT),
  doc: z.object({ entity: Entity, form: Form, children: z.array(Entity).optional() }),
});

export type ParsedPreviewMessage = { kind: 'document'; doc: StudioDoc } | { kind: 'invalid' } | { kind: 'other' };

/** A document for `entityKey`, a document message that cannot be rendered, or something else entirely. */
export function parsePreviewMessage(data: unknown, entityKey: string): ParsedPreviewMessage {
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== PREVIEW_DOCUMENT) return { kind: 'other' };
  const parsed = DocumentMessage.safeParse(data);
  if (!parsed.success || parsed.data.doc.entity.key !== entityKey) return { kind: 'invalid' };
  // The checked structure is what the renderer relies on; the rest is the designer's own document, passed on as is.
  return { kind: 'document', doc: parsed.data.doc as unknown as StudioDoc };
}
