import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { OrderItemException } from '../../../../shared/schemas/order-exception';
import { useData } from '../../data/data-context';
import { ignoreOne } from './exception-mutations';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { emptyReasonDraft, hasReason, reasonDraftSchema, type ReasonDraft } from '../../forms/reason-schema';

/** Ignore an item (it leaves fulfilment) with a required reason. */
export function IgnorePanel({ exception, onDone }: { exception: OrderItemException; onDone: () => void }) {
  const data = useData();
  const t = useT('exceptions');
  const common = useT('common');
  const errorText = useErrorText();
  const { register, handleSubmit, watch, formState } = useForm<ReasonDraft>({
    defaultValues: emptyReasonDraft,
    resolver: zodResolver(reasonDraftSchema),
  });
  const [error, setError] = useState<string | null>(null);
  const noReason = !hasReason(watch());
  const confirm = handleSubmit(async ({ reason }) => {
    const outcome = await ignoreOne(data, exception, reason);
    if (outcome.ok) onDone();
    else setError(errorText(outcome.error));
  });
  return (
    <div className="dialog" data-testid="ignore-panel">
      <label>
        {t('ignorePanel.reason')}
        <input autoFocus placeholder={t('ignorePanel.placeholder')} {...register('reason')} />
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
          disabled={noReason || formState.isSubmitting}
          title={noReason ? t('ignorePanel.needReason') : undefined}
          onClick={(event) => void confirm(event)}
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
