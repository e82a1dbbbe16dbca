import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/errors';
import { createQueryClient, shouldRetry } from './query-client';

describe('query client', () => {
  it('does not retry a refusal but retries a server failure or network error twice', () => {
    expect(shouldRetry(0, new DomainError('FORBIDDEN', 'no'))).toBe(false);
    expect(shouldRetry(0, new DomainError('INTERNAL', 'boom'))).toBe(true);
    expect(shouldRetry(1, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(2, new TypeError('Failed to fetch'))).toBe(false);
  });

  it('never queues a write silently', () => {
    const mutations = createQueryClient().getDefaultOptions().mutations;
    expect(mutations?.networkMode).toBe('always');
    expect(mutations?.retry).toBe(false);
  });
});
