import type { RefObject } from 'react';
import {
  channelSchema,
  fulfillmentStatusSchema,
  orderStatuses,
  paymentStatusSchema,
} from '../../../../shared/schemas/order';
import type { OrderFilters } from '../../../../shared/schemas/order-filters';
import { fulfillmentLabel, paymentLabel, statusLabel } from './order-labels';

type Patch = (change: Partial<Record<keyof OrderFilters, string>>) => void;

function Select({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly [string, string][];
  onChange: (v: string) => void;
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{label}: all</option>
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
  return (
    <div className="toolbar filter-bar">
      <input
        ref={searchRef}
        type="search"
        placeholder="Search number, customer, e-mail, GTIN, tracking  ( / )"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        aria-label="Search orders"
      />
      <Select
        label="Status"
        value={filters.status ?? ''}
        options={orderStatuses.map((s) => [s, statusLabel[s]])}
        onChange={(v) => onPatch({ status: v })}
      />
      <Select
        label="Payment"
        value={filters.paymentStatus ?? ''}
        options={paymentStatusSchema.options.map((s) => [s, paymentLabel[s]])}
        onChange={(v) => onPatch({ paymentStatus: v })}
      />
      <Select
        label="Fulfillment"
        value={filters.fulfillmentStatus ?? ''}
        options={fulfillmentStatusSchema.options.map((s) => [s, fulfillmentLabel[s]])}
        onChange={(v) => onPatch({ fulfillmentStatus: v })}
      />
      <Select
        label="Channel"
        value={filters.channel ?? ''}
        options={channelSchema.options.map((s) => [s, s === 'direct' ? 'Direct' : 'Marketplace'])}
        onChange={(v) => onPatch({ channel: v })}
      />
      <Select
        label="Exceptions"
        value={filters.hasExceptions === undefined ? '' : String(filters.hasExceptions)}
        options={[
          ['true', 'With exceptions'],
          ['false', 'Without exceptions'],
        ]}
        onChange={(v) => onPatch({ hasExceptions: v })}
      />
      <input
        aria-label="Country"
        placeholder="Country"
        size={4}
        maxLength={2}
        value={filters.country ?? ''}
        onChange={(e) => onPatch({ country: e.target.value })}
      />
      <input
        aria-label="Tag"
        placeholder="Tag"
        size={10}
        value={filters.tag ?? ''}
        onChange={(e) => onPatch({ tag: e.target.value })}
      />
      <label className="muted">
        From{' '}
        <input
          type="date"
          aria-label="From date"
          value={filters.from ?? ''}
          onChange={(e) => onPatch({ from: e.target.value })}
        />
      </label>
      <label className="muted">
        To{' '}
        <input
          type="date"
          aria-label="To date"
          value={filters.to ?? ''}
          onChange={(e) => onPatch({ to: e.target.value })}
        />
      </label>
    </div>
  );
}
