import { z } from 'zod';
import { draftSchemaOver, problemsOf } from '../../forms/draft-schema';
import { currencyExponent, formatMajorUnits, toMinorUnits } from '../../../../shared/money';
import {
  shippingMethodInputSchema,
  type PriceRule,
  type ShippingMethod,
  type ShippingMethodInput,
} from '../../../../shared/schemas/shipping-method';

/** A weight band as typed: kilograms and a price in major units, text until saved. */
export interface BandDraft {
  upToKg: string;
  price: string;
}

/** The editor's fields as typed (prices in major units, countries as a comma list). */
export interface ShippingMethodDraft {
  name: string;
  carrier: string;
  countries: string;
  ruleKind: PriceRule['kind'];
  price: string;
  freeFrom: string;
  bands: BandDraft[];
  trackingUrlTemplate: string;
  active: boolean;
}

export const emptyMethodDraft: ShippingMethodDraft = {
  name: '',
  carrier: '',
  countries: '',
  ruleKind: 'flat',
  price: '',
  freeFrom: '',
  bands: [{ upToKg: '', price: '' }],
  trackingUrlTemplate: '',
  active: true,
};

/** Minor units as the major-unit text the form edits: 495 EUR → "4.95", 500 JPY → "500", 4950 BHD → "4.950". */
export function formatMajorAmount(minor: number, currency = 'EUR'): string {
  return formatMajorUnits(minor, currency);
}

const major = (minor: number): string => formatMajorAmount(minor);

/**
 * Minor units from "4.95" / "4,95" / "5"; NaN when it has more decimals than the currency's
 * ISO 4217 exponent allows (EUR 2, JPY 0, BHD 3).
 */
export function parseMajorAmount(text: string, currency = 'EUR'): number {
  const compact = text.trim().replace(',', '.');
  const exponent = currencyExponent(currency);
  const pattern = exponent === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${exponent}})?$`);
  if (!pattern.test(compact)) return Number.NaN;
  return toMinorUnits(Number(compact), currency);
}

/** The form's view of a stored method. */
export function draftOfMethod(method: ShippingMethod): ShippingMethodDraft {
  const rule = method.priceRule;
  return {
    ...emptyMethodDraft,
    name: method.name,
    carrier: method.carrier,
    countries: method.countries.join(', '),
    ruleKind: rule.kind,
    price: rule.kind === 'weight_bands' ? '' : major(rule.amount),
    freeFrom: rule.kind === 'free_above' ? major(rule.freeFromSubtotal) : '',
    bands:
      rule.kind === 'weight_bands'
        ? rule.bands.map((band) => ({ upToKg: String(band.upToGrams / 1000), price: major(band.amount) }))
        : emptyMethodDraft.bands,
    trackingUrlTemplate: method.trackingUrlTemplate,
    active: method.active,
  };
}

function priceRuleOf(draft: ShippingMethodDraft): unknown {
  if (draft.ruleKind === 'flat') return { kind: 'flat', amount: parseMajorAmount(draft.price) };
  if (draft.ruleKind === 'free_above') {
    return {
      kind: 'free_above',
      amount: parseMajorAmount(draft.price),
      freeFromSubtotal: parseMajorAmount(draft.freeFrom),
    };
  }
  return {
    kind: 'weight_bands',
    bands: draft.bands.map((band) => ({
      upToGrams: Math.round(Number(band.upToKg.trim().replace(',', '.')) * 1000),
      amount: parseMajorAmount(band.price),
    })),
  };
}

/** Which sentence (`shipping:invalid.*`) explains a problem with a draft field. */
export type MethodProblem =
  'name' | 'carrier' | 'countries' | 'price' | 'freeFrom' | 'bands' | 'bandsOrder' | 'tracking';

/** The draft field a problem is shown under (and focused on submit). */
export type MethodField =
  'name' | 'carrier' | 'countries' | 'price' | 'freeFrom' | 'bands' | 'trackingUrlTemplate';

function problemOf(
  path: readonly PropertyKey[],
  code: string,
): { field: MethodField; problem: MethodProblem } {
  const [head, second] = path;
  if (head === 'name' || head === 'carrier' || head === 'countries') return { field: head, problem: head };
  if (head === 'trackingUrlTemplate') return { field: head, problem: 'tracking' };
  if (second === 'freeFromSubtotal') return { field: 'freeFrom', problem: 'freeFrom' };
  if (second === 'bands') return { field: 'bands', problem: code === 'custom' ? 'bandsOrder' : 'bands' };
  return { field: 'price', problem: 'price' };
}

function candidateOf(draft: ShippingMethodDraft): unknown {
  return {
    name: draft.name,
    carrier: draft.carrier,
    countries: draft.countries
      .split(/[\s,;]+/)
      .map((code) => code.trim().toUpperCase())
      .filter((code) => code !== ''),
    priceRule: priceRuleOf(draft),
    trackingUrlTemplate: draft.trackingUrlTemplate,
    active: draft.active,
  };
}

/**
 * The editor's schema: the draft as typed, checked and converted by the shared
 * `shippingMethodInputSchema` (the one the server uses). Each issue lands on the draft field
 * it concerns, its message naming the sentence to show (`shipping:invalid.<problem>`).
 */
export const methodDraftSchema = draftSchemaOver(
  z.object({
    name: z.string(),
    carrier: z.string(),
    countries: z.string(),
    ruleKind: z.enum(['flat', 'weight_bands', 'free_above']),
    price: z.string(),
    freeFrom: z.string(),
    bands: z.array(z.object({ upToKg: z.string(), price: z.string() })),
    trackingUrlTemplate: z.string(),
    active: z.boolean(),
  }),
  candidateOf,
  shippingMethodInputSchema,
  problemOf,
);

/** Checks the draft with the shared schema: the method to save, or each wrong field with its problem. */
export function methodInputOf(
  draft: ShippingMethodDraft,
):
  | { ok: true; input: ShippingMethodInput }
  | { ok: false; problems: Partial<Record<MethodField, MethodProblem>> } {
  const checked = problemsOf<MethodField, MethodProblem, ShippingMethodInput>(methodDraftSchema, draft);
  return checked.ok ? { ok: true, input: checked.value } : checked;
}

/** How a price rule's summary is worded (the screen passes its language's formatters). */
export interface PriceRuleWords {
  money: (minor: number) => string;
  kilograms: (grams: number) => string;
  freeFrom: (price: string, threshold: string) => string;
  band: (weight: string, price: string) => string;
}

/** One-line summary of a price rule, e.g. "4,95 €, ab 50,00 € versandkostenfrei". */
export function describePriceRule(rule: PriceRule, words: PriceRuleWords): string {
  if (rule.kind === 'flat') return words.money(rule.amount);
  if (rule.kind === 'free_above')
    return words.freeFrom(words.money(rule.amount), words.money(rule.freeFromSubtotal));
  return rule.bands
    .map((band) => words.band(words.kilograms(band.upToGrams), words.money(band.amount)))
    .join(' · ');
}
