import { useState, type FormEvent } from 'react';
import { permissions, type Permission } from '../../../../shared/schemas/permission';
import type { StaffUserAdminView } from '../../../../shared/schemas/user';
import { useEnumLabel } from '../../i18n/enum-label';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { useCreateStaffUser, useUpdateStaffUser } from './mutations';

/** Create (no user) or edit a staff account: name, e-mail (new only), permissions, admin flag. */
export function UserForm({
  user,
  onDone,
}: {
  user: StaffUserAdminView | undefined;
  onDone: (message: string) => void;
}) {
  const t = useT('admin');
  const label = useEnumLabel();
  const errorText = useErrorText();
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
        { onSuccess: (created) => onDone(t('users.created', { name: created.name })) },
      );
    else
      update.mutate(
        { id: user.id, change: { name, permissions: granted, isAdmin } },
        { onSuccess: (saved) => onDone(t('users.saved', { name: saved.name })) },
      );
  };
  return (
    <form
      className="card form-card"
      onSubmit={submit}
      aria-label={user ? t('users.editUser', { name: user.name }) : t('users.newUser')}
    >
      <h3>{user ? t('users.editUser', { name: user.email }) : t('users.newUser')}</h3>
      <label>
        {t('users.name')}
        <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
      </label>
      {user === undefined && (
        <>
          <label>
            {t('users.email')}
            <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} required />
          </label>
          <label>
            {t('users.password')}
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
        <legend>{t('users.permissions')}</legend>
        {permissions.map((permission) => (
          <label key={permission} className="check">
            <input
              type="checkbox"
              checked={granted.includes(permission)}
              onChange={() => toggle(permission)}
            />
            {label('permission', permission)}
          </label>
        ))}
        <label className="check">
          <input type="checkbox" checked={isAdmin} onChange={(event) => setIsAdmin(event.target.checked)} />
          {t('users.admin')}
        </label>
      </fieldset>
      {error && (
        <p className="error" role="alert">
          {errorText(error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending || update.isPending}>
          {user ? t('users.save') : t('users.create')}
        </button>
        <button type="button" onClick={() => onDone('')}>
          {t('users.cancel')}
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
  const t = useT('admin');
  const errorText = useErrorText();
  return (
    <form
      className="card form-card"
      aria-label={t('users.resetPasswordOf', { email: user.name })}
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          { id: user.id, change: { password } },
          { onSuccess: () => onDone(t('users.passwordReset', { name: user.name })) },
        );
      }}
    >
      <h3>{t('users.resetPasswordOf', { email: user.email })}</h3>
      <label>
        {t('users.newPassword')}
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
          {errorText(update.error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {t('users.setPassword')}
        </button>
        <button type="button" onClick={() => onDone('')}>
          {t('users.cancel')}
        </button>
      </div>
    </form>
  );
}
