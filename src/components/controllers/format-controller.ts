import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CompareBasis, PeriodRange, Unit } from '../../engine/types.js';

/** The locales the kit speaks. Any other `lang` falls back by language (`zh-*` to zh-TW, the rest to en). */
export type KpiLocale = 'en' | 'zh-TW';

/** A number to display: a decimal.js value, decimal text, or a JS number. */
export type Numeric = number | string | { toFixed(): string };

/** How long the compared period is, for "vs previous month" and friends. */
export type Grain = 'month' | 'quarter' | 'year' | 'period';

/** Picks the supported locale for a BCP 47 tag. */
export function matchLocale(tag: string | null | undefined): KpiLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return language === 'zh' ? 'zh-TW' : 'en';
}

/** The nearest element at or above `el` with a non-empty `lang`, walking out through shadow roots. */
export function langElement(el: Element): Element | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return undefined;
}

/** Month, quarter or year when the half-open range of local dates is exactly one, else 'period'. */
export function periodGrain(p: PeriodRange): Grain {
  const s = /^(\d{4})-(\d{2})-01$/.exec(p.start);
  const e = /^(\d{4})-(\d{2})-01$/.exec(p.end);
  if (!s || !e) return 'period';
  const months = (Number(e[1]) - Number(s[1])) * 12 + Number(e[2]) - Number(s[2]);
  if (months === 1) return 'month';
  if (months === 3 && (Number(s[2]) - 1) % 3 === 0) return 'quarter';
  if (months === 12 && s[2] === '01') return 'year';
  return 'period';
}

/** The UI strings of one locale. */
export interface KpiMessages {
  loading: string;
  noData: string;
  loadError: string;
  notAvailable: string;
  up: string;
  down: string;
  unchanged: string;
  stale: string;
  comparedWith(basis: CompareBasis, grain: Grain): string;
  /** The delta sentence without its arrow; `amount` and `percent` are already formatted, without sign. */
  delta(direction: 'up' | 'down' | 'unchanged', against: string, amount: string, percent?: string): string;
  trend(months: number, from: string, to: string): string;
  skipped(count: number): string;
  customers(count: string, plural: Intl.LDMLPluralRule): string;
  payingCustomers(count: string, plural: Intl.LDMLPluralRule): string;
  times(a: string, b: string): string;
  targetProgress(progress: string, target: string): string;
  quarter(year: string, quarter: number): string;
}

const en: KpiMessages = {
  loading: 'Loading…',
  noData: 'No data',
  loadError: 'Could not load data',
  notAvailable: 'Not available',
  up: 'up',
  down: 'down',
  unchanged: 'unchanged',
  stale: 'Could not refresh; showing the last loaded value',
  comparedWith: (basis, grain) =>
    basis === 'previous-period'
      ? {
          month: 'vs previous month',
          quarter: 'vs previous quarter',
          year: 'vs previous year',
          period: 'vs previous period',
        }[grain]
      : {
          month: 'vs same month last year',
          quarter: 'vs same quarter last year',
          year: 'vs previous year',
          period: 'vs same period last year',
        }[grain],
  delta: (direction, against, amount, percent) =>
    direction === 'unchanged'
      ? `${en.unchanged} ${against}`
      : `${en[direction]} ${amount}${percent ? ` (${percent})` : ''} ${against}`,
  trend: (months, from, to) => `${months}-month trend: from ${from} to ${to}`,
  skipped: (n) => `${n} ${n === 1 ? 'record' : 'records'} skipped`,
  customers: (n, plural) => `${n} ${plural === 'one' ? 'customer' : 'customers'}`,
  payingCustomers: (n, plural) => `${n} paying ${plural === 'one' ? 'customer' : 'customers'}`,
  times: (a, b) => `${a} × ${b}`,
  targetProgress: (progress, target) => `${progress} of ${target} target`,
  quarter: (year, q) => `Q${q} ${year}`,
};

const zhTW: KpiMessages = {
  loading: '載入中…',
  noData: '沒有資料',
  loadError: '無法載入資料',
  notAvailable: '無法計算',
  up: '上升',
  down: '下降',
  unchanged: '持平',
  stale: '無法更新，顯示上次載入的數值',
  comparedWith: (basis, grain) =>
    basis === 'previous-period'
      ? { month: '較上月', quarter: '較上季', year: '較去年', period: '較前期' }[grain]
      : { month: '較去年同月', quarter: '較去年同季', year: '較去年', period: '較去年同期' }[grain],
  delta: (direction, against, amount, percent) =>
    direction === 'unchanged'
      ? `${against}${zhTW.unchanged}`
      : `${against}${zhTW[direction]} ${amount}${percent ? `（${percent}）` : ''}`,
  trend: (months, from, to) => `近 ${months} 個月趨勢：從 ${from} 到 ${to}`,
  skipped: (n) => `已略過 ${n} 筆資料`,
  customers: (n) => `${n} 位客戶`,
  payingCustomers: (n) => `${n} 位付費客戶`,
  times: (a, b) => `${a} × ${b}`,
  targetProgress: (progress, target) => `已達目標 ${target} 的 ${progress}`,
  quarter: (year, q) => `${year} 年第 ${q} 季`,
};

