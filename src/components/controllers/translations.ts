import type { KpiId } from '../../engine/types.js';

/** How long a period is, for "vs previous month" and friends. */
export type Grain = 'month' | 'quarter' | 'year' | 'period';

/** A counted thing, in the singular and the plural, with the measure word languages like Chinese need. */
export interface Noun {
  one: string;
  other: string;
  /** Measure word placed between the number and the noun (zh-TW: 位, 筆, 個). */
  counter?: string;
}

/** The kinds of counted things the cards name ("12 new customers"). */
export type NounKey =
  | 'newCustomers'
  | 'customers'
  | 'customersAtStart'
  | 'churnedCustomers'
  | 'retainedCustomers'
  | 'leads'
  | 'convertedLeads'
  | 'opportunities'
  | 'wonDeals'
  | 'closedDeals'
  | 'reps';

/** What a change looks like once its numbers are formatted (signed, with a real minus sign). */
export interface DeltaText {
  /** The headline change: "+10%" or "+5.2 pp". */
  change: string;
  /** The change in the KPI's unit, when it adds something: "+$540". */
  amount?: string;
  /** The compared period: "April", "Q1 2025", or the words for "the previous period". */
  against: string;
}

/** The parts of the sentence that names a value for assistive technology. */
export interface ValueSentence {
  name: string;
  value: string;
  /** "up 8%", "down 5.2 percentage points", "unchanged"; absent without a comparison. */
  change?: string;
  /** "April"; with `change`, or alone for "no comparison with April". */
  against?: string;
  noComparison?: boolean;
  polarity: 'higher-is-better' | 'lower-is-better' | 'neutral';
}

/**
 * Every word a card shows, in one language. Numbers, dates and relative times are formatted by Intl in
 * the page's own locale and handed in already formatted; these functions only place them in a phrase.
 */
export interface KpiStrings {
  loading: string;
  noData: string;
  loadError: string;
  notAvailable: string;
  howCalculated: string;
  up: string;
  down: string;
  unchanged: string;
  higherIsBetter: string;
  lowerIsBetter: string;
  /** "the previous period", when a summary result names no period. */
  previousPeriod: string;
  /** The visible change line without its arrow: "+10% (+$540) vs April". */
  delta(d: DeltaText): string;
  /** "+5.2 pp". */
  percentagePoints(n: string): string;
  /** "up 5.2 percentage points" in the spoken sentence. */
  percentagePointsLong(n: string): string;
  /** Why there is no percentage change. */
  noComparison(against: string, why: 'missing' | 'zero' | 'negative'): string;
  /** The value's accessible name: "Customer acquisition cost, $458.33, down 8% versus April, lower is better". */
  sentence(s: ValueSentence): string;
  /** "Customer acquisition cost, no value. Not defined: no new customers in this period". */
  missingSentence(name: string, reason: string): string;
  ratio(n: string): string;
  perDay(money: string): string;
  /** "12 new customers"; `plural` is the Intl.PluralRules category of the number. */
  quantity(n: string, noun: Noun, plural: Intl.LDMLPluralRule): string;
  divide(a: string, b: string): string;
  /** "Updated 5 minutes ago"; `age` is Intl.RelativeTimeFormat output or `justNow`. */
  updated(age: string): string;
  justNow: string;
  /** A refresh failed and the last good value stays. */
  stale(age?: string): string;
  skipped(count: number): string;
  /**
   * The name of a card's trend line: "12-month trend: from $4,800.00 to $5,940.00". The built-in English
   * and zh-TW words come with the trend line (`base/trend-line.ts`), so only widgets that draw one carry them.
   */
  trend?(months: number, from: string, to: string): string;
  quarter(year: string, quarter: number): string;
  /**
   * Joins the two ends of a period ("2024年1月至2024年6月"), for languages whose Intl range formats read
   * poorly; without it, Intl's `formatRange` is used ("January – June 2024").
   */
  range?(first: string, last: string): string;
  targetOf(progress: string, target: string): string;
  targetUnder(amount: string, target: string): string;
  targetOver(amount: string, target: string): string;
  /**
   * Reasons for a null value, by the engine's reason code: the ones every KPI may give here, and a
   * translation's words for the ones only some KPIs give (`zero-churn`, `no-quota`), whose built-in
   * words come with the KPI's `KpiDisplay` (`reasons`).
   */
  reasons: Record<string, string>;
  /** Per-KPI words for `zero-denominator` (what was zero), over the KPI's own (`KpiDisplay` `reasons`). */
  zeroDenominator?: Partial<Record<KpiId, string>>;
  /**
   * A translation's words for the counted things cards name; the built-in English and zh-TW words come
   * with each KPI's `KpiDisplay` (`nouns`), so a widget carries only its own.
   */
  nouns?: Partial<Record<NounKey, Noun>>;
  /** Labels of result details by key ("spend"), over the KPI's own labels in `KpiDisplay`. */
  details?: Record<string, string>;
  /** KPI names; the engine's metadata is used for en and zh-TW when absent. */
  names?: Partial<Record<KpiId, string>>;
  /** Formulas in words, over the KPI's own (`KpiDisplay` `formula`); the engine's (English) formula when neither has one. */
  formulas?: Partial<Record<KpiId, string>>;
}

