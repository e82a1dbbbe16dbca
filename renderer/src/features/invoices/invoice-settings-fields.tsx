import type { UseFormReturn } from 'react-hook-form';
import type { InvoiceSettingsInput } from '../../../../shared/schemas/invoice-settings';
import { autoInvoiceTriggerSchema } from '../../../../shared/schemas/invoice-settings';
import type { FieldState } from '../../forms/field-a11y';
import { countryOptions } from '../../i18n/countries';
import { useEnumLabel } from '../../i18n/enum-label';
import { useLanguage } from '../../i18n/language-preference';
import { languages } from '../../i18n/languages';
import { useT } from '../../i18n/use-t';
import type { SettingsDraft, SettingsField } from './invoice-settings-form';

type SettingsFormApi = UseFormReturn<SettingsDraft, unknown, InvoiceSettingsInput>;

/** A labelled input of the form with its problem sentence tied by aria. */
function Field({
  label,
  state,
  wide,
  children,
}: {
  label: string;
  state: FieldState;
  wide?: boolean;
  children: (aria: { 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => React.ReactNode;
}) {
  return (
    <label className={wide ? 'wide' : undefined}>
      <span className="field-label">{label}</span>
      {children({ 'aria-invalid': state.invalid, 'aria-describedby': state.describedBy })}
      {state.message}
    </label>
  );
}

/** The editable fields of the invoice settings form, grouped as on an invoice. */
export function SettingsFields({
  form,
  a11y,
  storedLanguage,
}: {
  form: SettingsFormApi;
  a11y: (field: SettingsField) => FieldState;
  storedLanguage: string;
}) {
  const t = useT('invoices');
  const common = useT('common');
  const label = useEnumLabel();
  const language = useLanguage();
  const { register } = form;
  const invoiceLanguages = [...new Set([...languages, storedLanguage])];
  const text = (field: SettingsField, name: string, wide = false) => (
    <Field label={name} state={a11y(field)} wide={wide}>
      {(aria) => <input {...register(field)} {...aria} />}
    </Field>
  );
  const check = (
    field: 'pricesIncludeVat' | 'ossRegistered' | 'distanceSalesThresholdExceeded',
    name: string,
  ) => (
    <label className="check wide">
      <input type="checkbox" {...register(field)} /> {name}
    </label>
  );
  return (
    <>
      <fieldset className="settings-group">
        <legend>{t('settings.seller')}</legend>
        {text('legalName', t('settings.legalName'), true)}
        {text('line1', t('settings.street'), true)}
        {text('postalCode', t('settings.postalCode'))}
        {text('city', t('settings.city'))}
        <Field label={t('settings.country')} state={a11y('country')}>
          {(aria) => (
            <select {...register('country')} {...aria}>
              {countryOptions(language).map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('vatNumber', t('settings.vatNumber'))}
        {text('companyRegistrationId', t('settings.registration'))}
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('settings.bank')}</legend>
        {text('iban', t('settings.iban'), true)}
        {text('bic', t('settings.bic'))}
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('settings.numbering')}</legend>
        {text('invoicePrefix', t('settings.prefix'))}
        <Field label={t('settings.terms')} state={a11y('paymentTermsDays')}>
          {(aria) => <input type="number" min={0} max={365} {...register('paymentTermsDays')} {...aria} />}
        </Field>
        <Field label={t('settings.language')} state={a11y('language')}>
          {(aria) => (
            <select {...register('language')} {...aria}>
              {invoiceLanguages.map((code) => (
                <option key={code} value={code}>
                  {code === 'de' || code === 'en' ? common(`languageName.${code}`) : code}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label>
          <span className="field-label">{t('settings.auto')}</span>
          <select {...register('autoInvoiceTrigger')}>
            {autoInvoiceTriggerSchema.options.map((trigger) => (
              <option key={trigger} value={trigger}>
                {label('autoInvoiceTrigger', trigger)}
              </option>
            ))}
          </select>
        </label>
        {text('footerText', t('settings.footer'), true)}
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('settings.vat')}</legend>
        {check('pricesIncludeVat', t('settings.pricesIncludeVat'))}
        {check('ossRegistered', t('settings.oss'))}
        {check('distanceSalesThresholdExceeded', t('settings.threshold'))}
      </fieldset>
    </>
  );
}
