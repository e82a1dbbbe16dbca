import { useState, type FormEvent } from 'react';
import '../admin/admin.css';
import { useMutation } from '@tanstack/react-query';
import type { ServerCheck } from '../../../../shared/server-connection';
import {
  runServerOnThisComputer,
  saveServerUrl,
  testServer,
  type ServerSetting,
} from '../../data/server-url';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { useServerCheckText } from './use-server-check-text';

/** First start: which server this workstation talks to (test first, then save and go on to sign in). */
export function ConnectPage({ onConnected }: { onConnected: (setting: ServerSetting) => void }) {
  const t = useT('workstation');
  const checkText = useServerCheckText();
  const errorText = useErrorText();
  const [url, setUrl] = useState('');
  const [check, setCheck] = useState<ServerCheck | undefined>();
  const test = useMutation({ mutationFn: () => testServer(url), onSuccess: setCheck });
  const save = useMutation({
    mutationFn: (serverUrl: string) => saveServerUrl(serverUrl),
    onSuccess: onConnected,
  });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (check?.ok && check.serverUrl === url.trim().replace(/\/+$/, '')) save.mutate(check.serverUrl);
    else test.mutate();
  };
  return (
    <main className="login">
      <div className="connect-stack">
        <form onSubmit={submit} className="card login-card" aria-label={t('connectTitle')}>
          <h1>{t('connectTitle')}</h1>
          <p className="muted">{t('connectIntro')}</p>
          <label>
            {t('serverAddress')}
            <input
              type="url"
              inputMode="url"
              placeholder="https://orders.example.com"
              value={url}
              onChange={(event) => {
                setUrl(event.target.value);
                setCheck(undefined);
              }}
              required
              autoFocus
            />
          </label>
          {check && (
            <p className={check.ok ? 'ok' : 'error'} role={check.ok ? 'status' : 'alert'}>
              {checkText(check)}
            </p>
          )}
          {save.error && (
            <p className="error" role="alert">
              {errorText(save.error)}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              disabled={test.isPending || url.trim() === ''}
              onClick={() => test.mutate()}
            >
              {test.isPending ? t('testing') : t('testConnection')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={!check?.ok || save.isPending}
              onClick={() => check?.ok && save.mutate(check.serverUrl)}
            >
              {t('continueToSignIn')}
            </button>
          </div>
        </form>
        {window.orderDesk && <StandaloneChoice onConnected={onConnected} />}
      </div>
    </main>
  );
}

/** Desktop only: run the embedded server on this computer (with the first admin for a new database). */
function StandaloneChoice({ onConnected }: { onConnected: (setting: ServerSetting) => void }) {
  const t = useT('workstation');
  const errorText = useErrorText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const start = useMutation({
    mutationFn: () => runServerOnThisComputer(email ? { email, password } : undefined),
    onSuccess: onConnected,
  });
  return (
    <form
      className="card login-card"
      aria-label={t('standaloneTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        start.mutate();
      }}
    >
      <h2>{t('standaloneTitle')}</h2>
      <p className="muted">{t('standaloneIntro')}</p>
      <label>
        {t('adminEmail')}
        <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <label>
        {t('adminPassword')}
        <input
          type="password"
          autoComplete="new-password"
          minLength={10}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required={email !== ''}
        />
      </label>
      {start.error && (
        <p className="error" role="alert">
          {errorText(start.error)}
        </p>
      )}
      <button type="submit" disabled={start.isPending}>
        {t('startStandalone')}
      </button>
    </form>
  );
}
