import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ServerCheck } from '../../../../shared/server-connection';
import { useData } from '../../data/data-context';
import { useSyncStatus } from '../../data/order-hooks';
import { serverSetting, testServer } from '../../data/server-url';
import { appVersion, deviceName, setDeviceName } from '../../data/workstation-identity';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { switchServer } from './switch-server';
import { workstationText as text } from './workstation-text';

/** Settings of this workstation: its name (devices list), and the server it talks to. */
export function WorkstationSettingsPage() {
  const { session } = useData();
  const version = useQuery({ queryKey: ['workstation', 'app-version'], queryFn: appVersion });
  const [name, setName] = useState(deviceName);
  const [saved, setSaved] = useState(false);
  const rename = (): void => {
    setDeviceName(name);
    setSaved(true);
  };
  return (
    <section className="page admin-page" data-testid="workstation-settings">
      <div className="toolbar">
        <h1>{text.settingsTitle}</h1>
      </div>
      <div className="card form-card">
        <label>
          {text.deviceName}
          <input value={name} maxLength={100} onChange={(event) => setName(event.target.value)} />
          <span className="muted small">{text.deviceNameHelp}</span>
        </label>
        <div className="actions">
          <button type="button" disabled={name.trim() === ''} onClick={rename}>
            {text.saveName}
          </button>
          {saved && (
            <span role="status" className="muted">
              {text.nameSaved}
            </span>
          )}
        </div>
        <dl className="facts">
          <dt>{text.deviceId}</dt>
          <dd className="mono">{session.deviceId}</dd>
          <dt>{text.appVersion}</dt>
          <dd>{version.data ?? '…'}</dd>
        </dl>
      </div>
      <ServerCard />
    </section>
  );
}

/** The current server and the guarded switch to another one. */
function ServerCard() {
  const setting = serverSetting();
  const [url, setUrl] = useState('');
  const [check, setCheck] = useState<ServerCheck | undefined>();
  const [confirming, setConfirming] = useState(false);
  const test = useMutation({ mutationFn: () => testServer(url), onSuccess: setCheck });
  return (
    <div className="card form-card">
      <h3>{text.currentServer}</h3>
      <p className="mono" data-testid="current-server">
        {setting.serverUrl}
      </p>
      {setting.locked ? (
        <p className="muted">{text.lockedServer}</p>
      ) : (
        <>
          <label>
            {text.newServer}
            <input
              type="url"
              value={url}
              placeholder="https://orders.example.com"
              onChange={(event) => {
                setUrl(event.target.value);
                setCheck(undefined);
              }}
            />
          </label>
          {check && (
            <p className={check.ok ? 'ok' : 'error'} role={check.ok ? 'status' : 'alert'}>
              {check.ok ? text.connected(check.serverUrl) : check.message}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              disabled={url.trim() === '' || test.isPending}
              onClick={() => test.mutate()}
            >
              {test.isPending ? text.testing : text.testConnection}
            </button>
            <button type="button" disabled={!check?.ok} onClick={() => setConfirming(true)}>
              {text.switchServer}
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
  const [failure, setFailure] = useState<string | undefined>();
  useEffect(() => setFailure(undefined), [pending]);
  const syncNow = (): void => {
    setSyncing(true);
    void data.engine.pushNow().finally(() => setSyncing(false));
  };
  const leave = (): void => {
    setSwitching(true);
    switchServer(data, serverUrl).catch((error: unknown) => {
      setSwitching(false);
      setFailure(error instanceof Error ? error.message : String(error));
    });
  };
  return (
    <ConfirmDialog
      title={text.switchTitle}
      onCancel={onCancel}
      testId="switch-server-dialog"
      actions={
        <>
          {pending > 0 && (
            <button type="button" className="primary" disabled={syncing || switching} onClick={syncNow}>
              {syncing ? text.syncing : text.syncNow}
            </button>
          )}
          <button type="button" className="danger" disabled={switching} onClick={leave}>
            {pending > 0 ? text.discardAndSwitch(pending) : text.switchConfirm}
          </button>
          <button type="button" onClick={onCancel}>
            {text.cancel}
          </button>
        </>
      }
    >
      <p>{text.switchBody}</p>
      <p className="mono">{serverUrl}</p>
      {pending > 0 && (
        <p className="notice" data-testid="pending-warning">
          {text.pendingBody(pending)}
        </p>
      )}
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
    </ConfirmDialog>
  );
}
