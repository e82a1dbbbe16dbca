import { Link } from '@tanstack/react-router';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ErrorIssue } from '../../../../shared/errors';
import type { StoreProfile } from '../../../../shared/schemas/store-profile';
import { describeIssue, useErrorText } from '../../i18n/error-text';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useSaveStoreProfile } from './mutations';
import { useStoreProfile } from './queries';
import { draftOfProfile, inputOfDraft, type StoreDraft } from './store-profile-form';

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
  const [draft, setDraft] = useState<StoreDraft>(() => draftOfProfile(profile));
  const [issues, setIssues] = useState<ErrorIssue[]>([]);
  const save = useSaveStoreProfile();
  const t = useT('admin');
  const tErrors = useT('errors');
  const fmt = useFormat();
  const errorText = useErrorText();
  const firstRun = profile.completedAt === null;
  const field = (key: keyof Omit<StoreDraft, 'ossRegistered'>, extra: ReactNode = null) => (
    <label>
      {t(`store.${key}`)}
      <input value={draft[key]} onChange={(event) => setDraft({ ...draft, [key]: event.target.value })} />
      {extra}
    </label>
  );
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const result = inputOfDraft(draft);
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    setIssues([]);
    save.mutate(result.input);
  };
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
      <form className="card form-card" aria-label={t('store.formLabel')} onSubmit={submit}>
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
            <input
              type="checkbox"
              checked={draft.ossRegistered}
              onChange={(event) => setDraft({ ...draft, ossRegistered: event.target.checked })}
            />
            {t('store.oss')}
          </label>
        </div>
        {(issues.length > 0 || save.error) && (
          <div className="error" role="alert">
            {issues.length > 0
              ? [...new Set(issues.map((issue) => describeIssue(issue, tErrors, fmt)))].map((text) => (
                  <p key={text}>{text}</p>
                ))
              : errorText(save.error)}
          </div>
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
