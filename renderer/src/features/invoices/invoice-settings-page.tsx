import { useEffect, useState, type FormEvent } from 'react';
import type { StoreInvoiceSettings } from '../../../../shared/schemas/invoice-settings';
import { useData } from '../../data/data-context';
import { serverUrl } from '../../data/server-url';
import { useInvoiceSettings } from './invoice-hooks';
import { SettingsFields, type SettingsForm } from './invoice-settings-fields';

function toForm(settings: StoreInvoiceSettings): SettingsForm {
  const { storeId: _storeId, version: _version, updatedAt: _updatedAt, ...editable } = settings;
  return editable;
}

/** Admin screen for the store's invoice settings (seller block, numbering, terms, OSS, automatic issuance); saved online. */
export function InvoiceSettingsPage() {
  const { session } = useData();
  const settings = useInvoiceSettings();
  const [form, setForm] = useState<SettingsForm | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  useEffect(() => {
    if (settings && !form) setForm(toForm(settings));
  }, [settings, form]);
  if (!session.user.isAdmin) return <p className="pad">Only administrators can change invoice settings.</p>;
  if (!form) return <p className="pad muted">Invoice settings have not reached this workstation yet.</p>;
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setMessage('Saving…');
    try {
      const response = await fetch(`${serverUrl()}/api/v1/admin/invoice-settings`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
        body: JSON.stringify(form),
      });
      const body = (await response.json()) as {
        error?: { message: string; issues?: { path: string; message: string }[] };
      };
      setMessage(
        response.ok
          ? 'Saved; new invoices use these settings.'
          : `${body.error?.message ?? response.statusText}${body.error?.issues ? `: ${body.error.issues.map((i) => `${i.path} ${i.message}`).join('; ')}` : ''}`,
      );
    } catch {
      setMessage('No connection: settings can only be changed online.');
    }
  };
  return (
    <section className="page">
      <h2>Invoice settings</h2>
      <form onSubmit={(event) => void save(event)} className="settings-form">
        <SettingsFields form={form} onChange={setForm} />
        <button type="submit">Save settings</button>
        {message && <p role="status">{message}</p>}
      </form>
    </section>
  );
}
