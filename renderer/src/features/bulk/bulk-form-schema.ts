import { z } from 'zod';
import type { OrderStatus } from '../../../../shared/schemas/order';
import { bulkActionNames, bulkActionParamsSchemas } from '../../../../shared/domain/order/bulk-actions';
import type { BulkActionName } from '../../../../shared/domain/order/bulk-actions';
import { draftSchemaOver, type DraftProblem } from '../../forms/draft-schema';

/** The bulk bar's fields as typed; `text` is the tag or the cancel reason, depending on the action. */
export interface BulkDraft {
  action: BulkActionName;
  text: string;
  status: string;
  methodId: string;
}

export type BulkField = keyof BulkDraft;

/** Why a bulk action cannot run (sentence `bulk:<problem>`). */
export type BulkProblem =
  | 'need.action'
  | 'need.tag'
  | 'need.reason'
  | 'need.method'
  | 'need.status'
  | 'tooLong.tag'
  | 'tooLong.reason';

export const emptyBulkDraft: BulkDraft = { action: 'add_tag', text: '', status: '', methodId: '' };

/** The status the bar shows: the chosen one while every selected order may move to it, else the first such. */
export function shownStatus(chosen: string, targets: readonly OrderStatus[]): OrderStatus | undefined {
  return targets.find((status) => status === chosen) ?? targets[0];
}

/** The actions the bar runs from its fields ("mark shipped" runs from a CSV file instead). */
const formActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('set_status'), params: bulkActionParamsSchemas.set_status }),
  z.object({ action: z.literal('add_tag'), params: bulkActionParamsSchemas.add_tag }),
  z.object({ action: z.literal('remove_tag'), params: bulkActionParamsSchemas.remove_tag }),
  z.object({
    action: z.literal('assign_shipping_method'),
    params: bulkActionParamsSchemas.assign_shipping_method,
  }),
  z.object({ action: z.literal('cancel'), params: bulkActionParamsSchemas.cancel }),
]);
export type FormBulkAction = z.infer<typeof formActionSchema>;

function candidateOf(draft: BulkDraft, targets: readonly OrderStatus[]): unknown {
  switch (draft.action) {
    case 'set_status':
      return { action: draft.action, params: { status: shownStatus(draft.status, targets) } };
    case 'add_tag':
    case 'remove_tag':
      return { action: draft.action, params: { tag: draft.text } };
    case 'cancel':
      return { action: draft.action, params: { reason: draft.text } };
    case 'assign_shipping_method':
      return { action: draft.action, params: { shippingMethodId: draft.methodId } };
    default:
      return { action: draft.action, params: {} };
  }
}

function problemOf(path: readonly PropertyKey[], code: string): DraftProblem<BulkField, BulkProblem> {
  const tooBig = code === 'too_big';
  switch (path[1]) {
    case 'tag':
      return { field: 'text', problem: tooBig ? 'tooLong.tag' : 'need.tag' };
    case 'reason':
      return { field: 'text', problem: tooBig ? 'tooLong.reason' : 'need.reason' };
    case 'shippingMethodId':
      return { field: 'methodId', problem: 'need.method' };
    case 'status':
      return { field: 'status', problem: 'need.status' };
    default:
      return { field: 'action', problem: 'need.action' };
  }
}

/**
 * The bulk bar's schema while the selected orders may all move to `statusTargets`: the action's
 * parameters as the shared bulk schema checks them (tag or reason from the text, the shipping method,
 * a status every selected order may take), each problem on the field it concerns.
 */
export function bulkDraftSchema(statusTargets: readonly OrderStatus[]) {
  const draft: z.ZodType<BulkDraft, BulkDraft> = z.object({
    action: z.enum(bulkActionNames),
    text: z.string(),
    status: z.string(),
    methodId: z.string(),
  });
  return draftSchemaOver(draft, (value) => candidateOf(value, statusTargets), formActionSchema, problemOf);
}
