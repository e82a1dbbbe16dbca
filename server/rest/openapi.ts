import { z } from 'zod';
import type { AnyRoute } from './define-route';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType | undefined, io: 'input' | 'output'): JsonSchema | undefined {
  if (!schema) return undefined;
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

function parametersOf(route: AnyRoute): JsonSchema[] {
  const result: JsonSchema[] = [];
  for (const [location, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    const json = toSchema(schema, 'input');
    const properties = (json?.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json?.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(properties)) {
      result.push({
        name,
        in: location,
        required: location === 'path' || required.has(name),
        schema: property,
      });
    }
  }
  return result;
}

const errorSchema: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        issues: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              path: { type: 'string' },
              message: { type: 'string' },
              code: { type: 'string' },
              origin: { type: 'string' },
              limit: { type: 'number' },
              format: { type: 'string' },
            },
          },
        },
      },
    },
  },
};

/** The OpenAPI 3.1 document generated from the same route table and zod schemas the server runs. */
export function buildOpenApi(routes: readonly AnyRoute[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const body = toSchema(route.body, 'input');
    const response = toSchema(route.response, 'output');
    const security = route.auth === 'none' ? [] : [{ bearer: [] }];
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      security,
      ...(route.auth === 'staff' ? { 'x-permission': route.permission } : {}),
      parameters: parametersOf(route),
      ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } } : {}),
      responses: {
        [String(route.successStatus ?? 200)]: {
          description: 'OK',
          ...(response ? { content: { 'application/json': { schema: response } } } : {}),
          ...(route.produces
            ? { content: { [route.produces]: { schema: { type: 'string', format: 'binary' } } } }
            : {}),
        },
        default: {
          description: 'Error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Order Desk API', version: '1.0.0' },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}
