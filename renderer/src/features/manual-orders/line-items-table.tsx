import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

/** One row of an item list being edited. */
export interface EditableLine {
  key: string;
  name: string;
  sku: string;
  unitNet: number | undefined;
  quantity: number;
  isNew: boolean;
  /** Unmatched marketplace items cannot be changed here. */
  locked: boolean;
}

/** Lines with quantity fields and remove buttons (new orders and item edits). */
export function LineItemsTable({
  lines,
  currency,
  errors,
  onQuantity,
  onRemove,
}: {
  lines: readonly EditableLine[];
  currency: string;
  errors: Partial<Record<string, string>>;
  onQuantity: (key: string, quantity: number) => void;
  onRemove: (key: string) => void;
}) {
  const t = useT('manualOrders');
  const fmt = useFormat();
  if (lines.length === 0) return <p className="muted">{t('products.empty')}</p>;
  return (
    <table className="line-items" data-testid="line-items">
      <thead>
        <tr>
          <th>{t('lines.product')}</th>
          <th className="num">{t('lines.unitNet')}</th>
          <th className="num">{t('lines.quantity')}</th>
          <th className="num">{t('lines.lineNet')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {lines.map((line, index) => {
          const error = errors[`items.${index}.quantity`] ?? errors[`items.${index}.productId`];
          return (
            <tr key={line.key}>
              <td>
                {line.name} {line.sku && <span className="muted">({line.sku})</span>}
                {line.isNew && <span className="badge"> {t('lines.newLine')}</span>}
                {error && <span className="field-error">{error}</span>}
              </td>
              <td className="num">{line.unitNet === undefined ? '—' : fmt.money(line.unitNet, currency)}</td>
              <td className="num">
                <input
                  type="number"
                  min={1}
                  max={1000}
                  step={1}
                  className="qty"
                  value={line.quantity}
                  disabled={line.locked}
                  aria-label={t('lines.quantityOf', { name: line.name })}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) => onQuantity(line.key, Math.max(1, Math.floor(Number(e.target.value) || 1)))}
                />
              </td>
              <td className="num">
                {line.unitNet === undefined ? '—' : fmt.money(line.unitNet * line.quantity, currency)}
              </td>
              <td>
                <button
                  type="button"
                  className="link"
                  disabled={line.locked}
                  aria-label={t('lines.removeNamed', { name: line.name })}
                  onClick={() => onRemove(line.key)}
                >
                  {t('lines.remove')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
