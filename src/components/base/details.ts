import type { NounKey } from '../controllers/translations.js';

/** How a detail of a result is formatted in "How is this calculated?". */
export type DetailUnit = 'money' | 'count' | 'percent' | 'days' | 'months' | 'ratio';

/** One side of a quotient: its unit, and for counts the noun that names it ("12 new customers"). */
export interface QuotientSide {
  unit: DetailUnit;
  noun?: NounKey;
}

/**
 * What a KPI's details mean. `quotient` formats `details.numerator ÷ details.denominator`; `units`
 * overrides the unit a detail key has by default (see {@link detailUnit}); `hide` leaves details out.
 * Each KPI's spec is in `kpi-display.ts`.
 */
export interface DetailSpec {
  quotient?: { numerator: QuotientSide; denominator: QuotientSide };
  units?: Record<string, DetailUnit>;
  hide?: readonly string[];
}

/** Money amounts whose key does not say so by its ending (Value, Revenue, Sales, Mrr, Spend). */
const MONEY_KEYS = new Set([
  'spend',
  'mrr',
  'start',
  'end',
  'new',
  'expansion',
  'reactivation',
  'contraction',
  'churn',
  'arpa',
  'cac',
  'cltv',
  'quota',
  'current',
  'previous',
  'delta',
  'weighted',
  'cancellations',
  'additionalRecurring',
  'averageDealSize',
]);

/**
 * The unit of a detail by its key: amounts (spend, mrr, start, end, new, expansion, ...) are money;
 * customers, deals, leads and opportunities are counts; rates and margins are percents (fractions);
 * keys ending in Days are days. A KPI's {@link DetailSpec.units} comes first.
 */
export function detailUnit(key: string, spec?: DetailSpec): DetailUnit {
  const own = spec?.units?.[key];
  if (own) return own;
  if (MONEY_KEYS.has(key) || /(Value|Revenue|Sales|Mrr|Spend)$/.test(key)) return 'money';
  if (/(^rate|Rate|Margin|AtQuota)$/.test(key)) return 'percent';
  if (/(^days|Days)$/.test(key)) return 'days';
  // Customers, deals, leads, opportunities, reps and anything else: counts.
  return 'count';
}

/** "openDeals" → "Open deals", for detail keys no translation names. */
export function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
