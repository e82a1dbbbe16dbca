import type { Customer } from '../../../../shared/schemas/customer';
import type { Order } from '../../../../shared/schemas/order';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEnumLabel } from '../../i18n/enum-label';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { StatusBadge } from '../orders/status-badge';
import { CustomerStatsList } from './customer-stats-card';
import { addressesOf, tagsOf, useCustomer, useCustomerOrders } from './use-customer';
import './customers.css';

/** Route `#/customers/<id>`: who the customer is, their addresses, statistics and orders (offline too). */
export function CustomerPage({ id }: { id: string }) {
  const t = useT('customers');
  const customer = useCustomer(id);
  if (customer === undefined) return <p className="pad muted">{t('page.loading')}</p>;
  if (customer === null)
    return (
      <p className="pad">
        {t('page.notHere')} <Link to="/customers">{t('page.back')}</Link>
      </p>
    );
  return <CustomerDetails customer={customer} />;
}

function CustomerDetails({ customer }: { customer: Customer }) {
  const t = useT('customers');
  const fmt = useFormat();
  const label = useEnumLabel();
  const { orders, stats } = useCustomerOrders(customer.id, 'EUR');
  const tags = tagsOf(orders);
  return (
    <section className="page customer-page" data-testid="customer-page">
      <Link to="/customers" className="muted">
        {t('page.back')}
      </Link>
      <h1 data-testid="customer-name">{customer.name}</h1>
      <div className="customer-cards">
        <div className="card">
          <h3>{t('page.contact')}</h3>
          <dl className="facts">
            <dt>{t('page.email')}</dt>
            <dd>
              <a href={`mailto:${customer.email}`}>{customer.email}</a>
            </dd>
            <dt>{t('page.type')}</dt>
            <dd>{label('customerType', customer.type)}</dd>
            {customer.vatNumber && (
              <>
                <dt>{t('page.vatNumber')}</dt>
                <dd className="mono">{customer.vatNumber}</dd>
              </>
            )}
            {customer.buyerReference && (
              <>
                <dt>{t('page.buyerReference')}</dt>
                <dd className="mono">{customer.buyerReference}</dd>
              </>
            )}
            <dt>{t('page.since')}</dt>
            <dd>{fmt.date(customer.createdAt)}</dd>
          </dl>
          {tags.length > 0 && (
            <>
              <h4>{t('page.tags')}</h4>
              <p className="tag-list" data-testid="customer-tags">
                {tags.map((tag) => (
                  <span key={tag} className="badge">
                    {tag}
                  </span>
                ))}
              </p>
            </>
          )}
        </div>
        <div className="card">
          <h3>{t('page.stats')}</h3>
          <CustomerStatsList stats={stats} />
        </div>
        <AddressesCard customer={customer} orders={orders} />
      </div>
      <h3>{t('page.orders')}</h3>
      <CustomerOrdersTable orders={orders} />
    </section>
  );
}

function AddressesCard({ customer, orders }: { customer: Customer; orders: readonly Order[] }) {
  const t = useT('customers');
  const fmt = useFormat();
  const addresses = addressesOf(customer, orders);
  return (
    <div className="card">
      <h3>{t('page.addresses')}</h3>
      {addresses.length === 0 && <p className="muted">{t('page.noAddresses')}</p>}
      <div className="address-list" data-testid="customer-addresses">
        {addresses.map((address, i) => (
          <address key={`${address.line1}-${address.postalCode}-${i}`}>
            {i === 0 && customer.defaultAddress && (
              <div className="muted small">{t('page.defaultAddress')}</div>
            )}
            {address.name}
            {address.company && <div>{address.company}</div>}
            <div>{address.line1}</div>
            {address.line2 && <div>{address.line2}</div>}
            <div>
              {address.postalCode} {address.city}
            </div>
            <div>{fmt.country(address.country)}</div>
          </address>
        ))}
      </div>
    </div>
  );
}

/** The customer's orders; a row opens by click or by Enter (rows are focusable). */
function CustomerOrdersTable({ orders }: { orders: readonly Order[] }) {
  const t = useT('customers');
  const navigate = useNavigate();
  const fmt = useFormat();
  const label = useEnumLabel();
  if (orders.length === 0) return <p className="muted">{t('page.noOrders')}</p>;
  return (
    <div className="card flush">
      <table className="clickable-rows" data-testid="customer-orders">
        <thead>
          <tr>
            <th>{t('page.order')}</th>
            <th>{t('page.date')}</th>
            <th>{t('page.status')}</th>
            <th>{t('page.payment')}</th>
            <th className="num">{t('page.total')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr
              key={order.id}
              tabIndex={0}
              aria-label={t('page.openOrder', { number: order.number })}
              data-testid={`customer-order-${order.number}`}
              onClick={() => void navigate({ to: '/orders/$orderId', params: { orderId: order.id } })}
              onKeyDown={(event) => {
                if (event.key === 'Enter')
                  void navigate({ to: '/orders/$orderId', params: { orderId: order.id } });
              }}
            >
              <td>
                <Link to="/orders/$orderId" params={{ orderId: order.id }} tabIndex={-1}>
                  #{order.number}
                </Link>
              </td>
              <td>{fmt.dateTime(order.createdAt)}</td>
              <td>
                <StatusBadge status={order.status} />
              </td>
              <td>{label('paymentStatus', order.paymentStatus)}</td>
              <td className="num">{fmt.money(order.totals.gross, order.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
