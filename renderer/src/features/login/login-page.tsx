import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { LoginInput } from '../../../../shared/schemas/user';
import { hasKnownUsers, login, wasRevoked, type Session } from '../../data/session';
import { serverSetting } from '../../data/server-url';
import { fieldA11y } from '../../forms/field-a11y';
import { useErrorText } from '../../i18n/error-text';
import { LanguageSwitch } from '../../i18n/language-switch';
import { useT } from '../../i18n/use-t';
import { emptyLogin, loginDraftSchema, type LoginDraft, type LoginField } from './login-schema';

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
  const { register, handleSubmit, formState } = useForm<LoginDraft, unknown, LoginInput>({
    defaultValues: emptyLogin,
    resolver: zodResolver(loginDraftSchema),
    shouldFocusError: true,
  });
  const a11y = fieldA11y(formState.errors, 'login', (problem) => t(`login.invalid.${problem as LoginField}`));
  const email = a11y('email');
  const password = a11y('password');
  const mutation = useMutation({
    mutationFn: (input: LoginInput) => login(input.email, input.password),
    onSuccess: onLoggedIn,
  });
  const submit = handleSubmit((input) => mutation.mutate(input));
  return (
    <main className="login">
      <form
        onSubmit={(event) => void submit(event)}
        className="card login-card"
        aria-label={t('login.title')}
        noValidate
      >
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
            {...register('email')}
            required
            autoFocus
            aria-invalid={email.invalid}
            aria-describedby={email.describedBy}
          />
          {email.message}
        </label>
        <label>
          {t('login.password')}
          <input
            type="password"
            autoComplete="current-password"
            {...register('password')}
            required
            aria-invalid={password.invalid}
            aria-describedby={password.describedBy}
          />
          {password.message}
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
