import { createMemoryHistory, createRouter, RouterContextProvider } from '@tanstack/react-router';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from '../../app/data-table';
import { routeTree } from '../../app/routes';
import { enumLabelIn } from '../../i18n/enum-label';
import { formattersFor } from '../../i18n/format';
import { i18next } from '../../i18n/i18n';
import { customerColumns } from './customer-columns';
import { filterCustomers } from './customer-list';
import type { CustomerWithStats } from './use-customer-stats';

const router = createRouter({ routeTree, history: createMemoryHistory() });

function customer(id: string, name: string, email: string, spent?: number): CustomerWithStats {
  const at = '2026-11-28T10:00:00.000Z';
  return {
    customer: { id, storeId: id, email, name, type: 'b2b', createdAt: at },
    stats:
      spent === undefined
        ? undefined
        : {
            id,
            storeId: id,
            customerId: id,
            currency: 'EUR',
            orderCount: 3,
            cancelledCount: 1,
            totalSpentNet: spent,
            totalSpentGross: spent,
            averageOrderValueGross: Math.round(spent / 3),
            refundedTotal: 0,
            firstOrderAt: at,
            lastOrderAt: at,
            version: 1,
            updatedAt: at,
          },
  };
}

const rows = [
  customer('11111111-1111-4111-8111-111111111111', 'Müller GmbH', 'einkauf@mueller.example', 123456),
  customer('22222222-2222-4222-8222-222222222222', 'Anna Schmidt', 'anna@example.org'),
];

function renderGerman(data: readonly CustomerWithStats[]): string {
  const columns = customerColumns({
    t: i18next.getFixedT('de', 'customers'),
    fmt: formattersFor('de'),
    label: (group, value) => enumLabelIn('de', group, value),
  });
  return renderToStaticMarkup(
    createElement(RouterContextProvider, {
      router,
      children: createElement(DataTable<CustomerWithStats>, {
        testId: 'customers-table',
        className: 'clickable-rows',
        columns,
        data,
        getRowId: (row) => row.customer.id,
        rowAttributes: ({ customer: c }) => ({ tabIndex: 0, 'data-testid': `customer-row-${c.email}` }),
      }),
    }),
  );
}

describe('customer list', () => {
  it('finds customers by name or e-mail in any case', () => {
    expect(filterCustomers(rows, ' MÜLLER').map((r) => r.customer.name)).toEqual(['Müller GmbH']);
    expect(filterCustomers(rows, 'example.org').map((r) => r.customer.name)).toEqual(['Anna Schmidt']);
    expect(filterCustomers(rows, '')).toBe(rows);
  });

  it('shows the statistics as German money and words, a dash before the server has them', () => {
    const html = renderGerman(rows);
    expect(html).toContain('<table class="clickable-rows" data-testid="customers-table">');
    expect(html).toContain('<th class="num">Bestellungen</th>');
    expect(html).toMatch(/<td class="num">1\.234,56\s€<\/td>/);
    expect(html).toContain('Geschäftskunde');
    expect(html).toContain('href="/customers/11111111-1111-4111-8111-111111111111"');
    expect(html).toContain('tabindex="-1"');
    expect(html).toContain('<tr tabindex="0" data-testid="customer-row-anna@example.org">');
    // Anna has no statistics yet: no orders, dashes instead of money and dates, never "undefined"
    const anna = html.slice(html.indexOf('customer-row-anna'));
    expect(anna).toContain('<td class="num">0</td>');
    expect(anna).toContain('<td>—</td>');
    expect(html).not.toContain('undefined');
  });
});
