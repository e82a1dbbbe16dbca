import { useEffect, useState, type ReactNode } from 'react';
import { DataContext, type DataContextValue } from '../data/data-context';
import { deleteLocalDatabase, openLocalDatabase } from '../data/database';
import type { Session } from '../data/session';
import { SyncEngine } from '../data/sync-engine';
import { ensureDeviceCode } from '../data/device-code';
import { createTrpcClient } from '../data/trpc-client';
import { useT } from '../i18n/use-t';

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
    let cancelled = false;
    openLocalDatabase(session.user.storeId)
      .then((db) => {
        if (cancelled) return;
        const trpc = createTrpcClient(() => session.token);
        // Losing access removes the data: the working copy is deleted and the user signed out.
        const wipe = (): void => {
          void engine
            ?.stop()
            .then(() => deleteLocalDatabase(db))
            .finally(logout);
        };
        engine = new SyncEngine(db, trpc, session.token, wipe);
        engine.start();
        void ensureDeviceCode(trpc, session);
        setValue({ session, db, engine, logout });
      })
      .catch((error: unknown) => setFailure(error ?? 'failed'));
    return () => {
      cancelled = true;
      void engine?.stop();
    };
  }, [session, logout]);
  if (failure !== undefined) return <p className="error">{t('data.openFailed')}</p>;
  if (!value) return <p className="muted pad">{t('data.opening')}</p>;
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}
