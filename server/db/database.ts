import type { ColumnType, Generated } from 'kysely';
import type { StorePayment } from '../../shared/schemas/storefront';

/**
 * The server's tables as Kysely sees them (one interface per table, from the migrations in
 * `migrations/`). bigint columns come back from pg as strings and from PGlite as numbers; jsonb
 * comes back parsed (pg) or as given (PGlite); timestamptz as Date.
 */
type BigIntColumn = ColumnType<string | number, number | string, number | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamptz with a default (`now()`): optional on insert. */
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;
type JsonDefault = ColumnType<unknown, string | undefined, string>;

export interface StoresTable {
  id: string;
  data: Json;
}

export interface UsersTable {
  id: string;
  store_id: string;
  email: string;
  name: string;
  password_hash: string;
  permissions: string[];
  is_admin: Generated<boolean>;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface SessionsTable {
  token_hash: string;
  kind: 'staff' | 'customer';
  subject_id: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
  device_id: string | null;
}

export interface DevicesTable {
  id: string;
  store_id: string;
  code: string;
  first_user_id: string | null;
  registered_at: GeneratedTimestamp;
  last_seen_at: GeneratedTimestamp;
  name: string | null;
  app_version: string | null;
  outbox_size: number | null;
  last_user_id: string | null;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
}

export interface DocsTable {
  collection: string;
  id: string;
  store_id: string;
  seq: BigIntColumn;
  version: Generated<number>;
  deleted: Generated<boolean>;
  data: Json;
}

export interface CommandsTable {
  id: string;
  type: string;
  target_id: string;
  user_id: string;
  device_id: string;
  status: 'applied' | 'rejected';
  outcome: Json;
  received_at: GeneratedTimestamp;
}

export interface CountersTable {
  store_id: string;
  name: string;
  value: BigIntColumn;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  status: number | null;
  response: Json | null;
  created_at: GeneratedTimestamp;
}

export interface MarketplaceMappingsTable {
  store_id: string;
  marketplace: string;
  gtin: string;
  product_id: string;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface MarketplaceImportsTable {
  store_id: string;
  marketplace: string;
  external_id: string;
  order_id: string;
  imported_at: GeneratedTimestamp;
}

export interface CustomerAccountsTable {
  id: string;
  store_id: string;
  email: string;
  password_hash: string;
  created_at: GeneratedTimestamp;
}

export interface StorePaymentsTable {
  id: string;
  store_id: string;
  order_id: string;
  provider: string;
  provider_reference: string;
  status: StorePayment['status'];
  amount: BigIntColumn;
  currency: string;
  checkout_key: string;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface PaymentWebhookEventsTable {
  id: string;
  type: string;
  received_at: GeneratedTimestamp;
}

export interface AutomationRuleRunsTable {
  key: string;
  store_id: string;
  rule_id: string;
  order_id: string;
  trigger: string;
  outcome: string;
  actions: Json;
  errors: JsonDefault;
  at: GeneratedTimestamp;
}

export interface InvoiceSeriesTable {
  series: string;
  store_id: string;
  kind: 'invoice' | 'credit_note';
  last_sequence: number;
  gaps: JsonDefault;
  updated_at: GeneratedTimestamp;
}

export interface PaymentRefundsTable {
  id: string;
  store_id: string;
  order_id: string;
  provider: string;
  provider_reference: string | null;
  amount: BigIntColumn;
  currency: string;
  created_at: GeneratedTimestamp;
  status: Generated<string>;
}

export interface StockAdjustmentsTable {
  id: string;
  store_id: string;
  product_id: string;
  delta: number;
  on_hand_before: number;
  on_hand_after: number;
  reason: string;
  user_id: string;
  at: GeneratedTimestamp;
}

export interface CheckoutAttemptsTable {
  id: string;
  store_id: string;
  checkout_key: string;
  customer_id: string | null;
  provider: string;
  amount: BigIntColumn;
  currency: string;
  input: Json;
  quote: Json;
  lines: Json;
  created_at: GeneratedTimestamp;
}

/** Recorded by the hand-written migrator before Kysely's Migrator; read once to carry its ids over. */
export interface SchemaMigrationsTable {
  id: string;
  applied_at: GeneratedTimestamp;
}

/** EU distance sales per store and calendar year, kept by triggers (migration 220). */
export interface DistanceSalesTable {
  store_id: string;
  year: number;
  net_cents: BigIntColumn;
}

/** The time zone the distance-sales years are counted in, per store (migration 220). */
export interface DistanceSalesZoneTable {
  store_id: string;
  time_zone: string;
}

export interface Database {
  stores: StoresTable;
  users: UsersTable;
  sessions: SessionsTable;
  devices: DevicesTable;
  docs: DocsTable;
  commands: CommandsTable;
  counters: CountersTable;
  idempotency_keys: IdempotencyKeysTable;
  marketplace_mappings: MarketplaceMappingsTable;
  marketplace_imports: MarketplaceImportsTable;
  customer_accounts: CustomerAccountsTable;
  store_payments: StorePaymentsTable;
  payment_webhook_events: PaymentWebhookEventsTable;
  automation_rule_runs: AutomationRuleRunsTable;
  invoice_series: InvoiceSeriesTable;
  payment_refunds: PaymentRefundsTable;
  stock_adjustments: StockAdjustmentsTable;
  checkout_attempts: CheckoutAttemptsTable;
  distance_sales: DistanceSalesTable;
  distance_sales_zone: DistanceSalesZoneTable;
  schema_migrations: SchemaMigrationsTable;
}
