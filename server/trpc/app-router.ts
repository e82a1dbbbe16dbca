import { router } from './init';
import { authRouter } from './routers/auth-router';
import { syncRouter } from './routers/sync-router';

export const appRouter = router({
  auth: authRouter,
  sync: syncRouter,
});

export type AppRouter = typeof appRouter;
