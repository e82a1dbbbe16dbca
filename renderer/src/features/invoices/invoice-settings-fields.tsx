import type { StoreInvoiceSettings } from '../../../../shared/schemas/invoice-settings';
import { autoInvoiceTriggerSchema } from '../../../../shared/schemas/invoice-settings';

export type SettingsForm = Omit<StoreInvoiceSettings, 'storeId' | 'version' | 'updatedAt'>;

function Text({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <input value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

/** The editable fields of the invoice settings form. */
export function SettingsFields({
  form,
  onChange,
}: {
  form: SettingsForm;
  onChange: (form: SettingsForm) => void;
}) {
  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]): void =>
    onChange({ ...form, [key]: value });
  const address = (key: 'line1' | 'postalCode' | 'city' | 'country', value: string): void =>
    set('address', { ...form.address, [key]: value });
  const bank = form.bankDetails ?? { iban: '', bic: '' };
  return (
    <fieldset>
      <Text label="Legal name" value={form.legalName} onChange={(v) => set('legalName', v)} />
      <Text label="Street" value={form.address.line1} onChange={(v) => address('line1', v)} />
      <Text label="Postal code" value={form.address.postalCode} onChange={(v) => address('postalCode', v)} />
      <Text label="City" value={form.address.city} onChange={(v) => address('city', v)} />
      <Text
        label="Country"
        value={form.address.country}
        onChange={(v) => address('country', v.toUpperCase())}
      />
      <Text label="VAT number" value={form.vatNumber} onChange={(v) => set('vatNumber', v)} />
      <Text
        label="Company registration"
        value={form.companyRegistrationId ?? ''}
        onChange={(v) => set('companyRegistrationId', v.length > 0 ? v : null)}
      />
      <Text label="IBAN" value={bank.iban} onChange={(v) => set('bankDetails', { ...bank, iban: v })} />
      <Text label="BIC" value={bank.bic} onChange={(v) => set('bankDetails', { ...bank, bic: v })} />
      <Text
        label="Invoice prefix"
        value={form.invoicePrefix}
        onChange={(v) => set('invoicePrefix', v.toUpperCase())}
      />
      <label>
        Payment terms (days)
        <input
          type="number"
          min={0}
          max={365}
          value={form.paymentTermsDays}
          onChange={(e) => set('paymentTermsDays', Number(e.target.value))}
        />
      </label>
      <Text label="Footer" value={form.footerText} onChange={(v) => set('footerText', v)} />
      <Text label="Language" value={form.language} onChange={(v) => set('language', v)} />
      <Check
        label="Prices include VAT"
        checked={form.pricesIncludeVat}
        onChange={(v) => set('pricesIncludeVat', v)}
      />
      <Check label="OSS registered" checked={form.ossRegistered} onChange={(v) => set('ossRegistered', v)} />
      <Check
        label="EU distance sales over EUR 10,000"
        checked={form.distanceSalesThresholdExceeded}
        onChange={(v) => set('distanceSalesThresholdExceeded', v)}
      />
      <label>
        Issue invoices automatically
        <select
          value={form.autoInvoiceTrigger}
          onChange={(e) => set('autoInvoiceTrigger', autoInvoiceTriggerSchema.parse(e.target.value))}
        >
          <option value="manual">Manually</option>
          <option value="on_payment">On payment</option>
          <option value="on_shipment">On shipment</option>
        </select>
      </label>
    </fieldset>
  );
}
