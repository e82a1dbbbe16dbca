import { useState } from 'react';
import type { StaffUserAdminView } from '../../../../shared/schemas/user';
import { ConfirmDialog } from '../../app/confirm-dialog';
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
        <table className="admin-table" data-testid="users-table">
          <thead>
            <tr>
              <th>{t('users.name')}</th>
              <th>{t('users.email')}</th>
              <th>{t('users.permissions')}</th>
              <th>{t('users.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {users.isPending && (
              <tr>
                <td colSpan={5} className="muted">
                  {t('users.loading')}
                </td>
              </tr>
            )}
            {users.data?.map((user) => (
              <tr
                key={user.id}
                className={user.active ? '' : 'inactive'}
                data-testid={`user-row-${user.email}`}
              >
                <td>{user.name}</td>
                <td>{user.email}</td>
                <td>
                  {user.isAdmin
                    ? t('users.administrator')
                    : user.permissions.map((p) => label('permission', p)).join(', ')}
                </td>
                <td>{user.active ? t('users.active') : t('users.inactive')}</td>
                <td className="cell-actions">
                  <button type="button" className="link" onClick={() => setEditing({ kind: 'edit', user })}>
                    {t('users.edit')}
                  </button>
                  <button
                    type="button"
                    className="link"
                    onClick={() => setEditing({ kind: 'password', user })}
                  >
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
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {deactivating && (
        <ConfirmDialog
          title={t('users.deactivateTitle', { name: deactivating.name })}
          onCancel={() => setDeactivating(undefined)}
          actions={
            <>
              <button
                type="button"
                className="danger"
                onClick={() =>
                  update.mutate(
                    { id: deactivating.id, change: { active: false } },
                    { onSettled: () => setDeactivating(undefined) },
                  )
                }
              >
                {t('users.deactivate')}
              </button>
              <button type="button" onClick={() => setDeactivating(undefined)}>
                {t('users.cancel')}
              </button>
            </>
          }
        >
          <p>{t('users.deactivateBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