const MESSAGES: Record<KpiLocale, KpiMessages> = { en, 'zh-TW': zhTW };

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let nf = numberFormats.get(key);
  if (!nf) numberFormats.set(key, (nf = new Intl.NumberFormat(locale, options)));
  return nf;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let df = dateFormats.get(key);
  if (!df) dateFormats.set(key, (df = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return df;
}

/**
 * Decimal text for Intl: a Decimal is handed over as its exact digits, so nothing is rounded through a
 * binary float before display (Intl.NumberFormat formats decimal strings exactly).
 */
function digits(value: Numeric): `${number}` {
  if (typeof value === 'number') return String(value) as `${number}`;
  if (typeof value === 'string') return value.trim() as `${number}`;
  return value.toFixed() as `${number}`;
}

/** A local date 'YYYY-MM-DD' as a Date at UTC midnight, to format with timeZone UTC. */
function utcDate(date: string, dayOffset = 0): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + dayOffset));
}

/**
 * Locale and formatting for a kpi element. The locale comes from the element's own `lang`, else the
 * nearest ancestor's (through shadow roots), else 'en'; a change of that `lang` re-renders the host.
 * Amounts are formatted from their decimal text, never from a float.
 */
export class FormatController implements ReactiveController {
  /** The supported locale in use. */
  locale: KpiLocale = 'en';
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The UI strings of the current locale. */
  get t(): KpiMessages {
    return MESSAGES[this.locale];
  }

  private resolve(): void {
    const holder = langElement(this.host);
    const locale = matchLocale(holder?.getAttribute('lang'));
    // Watch the host itself and the element the locale came from (or <html> when none had a lang).
    this.observer?.disconnect();
    this.observer = new MutationObserver(() => this.resolve());
    const options: MutationObserverInit = { attributes: true, attributeFilter: ['lang'] };
    this.observer.observe(this.host, options);
    const watched = holder ?? this.host.ownerDocument.documentElement;
    if (watched !== this.host) this.observer.observe(watched, options);
    if (locale !== this.locale) {
      this.locale = locale;
      this.host.requestUpdate();
    }
  }

  /** Money in `currency` (ISO 4217) with the currency's usual digits; without a currency, two decimals. */
  currency(value: Numeric, currency?: string, options: Intl.NumberFormatOptions = {}): string {
    const base: Intl.NumberFormatOptions = currency
      ? { style: 'currency', currency }
      : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    return numberFormat(this.locale, { ...base, ...options }).format(digits(value));
  }

  /** A fraction as a percentage: 0.25 gives "25.0%" with the default one decimal. */
  percent(fraction: Numeric, fractionDigits = 1, options: Intl.NumberFormatOptions = {}): string {
    return numberFormat(this.locale, {
      style: 'percent',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      ...options,
    }).format(digits(fraction));
  }

  /** A count of things, grouped: "1,204". */
  count(value: Numeric, options: Intl.NumberFormatOptions = {}): string {
    return numberFormat(this.locale, { maximumFractionDigits: 2, ...options }).format(digits(value));
  }

  /** A number of days: "45 days" / "45 天". */
  days(value: Numeric, options: Intl.NumberFormatOptions = {}): string {
    return numberFormat(this.locale, {
      style: 'unit',
      unit: 'day',
      unitDisplay: 'long',
      maximumFractionDigits: 1,
      ...options,
    }).format(digits(value));
  }

  /** Short form for tight spaces: "$5.9K" / "US$5,940" (zh-TW compacts from 萬). */
  compact(value: Numeric, currency?: string): string {
    return numberFormat(this.locale, {
      notation: 'compact',
      maximumSignificantDigits: 3,
      ...(currency ? { style: 'currency', currency } : {}),
    }).format(digits(value));
  }

  /** A value in its KPI unit. */
  unit(value: Numeric, unit: Unit, currency?: string, options: Intl.NumberFormatOptions = {}): string {
    switch (unit) {
      case 'currency':
        return this.currency(value, currency, options);
      case 'currency-per-day':
        return `${this.currency(value, currency, options)}/${this.locale === 'zh-TW' ? '天' : 'day'}`;
      case 'percent':
        return this.percent(value, 1, options);
      case 'days':
        return this.days(value, options);
      case 'months':
        return numberFormat(this.locale, {
          style: 'unit',
          unit: 'month',
          unitDisplay: 'long',
          maximumFractionDigits: 1,
          ...options,
        }).format(digits(value));
      case 'ratio':
        return `${numberFormat(this.locale, { maximumFractionDigits: 2, ...options }).format(digits(value))}×`;
      default:
        return this.count(value, options);
    }
  }

  /** The plural category of a count, for the UI strings. */
  plural(count: Numeric): Intl.LDMLPluralRule {
    let rules = pluralRules.get(this.locale);
    if (!rules) pluralRules.set(this.locale, (rules = new Intl.PluralRules(this.locale)));
    return rules.select(Number(digits(count)));
  }

  /** A period for people: "December 2025", "Q4 2025", "2025", or a date range. */
  period(p: PeriodRange): string {
    const grain = periodGrain(p);
    const start = utcDate(p.start);
    if (grain === 'month') return dateFormat(this.locale, { year: 'numeric', month: 'long' }).format(start);
    if (grain === 'quarter') {
      return this.t.quarter(String(start.getUTCFullYear()), Math.floor(start.getUTCMonth() / 3) + 1);
    }
    if (grain === 'year') return dateFormat(this.locale, { year: 'numeric' }).format(start);
    // Half-open: the last day shown is the day before `end`.
    return dateFormat(this.locale, { dateStyle: 'medium' }).formatRange(start, utcDate(p.end, -1));
  }
}
