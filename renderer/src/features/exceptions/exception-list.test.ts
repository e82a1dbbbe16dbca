import { describe, expect, it } from 'vitest';
import type { OrderItemException } from '../../../../shared/schemas/order-exception';
import type { QueueException } from './exception-queries';
import {
  closePanel,
  countByStatus,
  filterExceptions,
  isActionable,
  matchesGtin,
  openCountByGtin,
  togglePanel,
  type ExceptionPanel,
} from './exception-list';

let next = 0;
function item(
  gtin: string,
  marketplace: string,
  status: OrderItemException['status'] = 'open',
  pending: string | null = null,
): QueueException {
  next += 1;
  const at = '2026-11-28T10:00:00.000Z';
  return {
    pending,
    exception: {
      id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
      storeId: '00000000-0000-4000-8000-000000000000',
      orderId: '00000000-0000-4000-8000-000000000001',
      orderItemId: '00000000-0000-4000-8000-000000000002',
      orderNumber: '1042',
      marketplace,
      externalOrderId: null,
      gtin,
      title: 'Lantern',
      unitPrice: 1999,
      currency: 'EUR',
      quantity: 1,
      status,
      resolution: status === 'open' ? null : { kind: 'manual', at },
      version: 1,
      createdAt: at,
      updatedAt: at,
    },
  };
}

const lantern = '04006381333931';
const kettle = '00012345678905';

describe('exception queue list', () => {
  it('matches a full GTIN exactly in any length and notation, a shorter text as a part', () => {
    const one = item(lantern, 'amazon');
    expect(matchesGtin(one, '')).toBe(true);
    expect(matchesGtin(one, '4006381333931')).toBe(true);
    expect(matchesGtin(one, '4006-3813 33931')).toBe(true);
    expect(matchesGtin(one, '38133')).toBe(true);
    expect(matchesGtin(one, '12345678905')).toBe(false);
    expect(matchesGtin(item(kettle, 'amazon'), '012345678905')).toBe(true);
  });

  it('filters by GTIN and marketplace and counts each status tab', () => {
    const items = [
      item(lantern, 'amazon'),
      item(lantern, 'ebay', 'resolved'),
      item(kettle, 'amazon', 'ignored'),
      item(lantern, 'amazon', 'resolved'),
    ];
    expect(filterExceptions(items, '', '')).toHaveLength(4);
    expect(filterExceptions(items, '', 'amazon')).toHaveLength(3);
    expect(countByStatus(filterExceptions(items, lantern, 'amazon'))).toEqual({
      open: 1,
      resolved: 1,
      ignored: 0,
    });
    expect(countByStatus([])).toEqual({ open: 0, resolved: 0, ignored: 0 });
  });

  it('counts per GTIN only open exceptions without a waiting command', () => {
    const counts = openCountByGtin([
      item(lantern, 'amazon'),
      item(lantern, 'ebay'),
      item(lantern, 'amazon', 'open', 'Resolve waiting'),
      item(lantern, 'amazon', 'resolved'),
      item(kettle, 'amazon'),
    ]);
    expect(counts.get(lantern)).toBe(2);
    expect(counts.get(kettle)).toBe(1);
  });

  it('offers resolve and ignore only for open exceptions with nothing waiting, to editors', () => {
    expect(isActionable(item(lantern, 'amazon'), true)).toBe(true);
    expect(isActionable(item(lantern, 'amazon'), false)).toBe(false);
    expect(isActionable(item(lantern, 'amazon', 'open', 'waiting'), true)).toBe(false);
    expect(isActionable(item(lantern, 'amazon', 'ignored'), true)).toBe(false);
  });

  it('opens, switches and closes one row’s form without touching the others', () => {
    let panels: ReadonlyMap<string, ExceptionPanel> = new Map();
    panels = togglePanel(panels, 'a', 'resolve');
    panels = togglePanel(panels, 'b', 'ignore');
    expect([...panels]).toEqual([
      ['a', 'resolve'],
      ['b', 'ignore'],
    ]);
    panels = togglePanel(panels, 'a', 'ignore');
    expect(panels.get('a')).toBe('ignore');
    panels = togglePanel(panels, 'a', 'ignore');
    expect(panels.has('a')).toBe(false);
    const before = panels;
    expect(closePanel(before, 'a')).toBe(before);
    expect(closePanel(before, 'b').size).toBe(0);
    expect(before.get('b')).toBe('ignore');
  });
});
