import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { permissions } from '../../../../shared/schemas/permission';
import type { StaffUserAdminView } from '../../../../shared/schemas/user';
import { fieldA11y, type FieldState } from '../../forms/field-a11y';
import { useEnumLabel } from '../../i18n/enum-label';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import {
  useCreateStaffUser,
  useUpdateStaffUser,
  type CreateStaffUserInput,
  type UpdateStaffUserInput,
} from './mutations';
import {
  newUserDraftSchema,
  passwordDraftSchema,
  userChangeDraftSchema,
  userDraftOf,
  type UserDraft,
  type UserProblem,
} from './user-form-schema';

type FormT = ReturnType<typeof useT<'admin'>>;

/** The sentence of a user-form problem. */
function userSentence(t: FormT): (problem: string) => string {
  return (problem) => t(`users.invalid.${problem as UserProblem}`);
}

/** A labelled text input with its problem, tied by aria. */
function TextField({
  label,
  state,
  input,
}: {
  label: string;
  state: FieldState;
  input: React.InputHTMLAttributes<HTMLInputElement>;
}) {
  return (
    <label>
      {label}
      <input {...input} aria-invalid={state.invalid} aria-describedby={state.describedBy} />
      {state.message}
    </label>
  );
}

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
  const create = useCreateStaffUser();
  const update = useUpdateStaffUser();
  // a new account is checked by the create schema, an existing one by the update schema
  const form = useForm<UserDraft, unknown, CreateStaffUserInput | UpdateStaffUserInput>({
    defaultValues: userDraftOf(user),
    resolver: zodResolver<UserDraft, unknown, CreateStaffUserInput | UpdateStaffUserInput>(
      user === undefined ? newUserDraftSchema : userChangeDraftSchema,
    ),
    shouldFocusError: true,
  });
  const { register, handleSubmit, formState } = form;
  const a11y = fieldA11y(formState.errors, 'user', userSentence(t));
  const error = create.error ?? update.error;
  const submit = handleSubmit((input) => {
    if (user === undefined)
      create.mutate(input as CreateStaffUserInput, {
        onSuccess: (created) => onDone(t('users.created', { name: created.name })),
      });
    else
      update.mutate(
        { id: user.id, change: input },
        { onSuccess: (saved) => onDone(t('users.saved', { name: saved.name })) },
      );
  });
  const permissionsState = a11y('permissions');
  return (
    <form
      className="card form-card"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={user ? t('users.editUser', { name: user.name }) : t('users.newUser')}
    >
      <h3>{user ? t('users.editUser', { name: user.email }) : t('users.newUser')}</h3>
      <TextField label={t('users.name')} state={a11y('name')} input={register('name')} />
      {user === undefined && (
        <>
          <TextField
            label={t('users.email')}
            state={a11y('email')}
            input={{ type: 'email', ...register('email') }}
          />
          <TextField
            label={t('users.password')}
            state={a11y('password')}
            input={{ type: 'password', autoComplete: 'new-password', ...register('password') }}
          />
        </>
      )}
      <fieldset aria-invalid={permissionsState.invalid} aria-describedby={permissionsState.describedBy}>
        <legend>{t('users.permissions')}</legend>
        {permissions.map((permission) => (
          <label key={permission} className="check">
            <input type="checkbox" value={permission} {...register('permissions')} />
            {label('permission', permission)}
          </label>
        ))}
        <label className="check">
          <input type="checkbox" {...register('isAdmin')} />
          {t('users.admin')}
        </label>
        {permissionsState.message}
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
  const update = useUpdateStaffUser();
  const t = useT('admin');
  const errorText = useErrorText();
  const form = useForm<{ password: string }, unknown, UpdateStaffUserInput>({
    defaultValues: { password: '' },
    resolver: zodResolver(passwordDraftSchema),
    shouldFocusError: true,
  });
  const a11y = fieldA11y(form.formState.errors, 'reset', userSentence(t));
  const submit = form.handleSubmit((change) =>
    update.mutate(
      { id: user.id, change },
      { onSuccess: () => onDone(t('users.passwordReset', { name: user.name })) },
    ),
  );
  return (
    <form
      className="card form-card"
      noValidate
      aria-label={t('users.resetPasswordOf', { email: user.name })}
      onSubmit={(event) => void submit(event)}
    >
      <h3>{t('users.resetPasswordOf', { email: user.email })}</h3>
      <TextField
        label={t('users.newPassword')}
        state={a11y('password')}
        input={{ type: 'password', autoComplete: 'new-password', ...form.register('password') }}
      />
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
