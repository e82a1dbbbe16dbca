import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { InvoiceSettingsInput } from '../../../../shared/schemas/invoice-settings';
import { useData } from '../../data/data-context';
import { fieldA11y } from '../../forms/field-a11y';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { useInvoiceSettings } from './invoice-hooks';
import { SettingsFields } from './invoice-settings-fields';
import {
  draftOfSettings,
  settingsBaseOf,
  settingsDraftSchema,
  type SettingsBase,
  type SettingsDraft,
  type SettingsField,
} from './invoice-settings-form';
import { useSaveInvoiceSettings } from './mutations';
import { OssThresholdBanner } from './oss-threshold-banner';

/** Admin screen for the store's invoice settings (seller block, numbering, terms, OSS, automatic issuance); saved online. */
export function InvoiceSettingsPage() {
  const { session } = useData();
  const t = useT('invoices');
  const settings = useInvoiceSettings();
  // the form starts from the settings as they first arrived; later replications do not overwrite typing
  const [base, setBase] = useState<SettingsBase | undefined>();
  if (settings && !base) setBase(settingsBaseOf(settings));
  if (!session.user.isAdmin) return <p className="pad">{t('settings.adminOnly')}</p>;
  if (!base) return <p className="pad muted">{t('settings.notYet')}</p>;
  return (
    <section className="page">
      <h1>{t('settings.title')}</h1>
      <OssThresholdBanner />
      <SettingsForm base={base} />
    </section>
  );
}

function SettingsForm({ base }: { base: SettingsBase }) {
  const t = useT('invoices');
  const errorText = useErrorText();
  const saveSettings = useSaveInvoiceSettings();
  const schema = useMemo(() => settingsDraftSchema(base), [base]);
  const form = useForm<SettingsDraft, unknown, InvoiceSettingsInput>({
    defaultValues: draftOfSettings(base),
    resolver: zodResolver(schema),
    shouldFocusError: true,
  });
  const a11y = fieldA11y(form.formState.errors, 'invoice-settings', (problem) =>
    t(`settings.invalid.${problem as SettingsField}`),
  );
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const save = form.handleSubmit(async (input) => {
    setMessage({ text: t('settings.saving'), error: false });
    try {
      await saveSettings.mutateAsync(input);
      setMessage({ text: t('settings.saved'), error: false });
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
  });
  return (
    <form onSubmit={(event) => void save(event)} className="settings-form" noValidate>
      <SettingsFields form={form} a11y={a11y} storedLanguage={base.language} />
      <button type="submit" className="primary">
        {t('settings.save')}
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}>
          {message.text}
        </p>
      )}
    </form>
  );
}
