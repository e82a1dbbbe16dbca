import { useMutation } from '@tanstack/react-query';
import { shippingMethodSchema, type ShippingMethodInput } from '../../../../shared/schemas/shipping-method';
import { apiRequest } from '../../data/api-client';
import { useData } from '../../data/data-context';

/**
 * Creates (id null) or changes a shipping method. The list is the replicated RxDB copy, so the
 * sync brings the change back; nothing to invalidate. Offline the request fails at once and
 * `useErrorText` says it needs a connection.
 */
export function useSaveShippingMethod() {
  const { session } = useData();
  return useMutation({
    networkMode: 'always',
    mutationFn: ({ id, input }: { id: string | null; input: ShippingMethodInput }) =>
      apiRequest(session.token, `/api/v1/admin/shipping-methods${id ? `/${id}` : ''}`, shippingMethodSchema, {
        method: id ? 'PATCH' : 'POST',
        body: input,
        ...(id ? {} : { idempotent: true }),
      }),
  });
}
