import { useEffect, useState, type ReactNode } from 'react';
import { DataContext, type DataContextValue } from '../data/data-context';
import { deleteLocalDatabase, openLocalDatabase } from '../data/database';
import { forgetSignIns, type Session } from '../data/session';
import { SyncEngine } from '../data/sync-engine';
import { startDeviceReports } from '../data/device-code';
import type { AccessLossReason } from '../data/replication';
import { createTrpcClient } from '../data/trpc-client';
import { useT } from '../i18n/use-t';
import { markWipePending } from '../data/wipe-workstation';

/** Opens the local database for the session and runs sync while signed in. */
export function DataProvider({
  session,
  logout,
  children,
}: {
  session: Session;
  logout: () => void;
  children: ReactNode;
}) {
  const [value, setValue] = useState<DataContextValue | undefined>();
  const [failure, setFailure] = useState<unknown>();
  const t = useT('common');
  useEffect(() => {
    let engine: SyncEngine | undefined;
    let stopReports: (() => void) | undefined;
    let cancelled = false;
    openLocalDatabase(session.user.storeId)
      .then((db) => {
        if (cancelled) return;
        const trpc = createTrpcClient(() => session.token);
        // Losing access removes the data: the working copy is deleted and the user signed out. A revoked
        // workstation also forgets every sign-in and its device id.
        const wipe = (reason: AccessLossReason): void => {
          stopReports?.();
          if (reason === 'revoked') {
            forgetSignIns({ newDeviceId: true });
            markWipePending();
          }
          void engine
            ?.stop()
            .then(() => deleteLocalDatabase(db))
            .finally(() => {
              logout();
              // A revoked workstation also drops its other local stores (invoice series), at a clean start.
              if (reason === 'revoked') window.location.reload();
            });
        };
        engine = new SyncEngine(db, trpc, session.token, wipe, session.deviceId);
        engine.start();
        stopReports = startDeviceReports(trpc, session, engine);
        setValue({ session, db, engine, logout });
      })
      .catch((error: unknown) => setFailure(error ?? 'failed'));
    return () => {
      cancelled = true;
      stopReports?.();
      void engine?.stop();
    };
  }, [session, logout]);
  if (failure !== undefined) return <p className="error">{t('data.openFailed')}</p>;
  if (!value) return <p className="muted pad">{t('data.opening')}</p>;
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}
