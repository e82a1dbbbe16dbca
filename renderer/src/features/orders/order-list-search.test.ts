import { describe, expect, it } from 'vitest';
import {
  orderListSearchSchema,
  searchFromSelection,
  searchFromView,
  selectionFromSearch,
  viewFromSearch,
} from './order-list-search';

const id = '11111111-1111-4111-8111-111111111111';

describe('order list search params', () => {
  it('drops a bad value alone and reads the rest', () => {
    const search = orderListSearchSchema.parse({
      status: 'processing',
      sort: 'nonsense',
      dir: 'asc',
      selected: 'x',
    });
    expect(search).toEqual({ status: 'processing', dir: 'asc' });
  });

  it('round-trips filters, text and a non-default sort; the default sort stays out of the URL', () => {
    const view = {
      raw: { status: 'processing', from: '2026-11-01' },
      query: 'müller',
      sort: { key: 'total', direction: 'asc' },
    } as const;
    const search = searchFromView(view);
    expect(search).toEqual({
      status: 'processing',
      from: '2026-11-01',
      q: 'müller',
      sort: 'total',
      dir: 'asc',
    });
    expect(viewFromSearch(search)).toEqual(view);
    expect(searchFromView({ raw: {}, query: '', sort: { key: 'createdAt', direction: 'desc' } })).toEqual({});
  });

  it('keeps the selection as all or as ids', () => {
    expect(selectionFromSearch('all')).toEqual({ mode: 'all' });
    expect(selectionFromSearch(id)).toEqual({ mode: 'ids', ids: new Set([id]) });
    expect(searchFromSelection({ mode: 'ids', ids: new Set([id]) })).toEqual({ selected: [id] });
    expect(searchFromSelection({ mode: 'ids', ids: new Set() })).toEqual({});
  });
});
