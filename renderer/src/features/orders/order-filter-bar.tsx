import type { RefObject } from 'react';
import {
  channelSchema,
  fulfillmentStatusSchema,
  orderStatuses,
  paymentStatusSchema,
} from '../../../../shared/schemas/order';
import type { OrderFilters } from '../../../../shared/schemas/order-filters';
import { countryOptions } from '../../i18n/countries';
import { useEnumLabel } from '../../i18n/enum-label';
import { useLanguage } from '../../i18n/language-preference';
import { useT } from '../../i18n/use-t';

type Patch = (change: Partial<Record<keyof OrderFilters, string>>) => void;

/** A filter with a value is highlighted, so the user sees at once what narrows the list. */
const activeClass = (value: string): string | undefined => (value === '' ? undefined : 'active-filter');

function Select({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (v: string) => void;
}) {
  const t = useT('orders');
  return (
    <select
      aria-label={label}
      value={value}
      className={activeClass(value)}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{t('filter.any', { label })}</option>
      {options.map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** Search box and every list filter of the order list. */
export function OrderFilterBar({
  filters,
  query,
  onQuery,
  onPatch,
  searchRef,
}: {
  filters: OrderFilters;
  query: string;
  onQuery: (q: string) => void;
  onPatch: Patch;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const t = useT('orders');
  const label = useEnumLabel();
  const language = useLanguage();
  const country = filters.country ?? '';
  return (
    <div className="toolbar filter-bar">
      <input
        ref={searchRef}
        type="search"
        className={activeClass(query)}
        placeholder={t('filter.searchPlaceholder')}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        aria-label={t('filter.search')}
      />
      <Select
        label={t('filter.status')}
        value={filters.status ?? ''}
        options={orderStatuses.map((s) => [s, label('orderStatus', s)] as const)}
        onChange={(v) => onPatch({ status: v })}
      />
      <Select
        label={t('filter.payment')}
        value={filters.paymentStatus ?? ''}
        options={paymentStatusSchema.options.map((s) => [s, label('paymentStatus', s)] as const)}
        onChange={(v) => onPatch({ paymentStatus: v })}
      />
      <Select
        label={t('filter.fulfillment')}
        value={filters.fulfillmentStatus ?? ''}
        options={fulfillmentStatusSchema.options.map((s) => [s, label('fulfillmentStatus', s)] as const)}
        onChange={(v) => onPatch({ fulfillmentStatus: v })}
      />
      <Select
        label={t('filter.channel')}
        value={filters.channel ?? ''}
        options={channelSchema.options.map((s) => [s, label('channel', s)] as const)}
        onChange={(v) => onPatch({ channel: v })}
      />
      <Select
        label={t('filter.exceptions')}
        value={filters.hasExceptions === undefined ? '' : String(filters.hasExceptions)}
        options={[
          ['true', t('filter.withExceptions')],
          ['false', t('filter.withoutExceptions')],
        ]}
        onChange={(v) => onPatch({ hasExceptions: v })}
      />
      <Select
        label={t('filter.country')}
        value={country}
        options={countryOptions(language).map((option) => [option.code, option.name] as const)}
        onChange={(v) => onPatch({ country: v })}
      />
      <input
        aria-label={t('filter.tag')}
        placeholder={t('filter.tag')}
        className={activeClass(filters.tag ?? '')}
        size={10}
        value={filters.tag ?? ''}
        onChange={(e) => onPatch({ tag: e.target.value })}
      />
      <label className="muted">
        {t('filter.from')}{' '}
        <input
          type="date"
          aria-label={t('filter.fromDate')}
          className={activeClass(filters.from ?? '')}
          value={filters.from ?? ''}
          onChange={(e) => onPatch({ from: e.target.value })}
        />
      </label>
      <label className="muted">
        {t('filter.to')}{' '}
        <input
          type="date"
          aria-label={t('filter.toDate')}
          className={activeClass(filters.to ?? '')}
          value={filters.to ?? ''}
          onChange={(e) => onPatch({ to: e.target.value })}
        />
      </label>
    </div>
  );
}
