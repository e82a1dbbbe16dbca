import { useState } from 'react';
import type { DeviceAdminView } from '../../../../shared/schemas/device-admin';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { describeError } from '../../data/admin-api';
import { useData } from '../../data/data-context';
import { useRevokeDevice } from './mutations';
import { useDevices } from './queries';

const text = {
  title: 'Devices',
  intro:
    'Workstations that synced with this store. A revoked workstation is signed out and its local copy deleted at its next sync.',
  name: 'Name',
  code: 'Code',
  user: 'Last user',
  lastSeen: 'Last seen',
  version: 'App version',
  outbox: 'Pending changes',
  status: 'Status',
  thisDevice: '(this workstation)',
  revoke: 'Revoke',
  revoked: (at: string) => `Revoked ${formatWhen(at)}`,
  active: 'Active',
  revokeTitle: (name: string) => `Revoke ${name}?`,
  revokeBody:
    'At its next sync the workstation is refused: it signs out and deletes its local copy. Changes it has not synced are lost. This cannot be undone; the computer registers again as a new device.',
  cancel: 'Cancel',
  loading: 'Loading devices…',
  unnamed: 'Unnamed workstation',
} as const;

function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Admin screen: the store's workstations with last seen, app version and outbox; revoke with confirmation. */
export function DevicesPage() {
  const { session } = useData();
  const devices = useDevices();
  const revoke = useRevokeDevice();
  const [revoking, setRevoking] = useState<DeviceAdminView | undefined>();
  const label = (device: DeviceAdminView): string => device.name ?? `${text.unnamed} ${device.code}`;
  return (
    <section className="page admin-page" data-testid="devices-page">
      <div className="toolbar">
        <h1>{text.title}</h1>
      </div>
      <p className="muted">{text.intro}</p>
      {(devices.error ?? revoke.error) && (
        <p className="error" role="alert">
          {describeError(devices.error ?? revoke.error)}
        </p>
      )}
      <div className="card flush">
        <table className="admin-table" data-testid="devices-table">
          <thead>
            <tr>
              <th>{text.name}</th>
              <th>{text.code}</th>
              <th>{text.user}</th>
              <th>{text.lastSeen}</th>
              <th>{text.version}</th>
              <th className="num">{text.outbox}</th>
              <th>{text.status}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {devices.isPending && (
              <tr>
                <td colSpan={8} className="muted">
                  {text.loading}
                </td>
              </tr>
            )}
            {devices.data?.map((device) => (
              <tr
                key={device.id}
                className={device.revokedAt ? 'inactive' : ''}
                data-testid={`device-row-${device.id}`}
              >
                <td>
                  {label(device)}{' '}
                  {device.id === session.deviceId && <span className="muted">{text.thisDevice}</span>}
                </td>
                <td className="mono">{device.code}</td>
                <td>{device.user?.name ?? '—'}</td>
                <td>{formatWhen(device.lastSeenAt)}</td>
                <td>{device.appVersion ?? '—'}</td>
                <td className="num">{device.outboxSize ?? '—'}</td>
                <td>{device.revokedAt ? text.revoked(device.revokedAt) : text.active}</td>
                <td className="cell-actions">
                  {!device.revokedAt && device.id !== session.deviceId && (
                    <button type="button" className="link danger" onClick={() => setRevoking(device)}>
                      {text.revoke}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {revoking && (
        <ConfirmDialog
          title={text.revokeTitle(label(revoking))}
          testId="revoke-dialog"
          onCancel={() => setRevoking(undefined)}
          actions={
            <>
              <button
                type="button"
                className="danger"
                disabled={revoke.isPending}
                onClick={() => revoke.mutate(revoking.id, { onSettled: () => setRevoking(undefined) })}
              >
                {text.revoke}
              </button>
              <button type="button" onClick={() => setRevoking(undefined)}>
                {text.cancel}
              </button>
            </>
          }
        >
          <p>{text.revokeBody}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
