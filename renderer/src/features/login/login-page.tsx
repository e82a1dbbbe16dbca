import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { hasKnownUsers, login, wasRevoked, type Session } from '../../data/session';
import { serverSetting } from '../../data/server-url';
import { workstationText } from '../workstation/workstation-text';

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
  const setting = serverSetting();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const mutation = useMutation({ mutationFn: () => login(email, password), onSuccess: onLoggedIn });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <div className="login">
      <form onSubmit={submit} className="card login-card" aria-label="Sign in">
        <h1>Order Desk</h1>
        <p className="muted">Sign in with your staff account.</p>
        {wasRevoked() && (
          <p className="notice" role="status">
            {workstationText.revoked}
          </p>
        )}
        <p className="muted small" data-testid="login-server">
          {workstationText.serverLine(setting.serverUrl ?? window.location.origin)}{' '}
          {!setting.locked && !hasKnownUsers() && (
            <button type="button" className="link" onClick={onChangeServer}>
              {workstationText.changeServer}
            </button>
          )}
        </p>
        <label>
          E-mail
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
          Password
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
            {mutation.error.message}
          </p>
        )}
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
