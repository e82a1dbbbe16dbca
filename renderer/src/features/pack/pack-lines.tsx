import { displayGtin } from '../../../../shared/domain/exceptions/gtin';
import { useT } from '../../i18n/use-t';
import type { PackState } from './pack-state';

/** Per-line progress: barcode, packed of remaining, a bar, and by-hand +/− for unreadable labels. */
export function PackLines({
  state,
  onAdd,
  onRemove,
}: {
  state: PackState;
  onAdd: (orderItemId: string) => void;
  onRemove: (orderItemId: string) => void;
}) {
  const t = useT('pack');
  const flashed = state.last && 'orderItemId' in state.last ? state.last : undefined;
  return (
    <table className="pack-lines" data-testid="pack-lines">
      <thead>
        <tr>
          <th>{t('line.item')}</th>
          <th>{t('line.barcode')}</th>
          <th className="num">{t('line.packed')}</th>
          <th>{t('line.progress')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {state.lines.map((line) => {
          const done = line.packed === line.remaining;
          const flash =
            flashed?.orderItemId === line.orderItemId
              ? flashed.kind === 'packed'
                ? 'flash-ok'
                : 'flash-bad'
              : '';
          return (
            <tr
              key={`${line.orderItemId}-${flash ? (state.last?.seq ?? 0) : 0}`}
              className={`${done ? 'done' : ''} ${flash}`}
              data-testid={`pack-line-${line.orderItemId}`}
              data-packed={line.packed}
            >
              <td>
                <strong>{line.name}</strong>
                {line.sku && <div className="muted">{t('line.sku', { sku: line.sku })}</div>}
              </td>
              <td className="mono">
                {line.gtin14 ? (
                  displayGtin(line.gtin14)
                ) : (
                  <span className="muted">{t('line.noBarcode')}</span>
                )}
              </td>
              <td className="num pack-count">
                {line.packed} / {line.remaining}
              </td>
              <td>
                <progress
                  max={line.remaining}
                  value={line.packed}
                  aria-label={t('line.packedLabel', { name: line.name })}
                />
              </td>
              <td>
                <div className="row-actions">
                  <button
                    type="button"
                    disabled={line.packed === 0}
                    onClick={() => onRemove(line.orderItemId)}
                    aria-label={t('line.takeOut', { name: line.name })}
                  >
                    −1
                  </button>
                  <button
                    type="button"
                    disabled={done}
                    onClick={() => onAdd(line.orderItemId)}
                    aria-label={t('line.addByHand', { name: line.name })}
                  >
                    +1
                  </button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
