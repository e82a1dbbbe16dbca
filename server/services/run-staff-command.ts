import type { StaffUser } from '../../shared/schemas/user';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { AppContext } from './app-context';
import { applyCommand } from './apply-command';

/** Runs one command on behalf of a REST caller through the same path as synced commands. */
export async function runStaffCommand(
  app: AppContext,
  user: StaffUser,
  command: { type: string; targetId: string; payload: unknown; id?: string },
): Promise<number> {
  const outcome = await applyCommand(
    app,
    user,
    {
      id: command.id ?? newId(),
      type: command.type,
      targetId: command.targetId,
      expectedVersion: null,
      payload: command.payload,
      userId: user.id,
      deviceId: 'rest-api',
      createdAt: app.now().toISOString(),
    },
    { recordRejections: false },
  );
  if (outcome.status === 'rejected') throw DomainError.fromBody(outcome.error);
  return outcome.version;
}
