import { useState } from 'react';
import type { OrderItemException } from '../../../../shared/schemas/order-exception';
import { useData } from '../../data/data-context';
import { ignoreOne } from './exception-mutations';

/** Ignore an item (it leaves fulfilment) with a required reason. */
export function IgnorePanel({ exception, onDone }: { exception: OrderItemException; onDone: () => void }) {
  const data = useData();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirm = async (): Promise<void> => {
    const outcome = await ignoreOne(data, exception, reason);
    if (outcome.ok) onDone();
    else setError(outcome.error.message);
  };
  return (
    <div className="dialog" data-testid="ignore-panel">
      <label>
        Reason
        <input
          autoFocus
          placeholder="e.g. Not sold by us"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
      <div className="actions">
        <button
          type="button"
          className="danger"
          disabled={reason.trim() === ''}
          onClick={() => void confirm()}
        >
          Confirm ignore
        </button>
        <button type="button" className="link" onClick={onDone}>
          Close
        </button>
      </div>
    </div>
  );
}
