import { DomainError } from '../../../shared/errors';
import { errorBodyOf, NETWORK } from '../i18n/error-body';
import { serverUrl } from './server-url';

/**
 * One call to the admin REST API. Resolves with the parsed JSON body (undefined for 204); rejects
 * with the server's DomainError, or a TypeError when the server could not be reached. Screens turn
 * either into a sentence with `useErrorText`.
 */
export async function restRequest(
  token: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${serverUrl()}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const parsed: unknown = text === '' ? undefined : JSON.parse(text);
  if (response.ok) return parsed;
  const error = errorBodyOf(parsed);
  if (error === NETWORK) throw new TypeError(response.statusText);
  throw DomainError.fromBody(
    error.code === 'INTERNAL' && response.status < 500
      ? { code: 'BAD_INPUT', message: response.statusText }
      : error,
  );
}
