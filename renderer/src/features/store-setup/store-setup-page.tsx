import { useState, type FormEvent, type ReactNode } from 'react';
import type { StoreProfile } from '../../../../shared/schemas/store-profile';
import { describeError } from '../../data/admin-api';
import { useSaveStoreProfile } from './mutations';
import { useStoreProfile } from './queries';
import { draftOfProfile, inputOfDraft, type StoreDraft } from './store-profile-form';

/** Admin screen: the store profile; on a fresh database this is the first-run setup. */
export function StoreSetupPage() {
  const profile = useStoreProfile();
  if (profile.error)
    return (
      <p className="error pad" role="alert">
        {describeError(profile.error)}
      </p>
    );
  if (!profile.data) return <p className="muted pad">Loading the store profile…</p>;
  return <StoreProfileForm key={profile.data.updatedAt ?? 'new'} profile={profile.data} />;
}

function StoreProfileForm({ profile }: { profile: StoreProfile }) {
  const [draft, setDraft] = useState<StoreDraft>(() => draftOfProfile(profile));
  const [issues, setIssues] = useState<string[]>([]);
  const save = useSaveStoreProfile();
  const firstRun = profile.completedAt === null;
  const field = (key: keyof Omit<StoreDraft, 'ossRegistered'>, label: string, extra: ReactNode = null) => (
    <label>
      {label}
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
        <h1>{firstRun ? 'Set up your store' : 'Store profile'}</h1>
        {save.isSuccess && (
          <span role="status" className="muted">
            Store profile saved.
          </span>
        )}
      </div>
      {firstRun && (
        <p className="notice">
          Welcome to Order Desk. Enter the company behind the store: it appears on invoices and decides how
          VAT is charged.
        </p>
      )}
      <form className="card form-card" aria-label="Store profile" onSubmit={submit}>
        <div className="form-grid">
          {field('name', 'Store name (shown in the app)')}
          {field('legalName', 'Legal name (invoices)')}
          {field('company', 'Company line (optional)')}
          {field('line1', 'Street and number')}
          {field('line2', 'Address line 2 (optional)')}
          {field('postalCode', 'Postal code')}
          {field('city', 'City')}
          {field('country', 'Country (ISO code, e.g. DE)')}
          {field('vatId', 'VAT ID (e.g. DE123456789)')}
          {field('taxNumber', 'Tax number (optional)')}
          {field('currency', 'Currency (e.g. EUR)')}
          {field('timezone', 'Time zone (e.g. Europe/Berlin)')}
          <label className="check">
            <input
              type="checkbox"
              checked={draft.ossRegistered}
              onChange={(event) => setDraft({ ...draft, ossRegistered: event.target.checked })}
            />
            Registered for the EU One-Stop-Shop (OSS)
          </label>
        </div>
        {(issues.length > 0 || save.error) && (
          <div className="error" role="alert">
            {issues.length > 0
              ? issues.map((issue) => <p key={issue}>{issue}</p>)
              : describeError(save.error)}
          </div>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {firstRun ? 'Save and finish setup' : 'Save'}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Shown to admins above every screen while the store profile was never saved. */
export function StoreSetupBanner({ active }: { active: boolean }) {
  const profile = useStoreProfile();
  if (active || profile.data?.completedAt !== null || !profile.data) return null;
  return (
    <p className="notice setup-banner" role="status" data-testid="setup-banner">
      Your store is not set up yet. <a href="#/admin/store">Set up the store profile</a> before issuing
      invoices.
    </p>
  );
}
