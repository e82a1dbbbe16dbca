import { useState } from 'react';
import type { DeviceAdminView } from '../../../../shared/schemas/device-admin';
import { DangerConfirm } from '../../app/confirm-dialog';
import { DataTable, type ColumnDef } from '../../app/data-table';
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
  const columns: ColumnDef<DeviceAdminView, unknown>[] = [
    {
      id: 'name',
      header: t('devices.name'),
      cell: ({ row: { original: device } }) => (
        <>
          {label(device)}{' '}
          {device.id === session.deviceId && <span className="muted">{t('devices.thisDevice')}</span>}
        </>
      ),
    },
    {
      id: 'code',
      header: t('devices.code'),
      meta: { className: 'mono' },
      cell: ({ row }) => row.original.code,
    },
    { id: 'user', header: t('devices.user'), cell: ({ row }) => row.original.user?.name ?? '—' },
    {
      id: 'lastSeen',
      header: t('devices.lastSeen'),
      cell: ({ row }) => fmt.dateTime(row.original.lastSeenAt),
    },
    { id: 'version', header: t('devices.version'), cell: ({ row }) => row.original.appVersion ?? '—' },
    {
      id: 'outbox',
      header: t('devices.outbox'),
      meta: { className: 'num' },
      cell: ({ row }) => row.original.outboxSize ?? '—',
    },
    {
      id: 'status',
      header: t('devices.status'),
      cell: ({ row: { original: device } }) =>
        device.revokedAt ? t('devices.revoked', { at: fmt.dateTime(device.revokedAt) }) : t('devices.active'),
    },
    {
      id: 'actions',
      header: '',
      meta: { className: 'cell-actions' },
      cell: ({ row: { original: device } }) =>
        !device.revokedAt &&
        device.id !== session.deviceId && (
          <button type="button" className="link danger" onClick={() => setRevoking(device)}>
            {t('devices.revoke')}
          </button>
        ),
    },
  ];
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
        <DataTable
          testId="devices-table"
          columns={columns}
          data={devices.data}
          getRowId={(device) => device.id}
          loading={devices.isPending && t('devices.loading')}
          rowAttributes={(device) => ({
            className: device.revokedAt ? 'inactive' : '',
            'data-testid': `device-row-${device.id}`,
          })}
        />
      </div>
      {revoking && (
        <DangerConfirm
          title={t('devices.revokeTitle', { name: label(revoking) })}
          body={t('devices.revokeBody')}
          confirmLabel={t('devices.revoke')}
          cancelLabel={t('devices.cancel')}
          testId="revoke-dialog"
          pending={revoke.isPending}
          onCancel={() => setRevoking(undefined)}
          onConfirm={() => revoke.mutate(revoking.id, { onSettled: () => setRevoking(undefined) })}
        />
      )}
    </section>
  );
}
