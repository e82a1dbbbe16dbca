import type { Session } from './session';
import type { SyncEngine } from './sync-engine';
import type { TrpcClient } from './trpc-client';
import { saveDeviceCode, storedDeviceCode } from './invoicing-store';
import { appVersion, deviceName } from './workstation-identity';

/** How often a signed-in workstation tells the server it is alive (name, app version, outbox size). */
export const DEVICE_REPORT_MS = 30_000;

/**
 * Registers this workstation (first time) and reports what admins see in the devices list; keeps its
 * short code (e.g. D01) for offline invoice numbers. A revoked device is sent down the access-loss path.
 */
export async function reportDevice(
  trpc: TrpcClient,
  session: Session,
  engine: SyncEngine,
): Promise<string | undefined> {
  const known = await storedDeviceCode(session.user.storeId, session.deviceId);
  try {
    const { code } = await trpc.sync.registerDevice.mutate({
      deviceId: session.deviceId,
      name: deviceName(),
      appVersion: await appVersion(),
      outboxSize: engine.status$.value.pending,
    });
    if (code !== known) await saveDeviceCode(session.user.storeId, session.deviceId, code);
    return code;
  } catch (error) {
    engine.refusedBy(error);
    return known;
  }
}

/** Reports now and then every DEVICE_REPORT_MS while online; returns the stop function. */
export function startDeviceReports(trpc: TrpcClient, session: Session, engine: SyncEngine): () => void {
  const report = (): void => {
    if (navigator.onLine) void reportDevice(trpc, session, engine);
  };
  report();
  const timer = setInterval(report, DEVICE_REPORT_MS);
  window.addEventListener('online', report);
  return () => {
    clearInterval(timer);
    window.removeEventListener('online', report);
  };
}

/** The device's short code, registering the workstation first when it has none yet (offline: undefined). */
export async function ensureDeviceCode(trpc: TrpcClient, session: Session): Promise<string | undefined> {
  const known = await storedDeviceCode(session.user.storeId, session.deviceId);
  if (known) return known;
  try {
    const { code } = await trpc.sync.registerDevice.mutate({
      deviceId: session.deviceId,
      name: deviceName(),
      appVersion: await appVersion(),
    });
    await saveDeviceCode(session.user.storeId, session.deviceId, code);
    return code;
  } catch {
    return undefined;
  }
}
