import type { Customer } from '../../shared/schemas/customer';
import type { StoreCustomer } from '../../shared/schemas/storefront';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { getDoc, putDoc } from '../db/doc-store';
import { withWriteTransaction } from '../db/write-scope';
import type { AppContext } from '../services/app-context';
import { storefrontStore } from '../services/storefront-store';
import { hashPassword, verifyPassword } from './password';
import { createSession } from './sessions';

export interface CustomerAuthResult {
  token: string;
  customer: StoreCustomer;
}

function toStoreCustomer(customer: Customer): StoreCustomer {
  return {
    id: customer.id,
    email: customer.email,
    name: customer.name,
    type: customer.type,
    createdAt: customer.createdAt,
  };
}

/**
 * Registers a storefront customer: a replicated customer document plus its login row, one per
 * e-mail (case-insensitive) and store; a taken e-mail is a CONFLICT.
 */
export async function registerCustomer(
  app: AppContext,
  input: { email: string; password: string; name: string },
): Promise<CustomerAuthResult> {
  const store = await storefrontStore(app.db);
  const passwordHash = await hashPassword(input.password);
  const customer: Customer = {
    id: newId(),
    storeId: store.id,
    email: input.email,
    name: input.name,
    type: 'b2c',
    createdAt: app.now().toISOString(),
  };
  return withWriteTransaction(app.db, app.feed, store.id, async ({ tx, touch }) => {
    const taken = await tx.query(
      'SELECT 1 FROM customer_accounts WHERE store_id = $1 AND lower(email) = lower($2)',
      [store.id, input.email],
    );
    if (taken.length > 0) throw new DomainError('CONFLICT', 'An account with this e-mail already exists');
    await tx.query(
      'INSERT INTO customer_accounts (id, store_id, email, password_hash) VALUES ($1, $2, $3, $4)',
      [customer.id, store.id, input.email, passwordHash],
    );
    await putDoc(tx, 'customers', { ...customer, version: 1 });
    touch('customers');
    const token = await createSession(tx, 'customer', customer.id);
    return { token, customer: toStoreCustomer(customer) };
  });
}

/** Logs a storefront customer in; any failure gives the same UNAUTHENTICATED message. */
export async function loginCustomer(
  app: AppContext,
  input: { email: string; password: string },
): Promise<CustomerAuthResult> {
  const store = await storefrontStore(app.db);
  const rows = await app.db.query<{ id: string; password_hash: string }>(
    'SELECT id, password_hash FROM customer_accounts WHERE store_id = $1 AND lower(email) = lower($2)',
    [store.id, input.email],
  );
  const row = rows[0];
  const ok = row !== undefined && (await verifyPassword(input.password, row.password_hash));
  const stored = row && ok ? await getDoc<Customer>(app.db, 'customers', row.id) : undefined;
  if (!stored || stored.deleted) throw new DomainError('UNAUTHENTICATED', 'Wrong e-mail or password');
  const token = await createSession(app.db, 'customer', stored.id);
  return { token, customer: toStoreCustomer(stored.data) };
}
