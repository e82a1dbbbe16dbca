import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ServerCheck } from '../../../../shared/server-connection';
import { useData } from '../../data/data-context';
import { useSyncStatus } from '../../data/order-hooks';
import { serverSetting, testServer } from '../../data/server-url';
import { appVersion, deviceName, setDeviceName } from '../../data/workstation-identity';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { fieldA11y } from '../../forms/field-a11y';
import { switchServer } from './switch-server';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { useServerCheckText } from './use-server-check-text';
import { useServerUrlForm } from './use-server-url-form';
import { deviceNameDraftSchema, type DeviceNameDraft } from './connect-schema';

/** Settings of this workstation: its name (devices list), and the server it talks to. */
export function WorkstationSettingsPage() {
  const { session } = useData();
  const t = useT('workstation');
  const version = useQuery({ queryKey: ['workstation', 'app-version'], queryFn: appVersion });
  const { register, handleSubmit, formState, watch } = useForm<DeviceNameDraft>({
    defaultValues: { name: deviceName() },
    resolver: zodResolver(deviceNameDraftSchema),
    shouldFocusError: true,
  });
  const nameField = fieldA11y(formState.errors, 'workstation', (problem) =>
    t(`invalid.${problem as 'deviceName'}`),
  )('name');
  const [saved, setSaved] = useState(false);
  const rename = handleSubmit((draft) => {
    setDeviceName(draft.name);
    setSaved(true);
  });
  return (
    <section className="page admin-page" data-testid="workstation-settings">
      <div className="toolbar">
        <h1>{t('settingsTitle')}</h1>
      </div>
      <form className="card form-card" noValidate onSubmit={(event) => void rename(event)}>
        <label>
          {t('deviceName')}
          <input
            {...register('name')}
            maxLength={100}
            aria-invalid={nameField.invalid}
            aria-describedby={nameField.describedBy}
          />
          {nameField.message}
          <span className="muted small">{t('deviceNameHelp')}</span>
        </label>
        <div className="actions">
          <button type="submit" disabled={watch('name').trim() === ''}>
            {t('saveName')}
          </button>
          {saved && (
            <span role="status" className="muted">
              {t('nameSaved')}
            </span>
          )}
        </div>
        <dl className="facts">
          <dt>{t('deviceId')}</dt>
          <dd className="mono">{session.deviceId}</dd>
          <dt>{t('appVersion')}</dt>
          <dd>{version.data ?? '…'}</dd>
        </dl>
      </form>
      <ServerCard />
    </section>
  );
}

/** The current server and the guarded switch to another one. */
function ServerCard() {
  const setting = serverSetting();
  const t = useT('workstation');
  const checkText = useServerCheckText();
  const { register, handleSubmit, watch, field: urlField } = useServerUrlForm('new-server');
  const [check, setCheck] = useState<ServerCheck | undefined>();
  const [confirming, setConfirming] = useState(false);
  const test = useMutation({ mutationFn: (url: string) => testServer(url), onSuccess: setCheck });
  const runTest = handleSubmit((draft) => test.mutate(draft.url));
  return (
    <div className="card form-card">
      <h3>{t('currentServer')}</h3>
      <p className="mono" data-testid="current-server">
        {setting.serverUrl}
      </p>
      {setting.locked ? (
        <p className="muted">{t('lockedServer')}</p>
      ) : (
        <>
          <label>
            {t('newServer')}
            <input
              type="url"
              placeholder="https://orders.example.com"
              {...register('url', { onChange: () => setCheck(undefined) })}
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
          <div className="actions">
            <button
              type="button"
              disabled={watch('url').trim() === '' || test.isPending}
              onClick={() => void runTest()}
            >
              {test.isPending ? t('testing') : t('testConnection')}
            </button>
            <button type="button" disabled={!check?.ok} onClick={() => setConfirming(true)}>
              {t('switchServer')}
            </button>
          </div>
        </>
      )}
      {confirming && check?.ok && (
        <SwitchServerDialog serverUrl={check.serverUrl} onCancel={() => setConfirming(false)} />
      )}
    </div>
  );
}

/** Confirms the switch; with unsynced changes offers "Sync now" or an explicit discard. */
function SwitchServerDialog({ serverUrl, onCancel }: { serverUrl: string; onCancel: () => void }) {
  const data = useData();
  const { pending } = useSyncStatus();
  const [syncing, setSyncing] = useState(false);
  const [switching, setSwitching] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const t = useT('workstation');
  const errorText = useErrorText();
  useEffect(() => setFailure(undefined), [pending]);
  const syncNow = (): void => {
    setSyncing(true);
    void data.engine.pushNow().finally(() => setSyncing(false));
  };
  const leave = (): void => {
    setSwitching(true);
    switchServer(data, serverUrl).catch((error: unknown) => {
      setSwitching(false);
      setFailure(error);
    });
  };
  return (
    <ConfirmDialog
      title={t('switchTitle')}
      onCancel={onCancel}
      testId="switch-server-dialog"
      actions={
        <>
          {pending > 0 && (
            <button type="button" className="primary" disabled={syncing || switching} onClick={syncNow}>
              {syncing ? t('syncing') : t('syncNow')}
            </button>
          )}
          <button type="button" className="danger" disabled={switching} onClick={leave}>
            {pending > 0 ? t('discardAndSwitch', { count: pending }) : t('switchConfirm')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </>
      }
    >
      <p>{t('switchBody')}</p>
      <p className="mono">{serverUrl}</p>
      {pending > 0 && (
        <p className="notice" data-testid="pending-warning">
          {t('pendingBody', { count: pending })}
        </p>
      )}
      {failure !== undefined && (
        <p className="error" role="alert">
          {errorText(failure)}
        </p>
      )}
    </ConfirmDialog>
  );
}
