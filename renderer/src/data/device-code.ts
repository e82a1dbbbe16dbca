import type { Session } from './session';
import type { TrpcClient } from './trpc-client';
import { saveDeviceCode, storedDeviceCode } from './invoicing-store';

/** Registers this workstation once (sync start) and keeps its short code (e.g. D01) for offline invoice numbers. */
export async function ensureDeviceCode(trpc: TrpcClient, session: Session): Promise<string | undefined> {
  const known = await storedDeviceCode(session.user.storeId, session.deviceId);
  if (known) return known;
  try {
    const { code } = await trpc.sync.registerDevice.mutate({ deviceId: session.deviceId });
    await saveDeviceCode(session.user.storeId, session.deviceId, code);
    return code;
  } catch {
    return undefined;
  }
}
