import type { StoreInvoiceSettings } from '../../../../shared/schemas/invoice-settings';
import { autoInvoiceTriggerSchema } from '../../../../shared/schemas/invoice-settings';
import { countryOptions } from '../../i18n/countries';
import { useEnumLabel } from '../../i18n/enum-label';
import { useLanguage } from '../../i18n/language-preference';
import { languages } from '../../i18n/languages';
import { useT } from '../../i18n/use-t';

export type SettingsForm = Omit<StoreInvoiceSettings, 'storeId' | 'version' | 'updatedAt'>;

function Text({
  label,
  value,
  onChange,
  wide,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  wide?: boolean;
}) {
  return (
    <label className={wide ? 'wide' : undefined}>
      <span className="field-label">{label}</span>
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
    <label className="check wide">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

/** The editable fields of the invoice settings form, grouped as on an invoice. */
export function SettingsFields({
  form,
  onChange,
}: {
  form: SettingsForm;
  onChange: (form: SettingsForm) => void;
}) {
  const t = useT('invoices');
  const common = useT('common');
  const label = useEnumLabel();
  const language = useLanguage();
  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]): void =>
    onChange({ ...form, [key]: value });
  const address = (key: 'line1' | 'postalCode' | 'city' | 'country', value: string): void =>
    set('address', { ...form.address, [key]: value });
  const bank = form.bankDetails ?? { iban: '', bic: '' };
  const invoiceLanguages = [...new Set([...languages, form.language])];
  return (
    <>
      <fieldset className="settings-group">
        <legend>{t('settings.seller')}</legend>
        <Text
          wide
          label={t('settings.legalName')}
          value={form.legalName}
          onChange={(v) => set('legalName', v)}
        />
        <Text
          wide
          label={t('settings.street')}
          value={form.address.line1}
          onChange={(v) => address('line1', v)}
        />
        <Text
          label={t('settings.postalCode')}
          value={form.address.postalCode}
          onChange={(v) => address('postalCode', v)}
        />
        <Text label={t('settings.city')} value={form.address.city} onChange={(v) => address('city', v)} />
        <label>
          <span className="field-label">{t('settings.country')}</span>
          <select value={form.address.country} onChange={(e) => address('country', e.target.value)}>
            {countryOptions(language).map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <Text label={t('settings.vatNumber')} value={form.vatNumber} onChange={(v) => set('vatNumber', v)} />
        <Text
          label={t('settings.registration')}
          value={form.companyRegistrationId ?? ''}
          onChange={(v) => set('companyRegistrationId', v.length > 0 ? v : null)}
        />
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('settings.bank')}</legend>
        <Text
          wide
          label={t('settings.iban')}
          value={bank.iban}
          onChange={(v) => set('bankDetails', { ...bank, iban: v })}
        />
        <Text
          label={t('settings.bic')}
          value={bank.bic}
          onChange={(v) => set('bankDetails', { ...bank, bic: v })}
        />
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('settings.numbering')}</legend>
        <Text
          label={t('settings.prefix')}
          value={form.invoicePrefix}
          onChange={(v) => set('invoicePrefix', v.toUpperCase())}
        />
        <label>
          <span className="field-label">{t('settings.terms')}</span>
          <input
            type="number"
            min={0}
            max={365}
            value={form.paymentTermsDays}
            onChange={(e) => set('paymentTermsDays', Number(e.target.value))}
          />
        </label>
        <label>
          <span className="field-label">{t('settings.language')}</span>
          <select value={form.language} onChange={(e) => set('language', e.target.value)}>
            {invoiceLanguages.map((code) => (
              <option key={code} value={code}>
                {code === 'de' || code === 'en' ? common(`languageName.${code}`) : code}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="field-label">{t('settings.auto')}</span>
          <select
            value={form.autoInvoiceTrigger}
            onChange={(e) => set('autoInvoiceTrigger', autoInvoiceTriggerSchema.parse(e.target.value))}
          >
            {autoInvoiceTriggerSchema.options.map((trigger) => (
              <option key={trigger} value={trigger}>
                {label('autoInvoiceTrigger', trigger)}
              </option>
            ))}
          </select>
        </label>
        <Text
          wide
          label={t('settings.footer')}
          value={form.footerText}
          onChange={(v) => set('footerText', v)}
        />
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('settings.vat')}</legend>
        <Check
          label={t('settings.pricesIncludeVat')}
          checked={form.pricesIncludeVat}
          onChange={(v) => set('pricesIncludeVat', v)}
        />
        <Check
          label={t('settings.oss')}
          checked={form.ossRegistered}
          onChange={(v) => set('ossRegistered', v)}
        />
        <Check
          label={t('settings.threshold')}
          checked={form.distanceSalesThresholdExceeded}
          onChange={(v) => set('distanceSalesThresholdExceeded', v)}
        />
      </fieldset>
    </>
  );
}
