import { describe, expect, it } from 'vitest';
import type { Order, OrderItem } from '../../../../shared/schemas/order';
import { makeTestOrder } from '../../../../shared/domain/order/order-test-fixtures';
import {
  clearPack,
  isPackComplete,
  packedCounts,
  restorePack,
  packByHand,
  packedShipmentItems,
  packProgress,
  scanCode,
  startPack,
  unpackOne,
  type PackState,
} from './pack-state';

const tent = makeTestOrder(1).items[0] as OrderItem;
const lamp: OrderItem = {
  ...tent,
  id: '0190a000-0000-7000-8001-0000000000ff',
  product: { ...tent.product, name: 'Lamp', gtin: '96385074', sku: 'L-1' },
  quantity: 3,
  quantityShipped: 1,
  quantityCancelled: 1,
};
const order: Order = makeTestOrder(1, { items: [tent, lamp] });
const catalog = new Map([['05901234123457', 'Blue mug']]);
const nameOf = (gtin14: string): string | undefined => catalog.get(gtin14);

function scanAll(state: PackState, codes: string[]): PackState {
  return codes.reduce((current, code) => scanCode(current, code, nameOf), state);
}

describe('pack state', () => {
  it('starts with the units left to ship (shipped and cancelled excluded)', () => {
    const state = startPack(order);
    expect(state.lines.map((line) => [line.name, line.remaining, line.packed])).toEqual([
      ['Tent “Ålpine”', 2, 0],
      ['Lamp', 1, 0],
    ]);
    expect(packProgress(state)).toEqual({ packed: 0, total: 3 });
  });

  it('packs a correct item, also when scanned in its GTIN-14 spelling', () => {
    const state = scanAll(startPack(order), ['4006381333931', '04006381333931']);
    expect(state.lines[0]?.packed).toBe(2);
    expect(state.last).toMatchObject({
      kind: 'packed',
      name: 'Tent “Ålpine”',
      packed: 2,
      remaining: 2,
      seq: 2,
    });
  });

  it('flags a wrong item with the catalog name and packs nothing', () => {
    const state = scanCode(startPack(order), '5901234123457', nameOf);
    expect(state.last).toMatchObject({ kind: 'wrong_item', productName: 'Blue mug' });
    expect(packProgress(state).packed).toBe(0);
    expect(scanCode(state, '4000000000006', nameOf).last).toMatchObject({
      kind: 'wrong_item',
      productName: null,
    });
  });

  it('flags an over-scan without counting it', () => {
    const state = scanAll(startPack(order), ['96385074', '96385074']);
    expect(state.lines[1]?.packed).toBe(1);
    expect(state.last).toMatchObject({ kind: 'over_scan', name: 'Lamp', remaining: 1 });
    expect(packByHand(state, lamp.id).last).toMatchObject({ kind: 'over_scan' });
  });

  it('refuses an invalid code (bad check digit, letters, wrong length)', () => {
    for (const code of ['4006381333932', 'ABC123', '12345']) {
      const state = scanCode(startPack(order), code, nameOf);
      expect(state.last?.kind).toBe('invalid');
      expect(packProgress(state).packed).toBe(0);
    }
  });

  it('is complete only when every remaining unit is packed, and ships exactly the packed quantities', () => {
    let state = scanAll(startPack(order), ['4006381333931', '96385074']);
    expect(isPackComplete(state)).toBe(false);
    state = scanCode(state, '4006381333931', nameOf);
    expect(isPackComplete(state)).toBe(true);
    expect(packedShipmentItems(state)).toEqual([
      { orderItemId: tent.id, quantity: 2 },
      { orderItemId: lamp.id, quantity: 1 },
    ]);
    state = unpackOne(state, tent.id);
    expect(isPackComplete(state)).toBe(false);
    expect(packByHand(state, tent.id).lines[0]?.packed).toBe(2);
  });

  it('is never complete for an order with nothing left to ship', () => {
    const shipped = makeTestOrder(2, { items: [{ ...tent, quantityShipped: 2 }] });
    expect(isPackComplete(startPack(shipped))).toBe(false);
  });
});

describe('restoring saved progress', () => {
  it('puts saved counts back, capped at what is still to ship, and ignores unknown items', () => {
    const packed = scanAll(startPack(order), ['4006381333931', '96385074']);
    const restored = restorePack(startPack(order), { ...packedCounts(packed), 'gone-item': 4 });
    expect(restored.lines.map((line) => line.packed)).toEqual([1, 1]);
    const capped = restorePack(startPack(order), { [tent.id]: 9, [lamp.id]: -2 });
    expect(capped.lines.map((line) => line.packed)).toEqual([2, 0]);
  });

  it('empties the box on CANCEL-SCAN', () => {
    const packed = scanAll(startPack(order), ['4006381333931']);
    const cleared = clearPack(packed);
    expect(packProgress(cleared).packed).toBe(0);
    expect(cleared.last).toBeNull();
  });
});
