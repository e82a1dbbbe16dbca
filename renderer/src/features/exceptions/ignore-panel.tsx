import { useState } from 'react';
import type { OrderItemException } from '../../../../shared/schemas/order-exception';
import { useData } from '../../data/data-context';
import { ignoreOne } from './exception-mutations';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';

/** Ignore an item (it leaves fulfilment) with a required reason. */
export function IgnorePanel({ exception, onDone }: { exception: OrderItemException; onDone: () => void }) {
  const data = useData();
  const t = useT('exceptions');
  const common = useT('common');
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirm = async (): Promise<void> => {
    const outcome = await ignoreOne(data, exception, reason);
    if (outcome.ok) onDone();
    else setError(errorText(outcome.error));
  };
  return (
    <div className="dialog" data-testid="ignore-panel">
      <label>
        {t('ignorePanel.reason')}
        <input
          autoFocus
          placeholder={t('ignorePanel.placeholder')}
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
          title={reason.trim() === '' ? t('ignorePanel.needReason') : undefined}
          onClick={() => void confirm()}
        >
          {t('ignorePanel.confirm')}
        </button>
        <button type="button" className="link" onClick={onDone}>
          {common('action.close')}
        </button>
      </div>
    </div>
  );
}
