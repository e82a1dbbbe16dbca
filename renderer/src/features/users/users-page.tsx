import { useState } from 'react';
import type { StaffUserAdminView } from '../../../../shared/schemas/user';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { describeError } from '../../data/admin-api';
import { useData } from '../../data/data-context';
import { useUpdateStaffUser } from './mutations';
import { useStaffUsers } from './queries';
import { ResetPasswordForm, UserForm } from './user-form';
import { permissionLabels, usersText as text } from './users-text';

type Editing = { kind: 'new' } | { kind: 'edit' | 'password'; user: StaffUserAdminView } | undefined;

/** Admin screen: staff accounts (create, permissions, deactivate, reset password); online only. */
export function UsersPage() {
  const { session } = useData();
  const users = useStaffUsers();
  const update = useUpdateStaffUser();
  const [editing, setEditing] = useState<Editing>();
  const [deactivating, setDeactivating] = useState<StaffUserAdminView | undefined>();
  const [message, setMessage] = useState('');
  const done = (text: string): void => {
    setEditing(undefined);
    setMessage(text);
  };
  return (
    <section className="page admin-page" data-testid="users-page">
      <div className="toolbar">
        <h1>{text.title}</h1>
        <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
          {text.newUser}
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
          {describeError(users.error)}
        </p>
      )}
      {update.error && !editing && (
        <p className="error" role="alert">
          {describeError(update.error)}
        </p>
      )}
      <div className="card flush">
        <table className="admin-table" data-testid="users-table">
          <thead>
            <tr>
              <th>{text.name}</th>
              <th>{text.email}</th>
              <th>{text.permissions}</th>
              <th>{text.status}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {users.isPending && (
              <tr>
                <td colSpan={5} className="muted">
                  {text.loading}
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
                    ? 'Administrator'
                    : user.permissions.map((p) => permissionLabels[p]).join(', ')}
                </td>
                <td>{user.active ? text.active : text.inactive}</td>
                <td className="cell-actions">
                  <button type="button" className="link" onClick={() => setEditing({ kind: 'edit', user })}>
                    {text.edit}
                  </button>
                  <button
                    type="button"
                    className="link"
                    onClick={() => setEditing({ kind: 'password', user })}
                  >
                    {text.resetPassword}
                  </button>
                  {user.id !== session.user.id &&
                    (user.active ? (
                      <button type="button" className="link danger" onClick={() => setDeactivating(user)}>
                        {text.deactivate}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="link"
                        onClick={() => update.mutate({ id: user.id, change: { active: true } })}
                      >
                        {text.reactivate}
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
          title={text.deactivateTitle(deactivating.name)}
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
                {text.deactivate}
              </button>
              <button type="button" onClick={() => setDeactivating(undefined)}>
                {text.cancel}
              </button>
            </>
          }
        >
          <p>{text.deactivateBody}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
