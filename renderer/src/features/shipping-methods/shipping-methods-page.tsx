import { useState } from 'react';
import type { ShippingMethodInput } from '../../../../shared/schemas/shipping-method';
import { useData } from '../../data/data-context';
import { useSyncStatus } from '../../data/order-hooks';
import {
  draftOfMethod,
  describePriceRule,
  emptyMethodDraft,
  type ShippingMethodDraft,
} from './shipping-method-form';
import { ShippingMethodEditor } from './shipping-method-editor';
import { NEEDS_CONNECTION, saveShippingMethod } from './shipping-methods-api';
import { useAllShippingMethods } from './use-all-shipping-methods';
import './shipping-methods.css';

/** Admin screen: the store's shipping methods (replicated, readable offline), created and edited online. */
export function ShippingMethodsPage() {
  const { session } = useData();
  const { online } = useSyncStatus();
  const methods = useAllShippingMethods();
  const [editing, setEditing] = useState<{ id: string | null; draft: ShippingMethodDraft } | null>(null);
  const [message, setMessage] = useState('');
  if (!session.user.isAdmin)
    return <p className="pad">Only administrators can configure shipping methods.</p>;
  const save = async (input: ShippingMethodInput): Promise<string | null> => {
    const error = await saveShippingMethod(session.token, editing?.id ?? null, input);
    if (!error) {
      setEditing(null);
      setMessage(`Saved “${input.name}”.`);
    }
    return error;
  };
  return (
    <section className="page shipping-methods-page">
      <div className="toolbar">
        <h2>Shipping methods</h2>
        <button
          type="button"
          className="primary"
          disabled={!online}
          onClick={() => setEditing({ id: null, draft: emptyMethodDraft })}
        >
          New method
        </button>
        {message && (
          <span role="status" className="muted">
            {message}
          </span>
        )}
      </div>
      {!online && (
        <p className="notice" role="status">
          {NEEDS_CONNECTION.replace(' Nothing was saved.', '')}
        </p>
      )}
      {editing && (
        <ShippingMethodEditor
          key={editing.id ?? 'new'}
          title={editing.id ? 'Edit shipping method' : 'New shipping method'}
          initial={editing.draft}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      <div className="card flush">
        <table data-testid="shipping-methods-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Carrier</th>
              <th>Countries</th>
              <th>Price (store currency)</th>
              <th>Tracking link</th>
              <th>Status</th>
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
                <td>{describePriceRule(method.priceRule)}</td>
                <td className="muted ellipsis template" title={method.trackingUrlTemplate}>
                  {method.trackingUrlTemplate || '—'}
                </td>
                <td>
                  <span className={`badge ${method.active ? 'status-shipped' : ''}`}>
                    {method.active ? 'Active' : 'Inactive'}
                  </span>
                </td>
                <td>
                  <button
                    type="button"
                    disabled={!online}
                    onClick={() => setEditing({ id: method.id, draft: draftOfMethod(method) })}
                  >
                    Edit
                  </button>
                </td>
              </tr>
            ))}
            {methods.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  No shipping methods yet.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
