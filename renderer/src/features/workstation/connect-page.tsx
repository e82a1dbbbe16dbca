import { useState } from 'react';
import '../admin/admin.css';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ServerCheck } from '../../../../shared/server-connection';
import {
  runServerOnThisComputer,
  saveServerUrl,
  testServer,
  type ServerSetting,
} from '../../data/server-url';
import { fieldA11y } from '../../forms/field-a11y';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { firstAdminDraftSchema, type FirstAdminDraft, type FirstAdminProblem } from './connect-schema';
import { useServerCheckText } from './use-server-check-text';
import { useServerUrlForm } from './use-server-url-form';

/** First start: which server this workstation talks to (test first, then save and go on to sign in). */
export function ConnectPage({ onConnected }: { onConnected: (setting: ServerSetting) => void }) {
  const t = useT('workstation');
  const checkText = useServerCheckText();
  const errorText = useErrorText();
  const { register, handleSubmit, watch, field: urlField } = useServerUrlForm('connect');
  const url = watch('url');
  const [check, setCheck] = useState<ServerCheck | undefined>();
  const test = useMutation({ mutationFn: (typed: string) => testServer(typed), onSuccess: setCheck });
  const save = useMutation({
    mutationFn: (serverUrl: string) => saveServerUrl(serverUrl),
    onSuccess: onConnected,
  });
  const submit = handleSubmit((draft) => {
    if (check?.ok && check.serverUrl === draft.url.replace(/\/+$/, '')) save.mutate(check.serverUrl);
    else test.mutate(draft.url);
  });
  const runTest = handleSubmit((draft) => test.mutate(draft.url));
  return (
    <main className="login">
      <div className="connect-stack">
        <form
          onSubmit={(event) => void submit(event)}
          className="card login-card"
          aria-label={t('connectTitle')}
          noValidate
        >
          <h1>{t('connectTitle')}</h1>
          <p className="muted">{t('connectIntro')}</p>
          <label>
            {t('serverAddress')}
            <input
              type="url"
              inputMode="url"
              placeholder="https://orders.example.com"
              {...register('url', { onChange: () => setCheck(undefined) })}
              required
              autoFocus
              aria-invalid={urlField.invalid}
              aria-describedby={urlField.describedBy}
            />
            {urlField.message}
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
              onClick={() => void runTest()}
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
  const { register, handleSubmit, formState, watch } = useForm<
    FirstAdminDraft,
    unknown,
    FirstAdminDraft | undefined
  >({
    defaultValues: { email: '', password: '' },
    resolver: zodResolver(firstAdminDraftSchema),
    shouldFocusError: true,
  });
  const a11y = fieldA11y(formState.errors, 'standalone', (problem) =>
    t(`invalid.${problem as FirstAdminProblem}`),
  );
  const email = a11y('email');
  const password = a11y('password');
  const start = useMutation({
    mutationFn: (firstAdmin: FirstAdminDraft | undefined) => runServerOnThisComputer(firstAdmin),
    onSuccess: onConnected,
  });
  const submit = handleSubmit((firstAdmin) => start.mutate(firstAdmin));
  return (
    <form
      className="card login-card"
      aria-label={t('standaloneTitle')}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2>{t('standaloneTitle')}</h2>
      <p className="muted">{t('standaloneIntro')}</p>
      <label>
        {t('adminEmail')}
        <input
          type="email"
          {...register('email')}
          aria-invalid={email.invalid}
          aria-describedby={email.describedBy}
        />
        {email.message}
      </label>
      <label>
        {t('adminPassword')}
        <input
          type="password"
          autoComplete="new-password"
          minLength={10}
          {...register('password')}
          required={watch('email').trim() !== ''}
          aria-invalid={password.invalid}
          aria-describedby={password.describedBy}
        />
        {password.message}
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
