/** Side effects a command asks the server to perform in the same transaction (the device ignores them). */
export type OrderEffect =
  | { kind: 'stock.reserve'; lines: StockLine[] }
  | { kind: 'stock.release'; lines: StockLine[] }
  | { kind: 'stock.commit'; lines: StockLine[] }
  | { kind: 'stock.restock'; lines: StockLine[] };

export interface StockLine {
  productId: string;
  quantity: number;
}
