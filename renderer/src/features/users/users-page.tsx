import { useState } from 'react';
import type { StaffUserAdminView } from '../../../../shared/schemas/user';
import { DangerConfirm } from '../../app/confirm-dialog';
import { DataTable, type ColumnDef } from '../../app/data-table';
import { useEnumLabel } from '../../i18n/enum-label';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { useData } from '../../data/data-context';
import { useUpdateStaffUser } from './mutations';
import { useStaffUsers } from './queries';
import { ResetPasswordForm, UserForm } from './user-form';

type Editing = { kind: 'new' } | { kind: 'edit' | 'password'; user: StaffUserAdminView } | undefined;

/** Admin screen: staff accounts (create, permissions, deactivate, reset password); online only. */
export function UsersPage() {
  const { session } = useData();
  const users = useStaffUsers();
  const update = useUpdateStaffUser();
  const [editing, setEditing] = useState<Editing>();
  const [deactivating, setDeactivating] = useState<StaffUserAdminView | undefined>();
  const [message, setMessage] = useState('');
  const t = useT('admin');
  const label = useEnumLabel();
  const errorText = useErrorText();
  const done = (text: string): void => {
    setEditing(undefined);
    setMessage(text);
  };
  const columns: ColumnDef<StaffUserAdminView, unknown>[] = [
    { id: 'name', header: t('users.name'), cell: ({ row }) => row.original.name },
    { id: 'email', header: t('users.email'), cell: ({ row }) => row.original.email },
    {
      id: 'permissions',
      header: t('users.permissions'),
      cell: ({ row: { original: user } }) =>
        user.isAdmin
          ? t('users.administrator')
          : user.permissions.map((p) => label('permission', p)).join(', '),
    },
    {
      id: 'status',
      header: t('users.status'),
      cell: ({ row }) => (row.original.active ? t('users.active') : t('users.inactive')),
    },
    {
      id: 'actions',
      header: '',
      meta: { className: 'cell-actions' },
      cell: ({ row: { original: user } }) => (
        <>
          <button type="button" className="link" onClick={() => setEditing({ kind: 'edit', user })}>
            {t('users.edit')}
          </button>
          <button type="button" className="link" onClick={() => setEditing({ kind: 'password', user })}>
            {t('users.resetPassword')}
          </button>
          {user.id !== session.user.id &&
            (user.active ? (
              <button type="button" className="link danger" onClick={() => setDeactivating(user)}>
                {t('users.deactivate')}
              </button>
            ) : (
              <button
                type="button"
                className="link"
                onClick={() => update.mutate({ id: user.id, change: { active: true } })}
              >
                {t('users.reactivate')}
              </button>
            ))}
        </>
      ),
    },
  ];
  return (
    <section className="page admin-page" data-testid="users-page">
      <div className="toolbar">
        <h1>{t('users.title')}</h1>
        <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
          {t('users.newUser')}
        </button>
        {message && (
          <span role="status" className="muted">
            {message}
          </span>
        )}
      </div>
      {editing?.kind === 'new' && <UserForm user={undefined} onDone={done} />}
      {editing?.kind === 'edit' && <UserForm key={editing.user.id} user={editing.user} onDone={done} />}
      {editing?.kind === 'password' && (
        <ResetPasswordForm key={editing.user.id} user={editing.user} onDone={done} />
      )}
      {users.error && (
        <p className="error" role="alert">
          {errorText(users.error)}
        </p>
      )}
      {update.error && !editing && (
        <p className="error" role="alert">
          {errorText(update.error)}
        </p>
      )}
      <div className="card flush">
        <DataTable
          testId="users-table"
          columns={columns}
          data={users.data}
          getRowId={(user) => user.id}
          loading={users.isPending && t('users.loading')}
          rowAttributes={(user) => ({
            className: user.active ? '' : 'inactive',
            'data-testid': `user-row-${user.email}`,
          })}
        />
      </div>
      {deactivating && (
        <DangerConfirm
          title={t('users.deactivateTitle', { name: deactivating.name })}
          body={t('users.deactivateBody')}
          confirmLabel={t('users.deactivate')}
          cancelLabel={t('users.cancel')}
          onCancel={() => setDeactivating(undefined)}
          onConfirm={() =>
            update.mutate(
              { id: deactivating.id, change: { active: false } },
              { onSettled: () => setDeactivating(undefined) },
            )
          }
        />
      )}
    </section>
  );
}
