import { z } from 'zod';
import type { StaffUser } from '../../shared/schemas/user';
import { assertPermission } from '../../shared/domain/order/permissions';
import { listChangedDocs, syncedCollections } from '../db/doc-store';
import type { AppContext } from '../services/app-context';

export const pullInputSchema = z.object({
  collection: z.enum(syncedCollections),
  checkpoint: z.object({ seq: z.number().int().nonnegative() }).nullable(),
  limit: z.number().int().min(1).max(5000).default(500),
});
export type PullInput = z.input<typeof pullInputSchema>;

export interface PullResult {
  documents: (Record<string, unknown> & { id: string; _deleted: boolean })[];
  checkpoint: { seq: number } | null;
}

/** One page of a collection's changes after the checkpoint, filtered to what the user may see. */
export async function pullDocs(
  app: AppContext,
  user: StaffUser,
  input: z.output<typeof pullInputSchema>,
): Promise<PullResult> {
  assertPermission(user, 'orders.view');
  const afterSeq = input.checkpoint?.seq ?? 0;
  const rows = await listChangedDocs<Record<string, unknown>>(
    app.db,
    input.collection,
    user.storeId,
    afterSeq,
    input.limit,
  );
  const last = rows.at(-1);
  return {
    documents: rows.map((row) => ({ ...row.data, id: row.id, _deleted: row.deleted })),
    checkpoint: last ? { seq: last.seq } : input.checkpoint,
  };
}
