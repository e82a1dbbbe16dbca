import { expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { describeBackends, type ApiRequest } from '../factories/test-server';
import { concretePath, loadOperations, type ApiOperation } from '../factories/openapi-operations';
import { databaseSnapshot, registerCustomer } from '../factories/storefront';

interface FuzzCase {
  /** False for free-text query values, which may legitimately match (only 5xx and writes count). */
  strict: boolean;
  method: string;
  path: string;
  request: ApiRequest;
}

const huge = 'Ω'.repeat(60_000);
/** Strings that are not valid Unicode text: unpaired surrogates and NUL (API.md: a 400 everywhere). */
const invalidTexts = ['x\ud800', 'a\u0000b'];

/** Percent-encoded bytes that are not valid UTF-8 text: an encoded surrogate, overlong '/', NUL, 0xFF. */
function encodedInvalidText(): string[] {
  return ['%ED%A0%80', 'x%C0%AF', 'a%00b', '%FF'];
}
const badPathValues = [
  'nope',
  '0',
  '00000000-0000-0000-0000-00000000000g',
  "1' OR '1'='1",
  '%00',
  '..%2F..%2Fetc',
  'x'.repeat(300),
  encodeURIComponent(huge.slice(0, 50)),
  ...encodedInvalidText(),
];
const badQueryValues = [
  '',
  'abc',
  '-1',
  '1e309',
  'NaN',
  '%00',
  'x'.repeat(5000),
  '[]',
  '{"a":1}',
  '2026-13-45',
];
const badJsonBodies = [
  '{',
  '{"items": [',
  'nul',
  '[1,2',
  '"\\u0000"',
  '{"__proto__": {"polluted": true}}',
  '\u0000',
  '{}}',
];

/** A value of a type the schema does not accept. */
function wrongValue(schema: Record<string, unknown>, seed: number): unknown {
  const variants: unknown[] = [
    null,
    12345,
    'not-the-type',
    true,
    [],
    { nested: { deep: [1, { x: null }] } },
    huge,
    -1.5,
    newId().slice(0, 8),
  ];
  const type = schema.type;
  const pick = variants[seed % variants.length];
  if (type === 'string' && typeof pick === 'string' && pick !== huge) return 42;
  if ((type === 'number' || type === 'integer') && typeof pick === 'number') return 'NaN';
  if (type === 'boolean' && typeof pick === 'boolean') return 'yes';
  if (type === 'array' && Array.isArray(pick)) return { not: 'an array' };
  if (type === 'object' && typeof pick === 'object' && pick !== null && !Array.isArray(pick))
    return 'not an object';
  return pick;
}

/** Bodies that break the schema: wrong top-level types, each required field wrong, everything huge. */
function badBodies(schema: Record<string, unknown> | undefined): unknown[] {
  const bodies: unknown[] = [null, [], 'string', 0, false, [{}], { unknown: huge }];
  const properties = (schema?.properties ?? {}) as Record<string, Record<string, unknown>>;
  const names = Object.keys(properties);
  for (const [index, name] of names.entries()) {
    for (let seed = 0; seed < 9; seed += 1)
      bodies.push({ [name]: wrongValue(properties[name] ?? {}, seed + index) });
    for (const text of invalidTexts) bodies.push({ [name]: text });
  }
  if (names.length > 0) {
    bodies.push(
      Object.fromEntries(names.map((name, index) => [name, wrongValue(properties[name] ?? {}, index)])),
    );
    bodies.push(Object.fromEntries(names.map((name) => [name, huge])));
    bodies.push(Object.fromEntries(names.map((name) => [name, ['\udc00', { '\ud800': 1 }]])));
    bodies.push(Object.fromEntries(names.map((name) => [name, [huge, { $gt: '' }]])));
  }
  return bodies;
}

function casesFor(operation: ApiOperation, token: string | undefined): FuzzCase[] {
  const auth: ApiRequest = token ? { token } : {};
  const cases: FuzzCase[] = [];
  const add = (path: string, request: ApiRequest = {}, strict = true): void => {
    cases.push({ strict, method: operation.method, path, request: { ...auth, ...request } });
  };
  for (const name of operation.pathParams) {
    for (const value of badPathValues) add(concretePath(operation, { [name]: value }));
  }
  for (const parameter of operation.queryParams) {
    for (const value of badQueryValues)
      add(`${concretePath(operation)}?${parameter.name}=${encodeURIComponent(value)}`, {}, false);
    add(`${concretePath(operation)}?${parameter.name}=a&${parameter.name}=b`, {}, false);
    for (const value of encodedInvalidText()) add(`${concretePath(operation)}?${parameter.name}=${value}`);
  }
  if (operation.method !== 'GET' && operation.method !== 'DELETE') {
    for (const body of badBodies(operation.bodySchema)) add(concretePath(operation), { json: body });
    for (const raw of badJsonBodies) add(concretePath(operation), { raw, contentType: 'application/json' });
    add(concretePath(operation), { raw: '<x/>', contentType: 'application/xml' });
    add(concretePath(operation), { raw: 'a=b', contentType: 'application/x-www-form-urlencoded' });
  }
  return cases;
}

describeBackends('fuzz: malformed requests generated from the OpenAPI document', (server) => {
  it('answers thousands of malformed requests with structured 4xx, never 5xx, and writes nothing', async () => {
    const started = Date.now();
    const admin = await server.login('admin');
    const customer = await registerCustomer(server, 'Fuzzy Customer');
    const operations = await loadOperations(server);
    const cases = operations.flatMap((operation) => {
      const token =
        operation.auth.kind === 'staff'
          ? admin.token
          : operation.auth.kind === 'customer'
            ? customer.token
            : undefined;
      return [...casesFor(operation, token), ...(token ? casesFor(operation, undefined).slice(0, 5) : [])];
    });
    const before = await databaseSnapshot(server);
    const fuzzStarted = Date.now();
    const failures: string[] = [];
    const batch = 16;
    for (let start = 0; start < cases.length; start += batch) {
      await Promise.all(
        cases.slice(start, start + batch).map(async (fuzz) => {
          const response = await server.api(fuzz.method, fuzz.path, fuzz.request);
          const label = `${fuzz.method} ${fuzz.path.slice(0, 120)} ${JSON.stringify(fuzz.request.json ?? fuzz.request.raw ?? '').slice(0, 80)} → ${response.status}`;
          if (response.status >= 500) failures.push(label);
          else if (response.status < 400) {
            if (fuzz.strict) failures.push(`${label} (accepted)`);
          } else if (
            typeof response.body !== 'object' ||
            response.body === null ||
            !('error' in response.body)
          )
            failures.push(`${label} (unstructured)`);
        }),
      );
    }
    expect(failures.slice(0, 30)).toEqual([]);
    expect(cases.length).toBeGreaterThan(2000);
    expect(await databaseSnapshot(server)).toEqual(before);
    expect(Date.now() - fuzzStarted, `${cases.length} requests`).toBeLessThan(60_000);
    expect(Date.now() - started).toBeGreaterThan(0);
  }, 90_000);
});
