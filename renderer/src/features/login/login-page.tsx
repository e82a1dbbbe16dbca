import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { hasKnownUsers, login, wasRevoked, type Session } from '../../data/session';
import { serverSetting } from '../../data/server-url';
import { useErrorText } from '../../i18n/error-text';
import { LanguageSwitch } from '../../i18n/language-switch';
import { useT } from '../../i18n/use-t';

/**
 * Staff sign-in; works offline for users who signed in on this workstation before. The server can be
 * changed here only while this workstation holds nobody's data (else: Settings, which wipes safely).
 */
export function LoginPage({
  onLoggedIn,
  onChangeServer,
}: {
  onLoggedIn: (session: Session) => void;
  onChangeServer: () => void;
}) {
  const t = useT('common');
  const tw = useT('workstation');
  const errorText = useErrorText();
  const setting = serverSetting();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const mutation = useMutation({ mutationFn: () => login(email, password), onSuccess: onLoggedIn });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <main className="login">
      <form onSubmit={submit} className="card login-card" aria-label={t('login.title')}>
        <div className="login-head">
          <h1>{t('appName')}</h1>
          <LanguageSwitch />
        </div>
        <p className="muted">{t('login.intro')}</p>
        {wasRevoked() && (
          <p className="notice" role="status">
            {tw('revoked')}
          </p>
        )}
        <p className="muted small" data-testid="login-server">
          {tw('serverLine', { url: setting.serverUrl ?? window.location.origin })}{' '}
          {!setting.locked && !hasKnownUsers() && (
            <button type="button" className="link" onClick={onChangeServer}>
              {tw('changeServer')}
            </button>
          )}
        </p>
        <label>
          {t('login.email')}
          <input
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
            autoFocus
          />
        </label>
        <label>
          {t('login.password')}
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {mutation.error && (
          <p className="error" role="alert">
            {errorText(mutation.error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}
