import { z } from 'zod';
import { newId } from '../../shared/ids';
import type { TestServer } from './test-server';

const jsonSchema: z.ZodType<Record<string, unknown>> = z.record(z.string(), z.unknown());
const operationSchema = z.object({
  security: z.array(z.record(z.string(), z.array(z.string()))),
  'x-permission': z.string().optional(),
  parameters: z.array(
    z.object({ name: z.string(), in: z.string(), required: z.boolean(), schema: jsonSchema }),
  ),
  requestBody: z
    .object({ content: z.object({ 'application/json': z.object({ schema: jsonSchema }) }) })
    .optional(),
});
const documentSchema = z.object({ paths: z.record(z.string(), z.record(z.string(), operationSchema)) });

/** Who may call an operation, as declared in the OpenAPI document. */
export type DeclaredAuth = { kind: 'none' } | { kind: 'customer' } | { kind: 'staff'; permission: string };

export interface ApiOperation {
  method: string;
  /** OpenAPI path with `{param}` placeholders. */
  path: string;
  auth: DeclaredAuth;
  pathParams: string[];
  queryParams: { name: string; schema: Record<string, unknown> }[];
  bodySchema: Record<string, unknown> | undefined;
}

/** Every operation of GET /api/v1/openapi.json, with its auth derived from `security` and `x-permission`. */
export async function loadOperations(server: TestServer): Promise<ApiOperation[]> {
  const document = documentSchema.parse((await server.api('GET', '/api/v1/openapi.json')).body);
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]): ApiOperation => {
      const permission = operation['x-permission'];
      const auth: DeclaredAuth =
        operation.security.length === 0
          ? { kind: 'none' }
          : permission !== undefined
            ? { kind: 'staff', permission }
            : { kind: 'customer' };
      return {
        method: method.toUpperCase(),
        path,
        auth,
        pathParams: operation.parameters
          .filter((parameter) => parameter.in === 'path')
          .map((parameter) => parameter.name),
        queryParams: operation.parameters
          .filter((parameter) => parameter.in === 'query')
          .map(({ name, schema }) => ({ name, schema })),
        bodySchema: operation.requestBody?.content['application/json'].schema,
      };
    }),
  );
}

/** The path with every parameter replaced (a fresh UUID unless given). */
export function concretePath(operation: ApiOperation, values: Record<string, string> = {}): string {
  return operation.path.replace(/\{([A-Za-z]+)\}/g, (_match, name: string) => values[name] ?? newId());
}
