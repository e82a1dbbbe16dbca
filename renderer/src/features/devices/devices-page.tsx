import { useState } from 'react';
import type { DeviceAdminView } from '../../../../shared/schemas/device-admin';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { useData } from '../../data/data-context';
import { useErrorText } from '../../i18n/error-text';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useRevokeDevice } from './mutations';
import { useDevices } from './queries';

/** Admin screen: the store's workstations with last seen, app version and outbox; revoke with confirmation. */
export function DevicesPage() {
  const { session } = useData();
  const devices = useDevices();
  const revoke = useRevokeDevice();
  const [revoking, setRevoking] = useState<DeviceAdminView | undefined>();
  const t = useT('admin');
  const fmt = useFormat();
  const errorText = useErrorText();
  const label = (device: DeviceAdminView): string =>
    device.name ?? t('devices.unnamed', { code: device.code });
  return (
    <section className="page admin-page" data-testid="devices-page">
      <div className="toolbar">
        <h1>{t('devices.title')}</h1>
      </div>
      <p className="muted">{t('devices.intro')}</p>
      {(devices.error ?? revoke.error) && (
        <p className="error" role="alert">
          {errorText(devices.error ?? revoke.error)}
        </p>
      )}
      <div className="card flush">
        <table className="admin-table" data-testid="devices-table">
          <thead>
            <tr>
              <th>{t('devices.name')}</th>
              <th>{t('devices.code')}</th>
              <th>{t('devices.user')}</th>
              <th>{t('devices.lastSeen')}</th>
              <th>{t('devices.version')}</th>
              <th className="num">{t('devices.outbox')}</th>
              <th>{t('devices.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {devices.isPending && (
              <tr>
                <td colSpan={8} className="muted">
                  {t('devices.loading')}
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
                  {device.id === session.deviceId && <span className="muted">{t('devices.thisDevice')}</span>}
                </td>
                <td className="mono">{device.code}</td>
                <td>{device.user?.name ?? '—'}</td>
                <td>{fmt.dateTime(device.lastSeenAt)}</td>
                <td>{device.appVersion ?? '—'}</td>
                <td className="num">{device.outboxSize ?? '—'}</td>
                <td>
                  {device.revokedAt
                    ? t('devices.revoked', { at: fmt.dateTime(device.revokedAt) })
                    : t('devices.active')}
                </td>
                <td className="cell-actions">
                  {!device.revokedAt && device.id !== session.deviceId && (
                    <button type="button" className="link danger" onClick={() => setRevoking(device)}>
                      {t('devices.revoke')}
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
          title={t('devices.revokeTitle', { name: label(revoking) })}
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
                {t('devices.revoke')}
              </button>
              <button type="button" onClick={() => setRevoking(undefined)}>
                {t('devices.cancel')}
              </button>
            </>
          }
        >
          <p>{t('devices.revokeBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
