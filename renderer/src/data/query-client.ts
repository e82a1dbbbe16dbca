import { QueryClient } from '@tanstack/react-query';
import { DomainError } from '../../../shared/errors';

/** A refusal the server gave on purpose (4xx codes) will not change on retry; a 5xx or network failure may. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof DomainError && error.code !== 'INTERNAL' && error.code !== 'RATE_LIMITED')
    return false;
  return failureCount < 2;
}

/**
 * The renderer's one QueryClient. Server reads pause while the browser is offline (`networkMode:
 * 'online'`, the screen says it needs a connection) and resume on reconnect; writes are never
 * queued silently (`networkMode: 'always'`, no retry): offline they fail at once and the screen
 * words the failure with `useErrorText`.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'online', retry: shouldRetry },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
