import { activeFields, type EntityDef } from '../metadata/entity';
import type { FieldDef } from '../metadata/field';
import { labelText } from '../metadata/keys';

type JsonSchema = Record<string, unknown>;

const decimal = (scale: number): JsonSchema => ({ type: 'string', pattern: `^-?\\d+(\\.\\d{1,${scale}})?$`, description: `exact decimal, ${scale} places` });

function fieldSchema(field: FieldDef, entities: Map<string, EntityDef>): JsonSchema {
  const described = (schema: JsonSchema): JsonSchema => ({ ...schema, title: labelText(field.label, 'en'), nullable: !field.required });
  switch (field.type) {
    case 'text':
    case 'long_text':
      return described({ type: 'string', ...(field.maxLength ? { maxLength: field.maxLength } : {}) });
    case 'email':
      return described({ type: 'string', format: 'email' });
    case 'phone':
      return described({ type: 'string' });
    case 'number':
      return described(field.integer ? { type: 'integer' } : decimal(field.scale));
    case 'money':
      return described(decimal(2));
    case 'date':
      return described({ type: 'string', format: 'date' });
    case 'datetime':
      return described({ type: 'string', format: 'date-time' });
    case 'boolean':
      return described({ type: 'boolean' });
    case 'single_select':
      return described({ type: 'string', enum: field.options.map((option) => option.value) });
    case 'multi_select':
      return described({ type: 'array', items: { type: 'string', enum: field.options.map((option) => option.value) } });
    case 'relation':
      return described({ type: 'string', format: 'uuid', description: `id of a ${field.entity} record` });
    case 'child_table': {
      const child = entities.get(field.entity);
      return described({ type: 'array', items: child ? { $ref: `#/components/schemas/${child.key}_input` } : {} });
    }
    case 'auto_number':
      return described({ type: 'string', readOnly: true });
    case 'rollup':
      return described({ readOnly: true, ...decimal(field.scale ?? 2) });
    case 'formula':
      return described({ readOnly: true, ...(field.resultType === 'number' || field.resultType === 'money' ? decimal(field.scale ?? 2) : { type: field.resultType === 'date' ? 'string' : field.resultType }) });
  }
}

function inputSchema(entity: EntityDef, entities: Map<string, EntityDef>): JsonSchema {
  const fields = activeFields(entity).filter((field) => field.type !== 'auto_number' && field.type !== 'formula');
  return {
    type: 'object',
    additionalProperties: false,
    required: fields.filter((field) => field.required).map((field) => field.id),
    properties: Object.fromEntries(fields.map((field) => [field.id, fieldSchema(field, entities)])),
  };
}

function recordSchema(entity: EntityDef, entities: Map<string, EntityDef>): JsonSchema {
  return {
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uuid' },
      version: { type: 'integer' },
      created_at: { type: 'string', format: 'date-time' },
      updated_at: { type: 'string', format: 'date-time' },
      created_by: { type: 'string', format: 'uuid', nullable: true },
      ...Object.fromEntries(activeFields(entity).map((field) => [field.id, fieldSchema(field, entities)])),
    },
  };
}

const errorRef = { $ref: '#/components/responses/Error' };

/** The initiator's picks for approval nodes that ask for them (see GET …/choices): { workflowKey: { nodeKey: [userId] } }. */
const approversSchema = {
  type: 'object',
  description: "Approvers the caller picks for workflow nodes taking the initiator's choice, by workflow key and node key",
  additionalProperties: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string', format: 'uuid' }, maxItems: 50 } },
};

function recordPaths(entity: EntityDef): Record<string, unknown> {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const body = { required: true, content: { 'application/json': { schema: ref(`${entity.key}_input`) } } };
  const one = { content: { 'application/json': { schema: ref(entity.key) } } };
  const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
  return {
    [`/records/${entity.key}`]: {
      get: {
        summary: `List ${labelText(entity.label, 'en')}`,
        parameters: ['filter', 'sort', 'page', 'pageSize', 'q'].map((name) => ({ name, in: 'query', schema: { type: name.startsWith('page') ? 'integer' : 'string' } })),
        responses: { 200: { description: '{data, total, page, pageSize}' }, 400: errorRef, 401: errorRef, 403: errorRef },
      },
      post: {
        summary: `Create a ${entity.key} record`,
        parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 } }],
        requestBody: body,
        responses: { 201: one, 401: errorRef, 403: errorRef, 409: errorRef, 422: errorRef },
      },
    },
    ...actionPaths(entity, one, idParam),
    [`/import/${entity.key}`]: {
      post: {
        summary: `Import ${entity.key} records from an .xlsx or .csv file (multipart field "file")`,
        responses: { 200: { description: 'dry run: headers, suggested mapping, preview' }, 202: { description: '{jobId}' }, 413: errorRef, 415: errorRef, 422: errorRef },
      },
    },
    [`/export/${entity.key}`]: {
      get: {
        summary: `Export the filtered ${entity.key} list`,
        parameters: ['format', 'filter', 'sort', 'locale'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
        responses: { 200: { description: 'xlsx or csv file' }, 403: errorRef },
      },
    },
    [`/records/${entity.key}/{id}`]: {
      parameters: [idParam],
      get: { responses: { 200: one, 404: errorRef } },
      patch: {
        parameters: [{ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
        requestBody: body,
        responses: { 200: one, 404: errorRef, 409: errorRef, 422: errorRef, 428: errorRef },
      },
      delete: { responses: { 204: { description: 'deleted' }, 404: errorRef, 409: errorRef } },
    },
  };
}

function actionPaths(entity: EntityDef, one: unknown, idParam: unknown): Record<string, unknown> {
  const actions = (entity.lifecycle?.actions ?? []).filter((action) => !action.system);
  return Object.fromEntries(
    actions.map((action) => [
      `/records/${entity.key}/{id}/actions/${action.key}`,
      {
        parameters: [idParam],
        post: {
          summary: `${labelText(action.label, 'en')}: from ${action.from.join(', ')} to ${action.to}`,
          requestBody: { required: false, content: { 'application/json': { schema: { type: 'object', properties: { approvers: approversSchema } } } } },
          responses: { 200: one, 403: errorRef, 404: errorRef, 409: errorRef, 422: errorRef },
        },
      },
    ]),
  );
}

/** The OpenAPI 3 document for the entities a caller can see, generated from their metadata. */
export function buildOpenApi(entities: EntityDef[], serverUrl = '/api/v1'): Record<string, unknown> {
  const byKey = new Map(entities.map((entity) => [entity.key, entity]));
  const schemas: Record<string, unknown> = {};
  const paths: Record<string, unknown> = {};
  for (const entity of entities) {
    schemas[entity.key] = recordSchema(entity, byKey);
    schemas[`${entity.key}_input`] = inputSchema(entity, byKey);
    if (!entity.parent) Object.assign(paths, recordPaths(entity));
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Lowcode platform API', version: '1' },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas,
      responses: {
        Error: {
          description: 'Error',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} } } },
              },
            },
          },
        },
      },
    },
  };
}
