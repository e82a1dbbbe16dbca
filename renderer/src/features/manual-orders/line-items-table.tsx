import type { UseFormRegisterReturn } from 'react-hook-form';
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

/**
 * Lines with quantity fields and remove buttons (new orders and item edits), row `index` of a
 * react-hook-form field array: `quantityInput` registers its quantity, `errorOf` gives its sentence.
 */
export function LineItemsTable({
  lines,
  currency,
  quantityInput,
  errorOf,
  onRemove,
}: {
  lines: readonly EditableLine[];
  currency: string;
  quantityInput: (index: number) => UseFormRegisterReturn;
  errorOf: (index: number) => string | undefined;
  onRemove: (index: number) => void;
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
          const error = errorOf(index);
          const errorId = `line-${index}-error`;
          return (
            <tr key={line.key}>
              <td>
                {line.name} {line.sku && <span className="muted">({line.sku})</span>}
                {line.isNew && <span className="badge"> {t('lines.newLine')}</span>}
                {error && (
                  <span className="field-error" id={errorId}>
                    {error}
                  </span>
                )}
              </td>
              <td className="num">{line.unitNet === undefined ? '—' : fmt.money(line.unitNet, currency)}</td>
              <td className="num">
                <input
                  type="number"
                  min={1}
                  max={1000}
                  step={1}
                  className="qty"
                  {...quantityInput(index)}
                  disabled={line.locked}
                  aria-label={t('lines.quantityOf', { name: line.name })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                />
              </td>
              <td className="num">
                {line.unitNet === undefined || !Number.isInteger(line.quantity)
                  ? '—'
                  : fmt.money(line.unitNet * line.quantity, currency)}
              </td>
              <td>
                <button
                  type="button"
                  className="link"
                  disabled={line.locked}
                  aria-label={t('lines.removeNamed', { name: line.name })}
                  onClick={() => onRemove(index)}
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