const en: KpiStrings = {
  loading: 'Loading…',
  noData: 'No data',
  loadError: 'Could not load data',
  notAvailable: 'Not available',
  howCalculated: 'How is this calculated?',
  up: 'up',
  down: 'down',
  unchanged: 'unchanged',
  higherIsBetter: 'higher is better',
  lowerIsBetter: 'lower is better',
  previousPeriod: 'the previous period',
  delta: ({ change, amount, against }) => `${change}${amount ? ` (${amount})` : ''} vs ${against}`,
  percentagePoints: (n) => `${n} pp`,
  percentagePointsLong: (n) => `${n} percentage points`,
  // `why` is 'zero' or 'negative' ("April was zero"), or 'missing'.
  noComparison: (against, why) =>
    `No comparison: ${why === 'missing' ? `no value for ${against}` : `${against} was ${why}`}`,
  sentence: ({ name, value, change, against, noComparison, polarity }) =>
    [
      name,
      value,
      change && against
        ? `${change} versus ${against}`
        : noComparison && against
          ? `no comparison with ${against}`
          : '',
      polarity === 'higher-is-better' ? 'higher is better' : polarity === 'lower-is-better' ? 'lower is better' : '',
    ]
      .filter(Boolean)
      .join(', '),
  missingSentence: (name, reason) => `${name}, no value. ${reason}`,
  ratio: (n) => `${n}×`,
  perDay: (money) => `${money}/day`,
  quantity: (n, noun, plural) => `${n} ${plural === 'one' ? noun.one : noun.other}`,
  divide: (a, b) => `${a} ÷ ${b}`,
  updated: (age) => `Updated ${age}`,
  justNow: 'just now',
  stale: (age) => `Could not refresh; showing the last loaded value${age ? ` (updated ${age})` : ''}`,
  skipped: (n) => `${n} ${n === 1 ? 'record' : 'records'} skipped`,
  quarter: (year, q) => `Q${q} ${year}`,
  targetOf: (progress, target) => `${progress} of ${target} target`,
  targetUnder: (amount, target) => `${amount} under the ${target} target`,
  targetOver: (amount, target) => `${amount} over the ${target} target`,
  reasons: {
    'no-data': 'No records of the kind this KPI needs',
    'zero-denominator': 'Not defined: nothing to divide by in this period',
    'no-baseline': 'Not defined: the previous period was zero',
    'negative-baseline': 'Not defined: the previous period was negative',
  },
};

