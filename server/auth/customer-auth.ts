import { sql } from 'kysely';
import type { Customer } from '../../shared/schemas/customer';
import type { StoreCustomer } from '../../shared/schemas/storefront';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { getDoc, putDoc } from '../db/doc-store';
import { qb, run, runFirst } from '../db/kysely';
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

/** The store's customer account with this e-mail, compared case-insensitively. */
function accountByEmail(storeId: string, email: string) {
  return qb
    .selectFrom('customer_accounts')
    .where('store_id', '=', storeId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', eb.fn('lower', [eb.val(email)])));
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
    const taken = await runFirst(tx, accountByEmail(store.id, input.email).select(sql.lit(1).as('taken')));
    if (taken) throw new DomainError('CONFLICT', 'An account with this e-mail already exists');
    await run(
      tx,
      qb.insertInto('customer_accounts').values({
        id: customer.id,
        store_id: store.id,
        email: input.email,
        password_hash: passwordHash,
      }),
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
  const row = await runFirst(app.db, accountByEmail(store.id, input.email).select(['id', 'password_hash']));
  const ok = row !== undefined && (await verifyPassword(input.password, row.password_hash));
  const stored = row && ok ? await getDoc<Customer>(app.db, 'customers', row.id) : undefined;
  if (!stored || stored.deleted) throw new DomainError('UNAUTHENTICATED', 'Wrong e-mail or password');
  const token = await createSession(app.db, 'customer', stored.id);
  return { token, customer: toStoreCustomer(stored.data) };
}
