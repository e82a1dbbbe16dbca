import { useInfiniteQuery } from '@tanstack/react-query';
import { productPageSchema } from '../../../../shared/schemas/product-admin';
import { apiRequest } from '../../data/api-client';
import { useData } from '../../data/data-context';

/** Query keys of the catalog screen. */
export const productKeys = {
  all: ['admin', 'products'] as const,
  list: (q: string) => [...productKeys.all, 'list', q] as const,
};

const PAGE = 100;

/** Catalog pages (`GET /api/v1/admin/products`), searched by name, SKU or GTIN; "Load more" follows the cursor. */
export function useProducts(q: string) {
  const { session } = useData();
  return useInfiniteQuery({
    queryKey: productKeys.list(q),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE) });
      if (q.trim()) params.set('q', q.trim());
      if (pageParam) params.set('cursor', pageParam);
      return apiRequest(session.token, `/api/v1/admin/products?${params.toString()}`, productPageSchema);
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
