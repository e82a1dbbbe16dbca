import { useState } from 'react';
import type { ShippingMethodInput } from '../../../../shared/schemas/shipping-method';
import { useData } from '../../data/data-context';
import { useSyncStatus } from '../../data/order-hooks';
import {
  draftOfMethod,
  describePriceRule,
  type PriceRuleWords,
  emptyMethodDraft,
  type ShippingMethodDraft,
} from './shipping-method-form';
import { ShippingMethodEditor } from './shipping-method-editor';
import { useSaveShippingMethod } from './mutations';
import { useErrorText } from '../../i18n/error-text';
import { useAllShippingMethods } from './use-all-shipping-methods';
import './shipping-methods.css';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useStoreCurrency } from '../automation/use-store-currency';

/** Admin screen: the store's shipping methods (replicated, readable offline), created and edited online. */
export function ShippingMethodsPage() {
  const { session } = useData();
  const { online } = useSyncStatus();
  const methods = useAllShippingMethods();
  const t = useT('shipping');
  const fmt = useFormat();
  const currency = useStoreCurrency();
  const errorText = useErrorText();
  const saveMethod = useSaveShippingMethod();
  const priceWords: PriceRuleWords = {
    money: (minor) => fmt.money(minor, currency),
    kilograms: (grams) => fmt.number(grams / 1000),
    freeFrom: (price, threshold) => t('price.summaryFreeFrom', { price, threshold }),
    band: (weight, price) => t('price.summaryBand', { weight, price }),
  };
  const [editing, setEditing] = useState<{ id: string | null; draft: ShippingMethodDraft } | null>(null);
  const [message, setMessage] = useState('');
  if (!session.user.isAdmin) return <p className="pad">{t('adminOnly')}</p>;
  const save = async (input: ShippingMethodInput): Promise<string | null> => {
    try {
      await saveMethod.mutateAsync({ id: editing?.id ?? null, input });
      setEditing(null);
      setMessage(t('saved', { name: input.name }));
      return null;
    } catch (error) {
      return errorText(error, { currency });
    }
  };
  return (
    <section className="page shipping-methods-page">
      <div className="toolbar">
        <h1>{t('title')}</h1>
        <button
          type="button"
          className="primary"
          disabled={!online}
          onClick={() => setEditing({ id: null, draft: emptyMethodDraft })}
        >
          {t('newMethod')}
        </button>
        {message && (
          <span role="status" className="muted">
            {message}
          </span>
        )}
      </div>
      {!online && (
        <p className="notice" role="status">
          {t('needsConnection')}
        </p>
      )}
      {editing && (
        <ShippingMethodEditor
          key={editing.id ?? 'new'}
          title={editing.id ? t('editTitle') : t('newTitle')}
          initial={editing.draft}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      <div className="card flush">
        <table data-testid="shipping-methods-table">
          <thead>
            <tr>
              <th>{t('column.name')}</th>
              <th>{t('column.carrier')}</th>
              <th>{t('column.countries')}</th>
              <th>{t('column.price')}</th>
              <th>{t('column.tracking')}</th>
              <th>{t('column.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {methods.map((method) => (
              <tr key={method.id} className={method.active ? '' : 'inactive'}>
                <td>
                  <strong>{method.name}</strong>
                </td>
                <td>{method.carrier}</td>
                <td className="countries" title={method.countries.join(', ')}>
                  {method.countries.join(', ')}
                </td>
                <td>{describePriceRule(method.priceRule, priceWords)}</td>
                <td className="muted ellipsis template" title={method.trackingUrlTemplate}>
                  {method.trackingUrlTemplate || '—'}
                </td>
                <td>
                  <span className={`badge ${method.active ? 'status-shipped' : ''}`}>
                    {method.active ? t('active') : t('inactive')}
                  </span>
                </td>
                <td>
                  <button
                    type="button"
                    disabled={!online}
                    onClick={() => setEditing({ id: method.id, draft: draftOfMethod(method) })}
                  >
                    {t('edit')}
                  </button>
                </td>
              </tr>
            ))}
            {methods.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  {t('none')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
