import { useEffect, useState, type FormEvent } from 'react';
import type { StoreInvoiceSettings } from '../../../../shared/schemas/invoice-settings';
import { useData } from '../../data/data-context';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { useInvoiceSettings } from './invoice-hooks';
import { SettingsFields, type SettingsForm } from './invoice-settings-fields';
import { useSaveInvoiceSettings } from './mutations';
import { OssThresholdBanner } from './oss-threshold-banner';

function toForm(settings: StoreInvoiceSettings): SettingsForm {
  const { storeId: _storeId, version: _version, updatedAt: _updatedAt, ...editable } = settings;
  return editable;
}

/** Admin screen for the store's invoice settings (seller block, numbering, terms, OSS, automatic issuance); saved online. */
export function InvoiceSettingsPage() {
  const { session } = useData();
  const t = useT('invoices');
  const errorText = useErrorText();
  const settings = useInvoiceSettings();
  const saveSettings = useSaveInvoiceSettings();
  const [form, setForm] = useState<SettingsForm | undefined>();
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  useEffect(() => {
    if (settings && !form) setForm(toForm(settings));
  }, [settings, form]);
  if (!session.user.isAdmin) return <p className="pad">{t('settings.adminOnly')}</p>;
  if (!form) return <p className="pad muted">{t('settings.notYet')}</p>;
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setMessage({ text: t('settings.saving'), error: false });
    try {
      await saveSettings.mutateAsync(form);
      setMessage({ text: t('settings.saved'), error: false });
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
  };
  return (
    <section className="page">
      <h1>{t('settings.title')}</h1>
      <OssThresholdBanner />
      <form onSubmit={(event) => void save(event)} className="settings-form">
        <SettingsFields form={form} onChange={setForm} />
        <button type="submit" className="primary">
          {t('settings.save')}
        </button>
        {message && (
          <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}>
            {message.text}
          </p>
        )}
      </form>
    </section>
  );
}