const zhTW: KpiStrings = {
  loading: '載入中…',
  noData: '沒有資料',
  loadError: '無法載入資料',
  notAvailable: '無法計算',
  howCalculated: '這是怎麼算的？',
  up: '上升',
  down: '下降',
  unchanged: '持平',
  higherIsBetter: '越高越好',
  lowerIsBetter: '越低越好',
  previousPeriod: '前期',
  delta: ({ change, amount, against }) => `較${against} ${change}${amount ? `（${amount}）` : ''}`,
  percentagePoints: (n) => `${n} 個百分點`,
  percentagePointsLong: (n) => `${n} 個百分點`,
  noComparison: (against, why) =>
    why === 'zero'
      ? `無法比較：${against}為零`
      : why === 'negative'
        ? `無法比較：${against}為負值`
        : `無法比較：${against}沒有數值`,
  sentence: ({ name, value, change, against, noComparison, polarity }) =>
    [
      name,
      value,
      change && against ? `較${against}${change}` : noComparison && against ? `無法與${against}比較` : '',
      polarity === 'higher-is-better' ? '越高越好' : polarity === 'lower-is-better' ? '越低越好' : '',
    ]
      .filter(Boolean)
      .join('，'),
  missingSentence: (name, reason) => `${name}，無數值。${reason}`,
  ratio: (n) => `${n}×`,
  perDay: (money) => `${money}/天`,
  quantity: (n, noun) => `${n} ${noun.counter ?? ''}${noun.other}`,
  divide: (a, b) => `${a} ÷ ${b}`,
  updated: (age) => `${age}更新`,
  justNow: '剛剛',
  stale: (age) => `無法更新，顯示上次載入的數值${age ? `（${age}更新）` : ''}`,
  skipped: (n) => `已略過 ${n} 筆資料`,
  quarter: (year, q) => `${year} 年第 ${q} 季`,
  range: (first, last) => `${first}至${last}`,
  targetOf: (progress, target) => `已達目標 ${target} 的 ${progress}`,
  targetUnder: (amount, target) => `低於目標 ${target}：${amount}`,
  targetOver: (amount, target) => `超出目標 ${target}：${amount}`,
  reasons: {
    'no-data': '沒有此指標所需的紀錄',
    'zero-denominator': '無法計算：本期沒有可除的數值',
    'no-baseline': '無法計算：前期為零',
    'negative-baseline': '無法計算：前期為負值',
  },
};

/** Translations by lower-case BCP 47 tag; en and zh-TW are built in. */
const registry = new Map<string, KpiStrings>([
  ['en', en],
  ['zh-tw', zhTW],
]);

/** Nested maps are merged key by key, so a translation may give only some reasons or labels. */
function merge(base: KpiStrings, extra: Partial<KpiStrings>): KpiStrings {
  const out = { ...base, ...extra } as KpiStrings;
  for (const key of ['reasons', 'zeroDenominator', 'nouns', 'details', 'names', 'formulas'] as const) {
    if (extra[key]) (out as unknown as Record<string, unknown>)[key] = { ...(base[key] ?? {}), ...extra[key] };
  }
  return out;
}

/**
 * Adds (or extends) a language: `registerTranslation('fr', { loading: 'Chargement…', ... })`. Strings
 * not given fall back to English. Elements already on the page pick it up at their next render.
 */
export function registerTranslation(lang: string, strings: Partial<KpiStrings>): void {
  const key = lang.trim().toLowerCase();
  registry.set(key, merge(registry.get(key) ?? en, strings));
}

/**
 * The translation key for a BCP 47 tag: the tag itself, then language-region, then language; Chinese in
 * Traditional script (zh-TW, zh-Hant, zh-HK, zh-MO) reads zh-TW; anything else reads English.
 */
export function matchLocale(tag: string | null | undefined): string {
  const lower = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (!lower) return 'en';
  const parts = lower.split('-');
  const candidates = [lower, parts.slice(0, 2).join('-'), parts[0]!];
  for (const c of candidates) if (registry.has(c)) return c === 'zh-tw' ? 'zh-TW' : c;
  try {
    if (parts[0] === 'zh' && new Intl.Locale(lower).maximize().script === 'Hant') return 'zh-TW';
  } catch {
    // An invalid tag reads English.
  }
  return 'en';
}

/** The strings of a translation key from {@link matchLocale}. */
export function stringsFor(locale: string): KpiStrings {
  return registry.get(locale.toLowerCase()) ?? en;
}
