import type { SqlClient } from '../db/sql-client';
import type { ChangeFeed } from '../sync/change-feed';

/** Deployment settings services need at run time. */
export interface ServerConfig {
  /** Started with `--demo` (demo data and a generated webhook secret are allowed). */
  demo: boolean;
  /** HMAC secret of the payment webhook; undefined: the webhook answers 503 until one is configured. */
  webhookSecret: string | undefined;
}

/** What every service needs: the database, the change feed, the server's clock and its configuration. */
export interface AppContext {
  db: SqlClient;
  feed: ChangeFeed;
  now: () => Date;
  config: ServerConfig;
}
