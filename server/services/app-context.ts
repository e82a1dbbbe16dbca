import type { SqlClient } from '../db/sql-client';
import type { ChangeFeed } from '../sync/change-feed';

/** What every service needs: the database, the change feed and the server's clock. */
export interface AppContext {
  db: SqlClient;
  feed: ChangeFeed;
  now: () => Date;
}
