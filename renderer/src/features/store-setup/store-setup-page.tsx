import { Link } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { StoreProfile, StoreProfileInput } from '../../../../shared/schemas/store-profile';
import { fieldA11y } from '../../forms/field-a11y';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { useSaveStoreProfile } from './mutations';
import { useStoreProfile } from './queries';
import { draftOfProfile, storeDraftSchema, type StoreDraft, type StoreField } from './store-profile-form';

/** Admin screen: the store profile; on a fresh database this is the first-run setup. */
export function StoreSetupPage() {
  const profile = useStoreProfile();
  const t = useT('admin');
  const errorText = useErrorText();
  if (profile.error)
    return (
      <p className="error pad" role="alert">
        {errorText(profile.error)}
      </p>
    );
  if (!profile.data) return <p className="muted pad">{t('store.loading')}</p>;
  return <StoreProfileForm key={profile.data.updatedAt ?? 'new'} profile={profile.data} />;
}

function StoreProfileForm({ profile }: { profile: StoreProfile }) {
  const save = useSaveStoreProfile();
  const t = useT('admin');
  const errorText = useErrorText();
  const form = useForm<StoreDraft, unknown, StoreProfileInput>({
    defaultValues: draftOfProfile(profile),
    resolver: zodResolver(storeDraftSchema),
    shouldFocusError: true,
  });
  const a11y = fieldA11y(form.formState.errors, 'store', (problem) =>
    t(`store.invalid.${problem as StoreField}`),
  );
  const firstRun = profile.completedAt === null;
  const field = (key: StoreField) => {
    const state = a11y(key);
    return (
      <label>
        {t(`store.${key}`)}
        <input {...form.register(key)} aria-invalid={state.invalid} aria-describedby={state.describedBy} />
        {state.message}
      </label>
    );
  };
  const submit = form.handleSubmit((input) => save.mutate(input));
  return (
    <section className="page admin-page" data-testid="store-setup-page">
      <div className="toolbar">
        <h1>{firstRun ? t('store.setupTitle') : t('store.title')}</h1>
        {save.isSuccess && (
          <span role="status" className="muted">
            {t('store.saved')}
          </span>
        )}
      </div>
      {firstRun && <p className="notice">{t('store.welcome')}</p>}
      <form
        className="card form-card"
        aria-label={t('store.formLabel')}
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <div className="form-grid">
          {field('name')}
          {field('legalName')}
          {field('company')}
          {field('line1')}
          {field('line2')}
          {field('postalCode')}
          {field('city')}
          {field('country')}
          {field('vatId')}
          {field('taxNumber')}
          {field('currency')}
          {field('timezone')}
          <label className="check">
            <input type="checkbox" {...form.register('ossRegistered')} />
            {t('store.oss')}
          </label>
        </div>
        {save.error && (
          <p className="error" role="alert">
            {errorText(save.error)}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {firstRun ? t('store.saveAndFinish') : t('store.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Shown to admins above every screen while the store profile was never saved. */
export function StoreSetupBanner({ active }: { active: boolean }) {
  const profile = useStoreProfile();
  const t = useT('admin');
  if (active || profile.data?.completedAt !== null || !profile.data) return null;
  return (
    <p className="notice setup-banner" role="status" data-testid="setup-banner">
      {t('store.bannerBefore')}{' '}
      <Link to="/admin/$tab" params={{ tab: 'store' }}>
        {t('store.bannerLink')}
      </Link>{' '}
      {t('store.bannerAfter')}
    </p>
  );
}
