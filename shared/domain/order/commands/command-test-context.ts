import type { Permission } from '../../../schemas/permission';
import type { CommandContext } from '../define-order-command';

/** A command context for unit tests: fixed clock, counting ids, a user with `permissions`. */
export function makeCommandContext(
  permissions: readonly Permission[] = ['orders.view', 'orders.edit', 'orders.refund'],
): CommandContext {
  let counter = 0;
  return {
    actor: { id: '0190a000-0000-7000-8000-0000000000aa', name: 'Pat Packer', permissions, isAdmin: false },
    deviceId: 'device-test',
    commandId: '0190a000-0000-7000-8000-0000000000cc',
    now: '2026-03-05T12:00:00.000Z',
    newId: () => `0190a000-0000-7000-8000-${(++counter).toString(16).padStart(12, '0')}`,
  };
}
