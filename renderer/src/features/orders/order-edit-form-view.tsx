import { useCallback, useMemo } from 'react';
import { useController, useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Order } from '../../../../shared/schemas/order';
import { useData } from '../../data/data-context';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { useT } from '../../i18n/use-t';
import { useFormat } from '../../i18n/format';
import { describeError, describeIssue } from '../../i18n/error-text';
import { LabelledField } from '../../forms/labelled-field';
import { TagChipsInput } from './tag-chips-input';
import { OrderLogisticsFields } from './order-logistics-fields';
import { refusalType } from './draft-issues';
import { orderEditSchema } from './order-edit-schema';
import {
  draftOf,
  fieldErrorsOf,
  type EditSummary,
  type OrderEditDraft,
  type PlannedEditCommand,
  type RefusalWords,
} from './order-edit-form';
import { useDraftErrorText } from './use-draft-error-text';

const summaryFields = ['notes', 'shippingAddress', 'billingAddress', 'shippingMethodId', 'tags'] as const;

/** The sync list's line for a planned command, in the language shown. */
function useSummary(): EditSummary {
  const t = useT('orders');
  return useCallback<EditSummary>(
    (kind, number, detail) => {
      if (kind === 'edit')
        return t('edit.summaryEdit', {
          number,
          fields: detail
            .map((field) => {
              const known = summaryFields.find((name) => name === field);
              return known ? t(`field.${known}`) : field;
            })
            .join(', '),
        });
      return t(kind === 'addTags' ? 'edit.summaryAddTags' : 'edit.summaryRemoveTags', {
        number,
        tags: detail.join(', '),
      });
    },
    [t],
  );
}

const addressKeys = ['name', 'company', 'line1', 'line2', 'postalCode', 'city', 'country'] as const;

/** The form path a refusal's field path (`shippingAddress.city`, `tags`, `form`) is shown at. */
function formPathOf(path: string): FieldPath<OrderEditDraft> | 'root' {
  const [head, second] = path.split('.');
  if (head === 'shippingAddress' || head === 'billingAddress') {
    const key = addressKeys.find((known) => known === second);
    return key ? `${head}.${key}` : head;
  }
  if (head === 'notes' || head === 'tags' || head === 'shippingMethodId' || head === 'buyerReference')
    return head;
  return 'root';
}

/** The open edit form: each field checked by the shared command schemas, refusals under their fields. */
export function OrderEditForm({
  order,
  message,
  onMessage,
  onClose,
}: {
  order: Order;
  message: string | undefined;
  onMessage: (message: string | undefined) => void;
  onClose: (message: string | undefined) => void;
}) {
  const data = useData();
  const t = useT('orders');
  const errorsT = useT('errors');
  const fmt = useFormat();
  const summarize = useSummary();
  const resolver = useMemo(() => zodResolver(orderEditSchema(order, summarize)), [order, summarize]);
  const form = useForm<OrderEditDraft, unknown, PlannedEditCommand[]>({
    defaultValues: draftOf(order),
    resolver,
    shouldFocusError: true,
  });
  const { register, handleSubmit, formState, control, setError } = form;
  const tags = useController({ control, name: 'tags' });
  const errorAt = useDraftErrorText(formState.errors, order.currency);
  const rootProblem = formState.errors.root?.message;
  const save = handleSubmit(async (commands) => {
    const words: RefusalWords = {
      issue: (issue) => describeIssue(issue, errorsT, fmt, { currency: order.currency }),
      whole: (error) => describeError(error, errorsT, fmt, { currency: order.currency }),
      locked: t('edit.lockedShipped'),
    };
    let queued = 0;
    for (const command of commands) {
      const result = await dispatchOrderCommand(data, { ...command, orderId: order.id });
      if (!result.ok) {
        for (const [path, sentence] of Object.entries(fieldErrorsOf(result.error, command.type, words)))
          if (sentence) setError(formPathOf(path), { type: refusalType, message: sentence });
        if (queued > 0) onMessage(t('edit.partlyQueued', { done: queued, total: commands.length }));
        return;
      }
      queued += 1;
    }
    onClose(t('edit.saved'));
  });
  return (
    <form className="card order-edit" aria-label={t('edit.form')} noValidate onSubmit={(e) => void save(e)}>
      <h3>{t('edit.title', { number: order.number })}</h3>
      <LabelledField id="edit-notes" label={t('edit.notes')} error={errorAt('notes')}>
        {(aria) => <textarea rows={3} maxLength={5000} {...register('notes')} {...aria} />}
      </LabelledField>
      <LabelledField
        id="edit-reference"
        label={t('edit.buyerReference')}
        error={errorAt('buyerReference')}
        hint={t('edit.buyerReferenceHint')}
      >
        {(aria) => <input type="text" maxLength={100} {...register('buyerReference')} {...aria} />}
      </LabelledField>
      <TagChipsInput tags={tags.field.value} error={errorAt('tags')} onChange={tags.field.onChange} />
      <OrderLogisticsFields order={order} form={form} errorAt={errorAt} />
      {rootProblem && (
        <p className="error" role="alert">
          {formState.errors.root?.type === refusalType ? rootProblem : t('edit.nothingChanged')}
        </p>
      )}
      {message && <p className="muted">{message}</p>}
      <div className="row">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('edit.save')}
        </button>
        <button type="button" disabled={formState.isSubmitting} onClick={() => onClose(message)}>
          {t('edit.discard')}
        </button>
      </div>
    </form>
  );
}
