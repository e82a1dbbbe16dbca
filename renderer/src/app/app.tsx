import { useCallback, useEffect, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { LoginPage } from '../features/login/login-page';
import { ConnectPage } from '../features/workstation/connect-page';
import { logout as endSession, restoreSession, type Session } from '../data/session';
import { applyDeviceLanguage, applyUserLanguage } from '../i18n/language-preference';
import { forgetServerUrl, loadServerSetting, type ServerSetting } from '../data/server-url';
import { finishPendingWipe } from '../data/wipe-workstation';
import { createQueryClient } from '../data/query-client';
import { useT } from '../i18n/use-t';
import { DataProvider } from './data-provider';
import { RouterProvider } from '@tanstack/react-router';
import { router } from './router';

const queryClient = createQueryClient();

/** Root: the connect screen until a server is set, then login until a session exists, then the shell. */
export function App() {
  const [setting, setSetting] = useState<ServerSetting | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const t = useT('workstation');
  const [session, setSession] = useState<Session | undefined>(() => {
    const restored = restoreSession();
    if (restored) applyUserLanguage(restored.user.id);
    return restored;
  });
  useEffect(() => {
    if (session) applyUserLanguage(session.user.id);
    else applyDeviceLanguage();
  }, [session]);
  useEffect(() => {
    finishPendingWipe()
      .then(loadServerSetting)
      .then(setSetting, (error: unknown) =>
        setFailure(error instanceof Error ? error.message : String(error)),
      );
  }, []);
  const logout = useCallback(() => {
    endSession();
    queryClient.clear();
    setSession(undefined);
  }, []);
  const changeServer = useCallback(() => {
    forgetServerUrl();
    setSetting((current) => (current ? { ...current, serverUrl: undefined } : current));
  }, []);
  if (failure) return <p className="error pad">{t('startFailed', { reason: failure })}</p>;
  if (!setting) return <p className="muted pad">{t('starting')}</p>;
  return (
    <QueryClientProvider client={queryClient}>
      {setting.serverUrl === undefined ? (
        <ConnectPage onConnected={setSetting} />
      ) : session ? (
        <DataProvider session={session} logout={logout}>
          <RouterProvider router={router} />
        </DataProvider>
      ) : (
        <LoginPage onLoggedIn={setSession} onChangeServer={changeServer} />
      )}
    </QueryClientProvider>
  );
}
