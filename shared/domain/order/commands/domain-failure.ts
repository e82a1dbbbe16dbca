import { DomainError } from '../../../errors';

/** The DomainError thrown by `fn` (tests only); fails when nothing or something else is thrown. */
export function domainFailure(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}
