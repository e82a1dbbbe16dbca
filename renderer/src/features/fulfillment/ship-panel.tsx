import { useMemo, useState } from 'react';
import { Controller } from 'react-hook-form';
import type { Order } from '../../../../shared/schemas/order';
import { remainingToShip } from '../../../../shared/domain/order/fulfillment';
import { useData } from '../../data/data-context';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { dispatchShipment, ShipmentDetailsFields, useShipmentDetails } from './shipment-details';
import { ItemQuantityInput } from './item-quantity-input';

/** Choose items and quantities, method, carrier and tracking number; ships offline as a command. */
export function ShipPanel({ order, onClose }: { order: Order; onClose: () => void }) {
  const data = useData();
  const t = useT('fulfillment');
  const common = useT('common');
  const errorText = useErrorText();
  const open = useMemo(() => order.items.filter((item) => remainingToShip(item) > 0), [order.items]);
  const lines = useMemo(() => open.map((item) => ({ id: item.id, open: remainingToShip(item) })), [open]);
  const details = useShipmentDetails(order, lines);
  const { control, handleSubmit, watch, formState } = details.form;
  const [error, setError] = useState<string | undefined>();
  const units = watch('quantities').reduce((sum, quantity) => sum + Math.max(0, quantity || 0), 0);
  const lineProblem = (index: number): string | undefined => {
    const problem = formState.errors.quantities?.[index]?.message;
    return problem ? t(`details.${problem as 'needItems' | 'quantityRange'}`) : undefined;
  };

  const ship = handleSubmit(async (request) => {
    const summary = t('shipDialog.summary', { count: units, number: order.number });
    const failure = await dispatchShipment(data, order, request, request.items, summary);
    if (failure === undefined) onClose();
    else setError(errorText(failure, { rowOf: (index) => request.rows[index] }));
  });

  return (
    <form
      className="dialog ship-panel"
      role="dialog"
      aria-label={t('shipDialog.label')}
      noValidate
      onSubmit={(event) => void ship(event)}
    >
      <h4>{t('shipDialog.title', { number: order.number })}</h4>
      <table>
        <thead>
          <tr>
            <th>{t('shipDialog.item')}</th>
            <th className="num">{t('shipDialog.left')}</th>
            <th className="num">{t('shipDialog.now')}</th>
          </tr>
        </thead>
        <tbody>
          {open.map((item, index) => (
            <tr key={item.id}>
              <td>{item.product.name}</td>
              <td className="num">{remainingToShip(item)}</td>
              <td className="num">
                <Controller
                  control={control}
                  name={`quantities.${index}`}
                  render={({ field }) => (
                    <ItemQuantityInput
                      ref={field.ref}
                      value={field.value}
                      max={remainingToShip(item)}
                      label={t('shipDialog.quantityOf', { name: item.product.name })}
                      onChange={field.onChange}
                      invalid={lineProblem(index) !== undefined}
                      describedBy={lineProblem(index) && `ship-quantity-${index}-error`}
                    />
                  )}
                />
                {lineProblem(index) && (
                  <span className="error field-error" id={`ship-quantity-${index}-error`}>
                    {lineProblem(index)}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShipmentDetailsFields details={details} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={onClose}>
          {common('action.close')}
        </button>
        <button type="submit" disabled={formState.isSubmitting}>
          {t('shipDialog.submit', { count: units })}
        </button>
      </div>
    </form>
  );
}
