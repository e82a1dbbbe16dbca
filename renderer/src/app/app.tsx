import { useCallback, useEffect, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { LoginPage } from '../features/login/login-page';
import { logout as endSession, restoreSession, type Session } from '../data/session';
import { applyDeviceLanguage, applyUserLanguage } from '../i18n/language-preference';
import { DataProvider } from './data-provider';
import { Shell } from './shell';

const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });

/** Root: login until a session exists, then the signed-in shell over the local database. */
export function App() {
  const [session, setSession] = useState<Session | undefined>(() => {
    const restored = restoreSession();
    if (restored) applyUserLanguage(restored.user.id);
    return restored;
  });
  useEffect(() => {
    if (session) applyUserLanguage(session.user.id);
    else applyDeviceLanguage();
  }, [session]);
  const logout = useCallback(() => {
    endSession();
    setSession(undefined);
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      {session ? (
        <DataProvider session={session} logout={logout}>
          <Shell />
        </DataProvider>
      ) : (
        <LoginPage onLoggedIn={setSession} />
      )}
    </QueryClientProvider>
  );
}
