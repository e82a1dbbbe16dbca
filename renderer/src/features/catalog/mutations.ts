import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productSchema } from '../../../../shared/schemas/product';
import { updateProductInputSchema, type UpdateProductInput } from '../../../../shared/schemas/product-admin';
import { apiRequest } from '../../data/api-client';
import { useData } from '../../data/data-context';
import { productKeys } from './queries';

/** Changes a product (name, price, VAT category) and/or adjusts its stock with a reason. */
export function useUpdateProduct() {
  const { session } = useData();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: UpdateProductInput }) =>
      apiRequest(session.token, `/api/v1/admin/products/${id}`, productSchema, {
        method: 'PATCH',
        body: updateProductInputSchema.parse(change),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: productKeys.all }),
  });
}
