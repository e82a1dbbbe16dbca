import { useState } from 'react';
import { formatMoney } from '../../../../shared/money';
import { formatDateTime } from '../orders/order-labels';
import { useCustomersWithStats } from './use-customer-stats';
import './customers.css';

/** Customers with their order statistics (replicated, readable offline), searchable by name or e-mail. */
export function CustomersPage() {
  const rows = useCustomersWithStats();
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const shown =
    needle === ''
      ? rows
      : rows.filter(({ customer }) => `${customer.name} ${customer.email}`.toLowerCase().includes(needle));
  return (
    <section className="page customers-page">
      <div className="toolbar">
        <h2>Customers</h2>
        <input
          type="search"
          placeholder="Search name or e-mail"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label="Search customers"
        />
        <span className="muted">{shown.length} customer(s)</span>
      </div>
      <div className="card flush">
        <table data-testid="customers-table">
          <thead>
            <tr>
              <th>Customer</th>
              <th>Type</th>
              <th className="num">Orders</th>
              <th className="num">Total spent</th>
              <th className="num">Average</th>
              <th>First order</th>
              <th>Last order</th>
              <th className="num">Cancelled</th>
              <th className="num">Refunded</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ customer, stats }) => (
              <tr key={customer.id}>
                <td>
                  <strong>{customer.name}</strong>
                  <div className="muted">{customer.email}</div>
                </td>
                <td>{customer.type.toUpperCase()}</td>
                <td className="num">{stats?.orderCount ?? 0}</td>
                <td className="num">{stats ? formatMoney(stats.totalSpentGross, stats.currency) : '—'}</td>
                <td className="num">
                  {stats ? formatMoney(stats.averageOrderValueGross, stats.currency) : '—'}
                </td>
                <td>{stats?.firstOrderAt ? formatDateTime(stats.firstOrderAt) : '—'}</td>
                <td>{stats?.lastOrderAt ? formatDateTime(stats.lastOrderAt) : '—'}</td>
                <td className="num">{stats?.cancelledCount ?? 0}</td>
                <td className="num">
                  {stats && stats.refundedTotal > 0 ? formatMoney(stats.refundedTotal, stats.currency) : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
