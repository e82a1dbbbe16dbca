import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import type { AppRouter } from '../../../server/trpc/app-router';
import { serverUrl } from './server-url';

export type TrpcClient = ReturnType<typeof createTrpcClient>;

/** A tRPC client sending the staff token; subscriptions use SSE with the token as input. */
export function createTrpcClient(getToken: () => string | undefined) {
  const url = `${serverUrl()}/trpc`;
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url }),
        false: httpBatchLink({
          url,
          maxItems: 10,
          headers: () => {
            const token = getToken();
            return token ? { authorization: `Bearer ${token}` } : {};
          },
        }),
      }),
    ],
  });
}
