import { useState, type FormEvent } from 'react';
import { permissions, type Permission } from '../../../../shared/schemas/permission';
import type { StaffUserAdminView } from '../../../../shared/schemas/user';
import { describeError } from '../../data/admin-api';
import { useCreateStaffUser, useUpdateStaffUser } from './mutations';
import { permissionLabels, usersText as text } from './users-text';

/** Create (no user) or edit a staff account: name, e-mail (new only), permissions, admin flag. */
export function UserForm({
  user,
  onDone,
}: {
  user: StaffUserAdminView | undefined;
  onDone: (message: string) => void;
}) {
  const [name, setName] = useState(user?.name ?? '');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [granted, setGranted] = useState<Permission[]>(user?.permissions ?? ['orders.view']);
  const [isAdmin, setIsAdmin] = useState(user?.isAdmin ?? false);
  const create = useCreateStaffUser();
  const update = useUpdateStaffUser();
  const error = create.error ?? update.error;
  const toggle = (permission: Permission): void =>
    setGranted((current) =>
      current.includes(permission) ? current.filter((p) => p !== permission) : [...current, permission],
    );
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (user === undefined)
      create.mutate(
        { name, email, password, permissions: granted, isAdmin },
        { onSuccess: (created) => onDone(text.created(created.name)) },
      );
    else
      update.mutate(
        { id: user.id, change: { name, permissions: granted, isAdmin } },
        { onSuccess: (saved) => onDone(text.saved(saved.name)) },
      );
  };
  return (
    <form
      className="card form-card"
      onSubmit={submit}
      aria-label={user ? `${text.edit} ${user.name}` : text.newUser}
    >
      <h3>{user ? `${text.edit} ${user.email}` : text.newUser}</h3>
      <label>
        {text.name}
        <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
      </label>
      {user === undefined && (
        <>
          <label>
            {text.email}
            <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} required />
          </label>
          <label>
            {text.password}
            <input
              type="password"
              autoComplete="new-password"
              minLength={8}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
          </label>
        </>
      )}
      <fieldset>
        <legend>{text.permissions}</legend>
        {permissions.map((permission) => (
          <label key={permission} className="check">
            <input
              type="checkbox"
              checked={granted.includes(permission)}
              onChange={() => toggle(permission)}
            />
            {permissionLabels[permission]}
          </label>
        ))}
        <label className="check">
          <input type="checkbox" checked={isAdmin} onChange={(event) => setIsAdmin(event.target.checked)} />
          {text.admin}
        </label>
      </fieldset>
      {error && (
        <p className="error" role="alert">
          {describeError(error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending || update.isPending}>
          {user ? text.save : text.create}
        </button>
        <button type="button" onClick={() => onDone('')}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}

/** Sets a new password for a user who forgot theirs. */
export function ResetPasswordForm({
  user,
  onDone,
}: {
  user: StaffUserAdminView;
  onDone: (message: string) => void;
}) {
  const [password, setPassword] = useState('');
  const update = useUpdateStaffUser();
  return (
    <form
      className="card form-card"
      aria-label={`${text.resetPassword} ${user.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          { id: user.id, change: { password } },
          { onSuccess: () => onDone(text.passwordReset(user.name)) },
        );
      }}
    >
      <h3>
        {text.resetPassword}: {user.email}
      </h3>
      <label>
        {text.newPassword}
        <input
          type="password"
          autoComplete="new-password"
          minLength={8}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
      </label>
      {update.error && (
        <p className="error" role="alert">
          {describeError(update.error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {text.setPassword}
        </button>
        <button type="button" onClick={() => onDone('')}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
