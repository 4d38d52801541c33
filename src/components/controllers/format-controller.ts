import { D as Decimal } from '../../engine/decimal.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Comparison, KpiDefinition, KpiResult, PeriodRange, Unit } from '../../engine/types.js';
import { humanize, type DetailUnit } from '../base/details.js';
import type { KpiDisplay } from '../base/kpi-display.js';
import { matchLocale, stringsFor, type Grain, type KpiStrings, type Noun, type NounKey } from './translations.js';

export { matchLocale, registerTranslation, type Grain, type KpiStrings } from './translations.js';

/** A number to display: a decimal.js value, decimal text, or a JS number. */
export type Numeric = number | string | { toFixed(): string };

/** Overrides of the headline value's format, from the `notation` and `decimals` attributes. */
export interface ValueFormat {
  notation?: 'standard' | 'compact' | 'scientific' | 'engineering';
  /** Fraction digits, fixed. */
  decimals?: number;
}

/** Options of `money` (and of `unit`, which hands them on): Intl's, and two of its own. */
export type MoneyOptions = Intl.NumberFormatOptions & {
  /** Compact notation ($1.2M); default from 1,000,000. */
  compact?: boolean;
  /** Whole amounts without minor digits ($540). */
  strip?: boolean;
};

/** Money of this size and above is shown in compact notation ($1.2M, US$123.5萬). */
const COMPACT_FROM = 1_000_000;
const MINUS = '\u2212';

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

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

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

/**
 * From this size a number prints in scientific notation: standard notation from 1e15 (22 digits and
 * separators), compact from 1e18, since it has no unit above T / 兆 and would grow digit by digit.
 */
const SCIENTIFIC_FROM = new Decimal('1e15');
const COMPACT_SCIENTIFIC_FROM = new Decimal('1e18');

/**
 * Intl parts of a number, with the two guards every formatter needs: no sign on a zero (signDisplay
 * 'negative' unless the caller chose one) and scientific notation from 1e15 in size, the exponent
 * written from decimal.js so that decimal text beyond the double range never prints as ∞.
 */
function guarded(tag: string, value: Numeric, options: Intl.NumberFormatOptions): Intl.NumberFormatPart[] {
  const opts: Intl.NumberFormatOptions = { signDisplay: 'negative', ...options };
  const text = digits(value);
  const d = new Decimal(text);
  // Percent values are scaled first: Intl multiplies by 100 inside, so the exponent must include it.
  const scaled = opts.style === 'percent' ? d.times(100) : d;
  const from = opts.notation === 'compact' ? COMPACT_SCIENTIFIC_FROM : SCIENTIFIC_FROM;
  if (!d.isFinite() || scaled.abs().lt(from) || (opts.notation && opts.notation !== 'compact')) {
    return numberFormat(tag, opts).formatToParts(text);
  }
  const [mantissa, exponent] = scaled.toExponential(1).split('e') as [string, string];
  const { style, ...rest } = opts;
  const parts = numberFormat(tag, {
    ...rest,
    ...(style === 'percent' ? {} : { style }),
    notation: 'scientific',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).formatToParts(mantissa as `${number}`);
  const e = Number(exponent);
  const out: Intl.NumberFormatPart[] = [];
  for (const p of parts) {
    if (p.type === 'exponentInteger') {
      if (e < 0) out.push({ type: 'exponentMinusSign', value: MINUS });
      out.push({ type: 'exponentInteger', value: String(Math.abs(e)) });
    } else if (p.type !== 'exponentMinusSign') out.push(p);
  }
  if (style === 'percent') out.push({ type: 'percentSign', value: '%' });
  return out;
}

/** A local date 'YYYY-MM-DD' as a Date at UTC midnight, to format with timeZone UTC. */
function utcDate(date: string, dayOffset = 0): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + dayOffset));
}

/** A BCP 47 tag Intl accepts, or 'en'. */
function intlTag(tag: string | null | undefined): string {
  try {
    return Intl.getCanonicalLocales(tag || [])[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * Locale and formatting for a kpi element, through Intl only. The locale is the element's own `lang`,
 * else the nearest ancestor's across shadow roots (a `<kpi-source lang>` is such an ancestor), else the
 * browser's; a change of that `lang` re-renders the host. UI words come from the matching translation
 * (en, zh-TW, or one added with `registerTranslation`); numbers, dates and relative times are formatted
 * in the page's own locale, so a German page reads English words with German numbers.
 */
export class FormatController implements ReactiveController {
  /** The translation in use: 'en', 'zh-TW', or a registered language. */
  locale = 'en';
  /** The BCP 47 tag numbers and dates are formatted in. */
  tag = 'en';
  private observer: MutationObserver | undefined;
  private watched: Element | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched = undefined;
  }

  /** Re-resolves before each render, so a node moved under another `lang` follows it. */
  hostUpdate(): void {
    if (this.host.isConnected && langElement(this.host) !== this.watched) this.resolve();
  }

  /** The UI strings of the current locale. */
  get t(): KpiStrings {
    return stringsFor(this.locale);
  }

  private resolve(): void {
    const holder = langElement(this.host);
    const raw = holder?.getAttribute('lang') ?? navigator.language;
    const tag = intlTag(raw);
    const locale = matchLocale(tag);
    // Watch the host itself and the element the locale came from (or <html> when none had a lang).
    this.observer?.disconnect();
    this.observer = new MutationObserver(() => this.resolve());
    const options: MutationObserverInit = { attributes: true, attributeFilter: ['lang'] };
    this.observer.observe(this.host, options);
    this.watched = holder;
    const watched = holder ?? this.host.ownerDocument.documentElement;
    if (watched !== this.host) this.observer.observe(watched, options);
    if (locale !== this.locale || tag !== this.tag) {
      this.locale = locale;
      this.tag = tag;
      this.host.requestUpdate();
    }
  }

  /**
   * Formats with Intl and writes a negative sign as the real minus sign (U+2212). A zero, or a negative
   * that rounds to zero, prints without a sign; from 1e15 in size the number is scientific with one
   * decimal, its exponent taken from decimal.js (V8 prints decimal text beyond ~1.8e308 as ∞). Parts
   * of the type `drop` are left out.
   */
  private intl(value: Numeric, options: Intl.NumberFormatOptions, drop?: Intl.NumberFormatPartTypes): string {
    return guarded(this.tag, value, options)
      .filter((p) => p.type !== drop)
      .map((p) => (p.type === 'minusSign' ? MINUS : p.value))
      .join('');
  }

  private big(value: Numeric): boolean {
    return Math.abs(Number(digits(value))) >= COMPACT_FROM;
  }

  /**
   * Money: the currency's minor digits below 1,000,000 and compact notation with one decimal from there
   * ($1.2M; US$123.5萬 in zh-TW). Without a currency, a plain number with two decimals.
   */
  money(value: Numeric, currency?: string, options: MoneyOptions = {}): string {
    const { compact = this.big(value), strip = false, ...rest } = options;
    const base: Intl.NumberFormatOptions = currency
      ? { style: 'currency', currency }
      : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    const size: Intl.NumberFormatOptions = compact
      ? { notation: 'compact', minimumFractionDigits: 1, maximumFractionDigits: 1 }
      : strip
        ? { trailingZeroDisplay: 'stripIfInteger' }
        : {};
    return this.intl(value, { ...base, ...size, ...rest });
  }

  /** A fraction as a percentage with at most one decimal: 0.25 gives "25%", 0.6489 gives "64.9%". */
  percent(fraction: Numeric, options: Intl.NumberFormatOptions = {}): string {
    return this.intl(fraction, { style: 'percent', maximumFractionDigits: 1, ...options });
  }

  /** A count of things, grouped, as an integer: "1,204". */
  count(value: Numeric, options: Intl.NumberFormatOptions = {}): string {
    return this.intl(value, { maximumFractionDigits: 0, ...options });
  }

  /** A number of days with at most one decimal: "23.3 days" / "23.3 天". */
  days(value: Numeric, options: Intl.NumberFormatOptions = {}): string {
    return this.duration('day', value, options);
  }

  /** A number of months with at most one decimal: "14.2 months". */
  months(value: Numeric, options: Intl.NumberFormatOptions = {}): string {
    return this.duration('month', value, options);
  }

  private duration(unit: 'day' | 'month', value: Numeric, options: Intl.NumberFormatOptions): string {
    return this.intl(value, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1, ...options });
  }

  /** A ratio with two decimals: "1.54×". */
  ratio(value: Numeric, options: Intl.NumberFormatOptions = {}): string {
    return this.t.ratio(this.intl(value, { minimumFractionDigits: 2, maximumFractionDigits: 2, ...options }));
  }

  /** A value in its KPI unit, by the defaults above; `compact` and `strip` apply to money only. */
  unit(value: Numeric, unit: Unit, currency?: string, options: MoneyOptions = {}): string {
    switch (unit) {
      case 'currency':
        return this.money(value, currency, options);
      case 'currency-per-day':
        return this.t.perDay(this.money(value, currency, options));
      case 'percent':
        return this.percent(value, options);
      case 'days':
        return this.days(value, options);
      case 'months':
        return this.months(value, options);
      case 'ratio':
        return this.ratio(value, options);
      default:
        return this.count(value, options);
    }
  }

  /** A result detail in its unit (see `detailUnit`); money in the result's currency, whole amounts without cents. */
  detail(value: Numeric, unit: DetailUnit, currency?: string): string {
    return unit === 'money'
      ? this.money(value, currency, { strip: true })
      : this.unit(value, unit, currency, unit === 'count' ? { maximumFractionDigits: 2 } : {});
  }

  /** The headline value of a result: its unit's default, or the `notation` / `decimals` a page asked for. */
  value(result: KpiResult, { notation, decimals }: ValueFormat = {}): string {
    if (result.value === null) return '—';
    // Compact notation has one decimal unless `decimals` says otherwise.
    const fixed = decimals ?? (notation === 'compact' ? 1 : undefined);
    return this.unit(result.value, result.unit, result.currency, {
      ...(notation ? { notation, compact: notation === 'compact' } : {}),
      ...(fixed === undefined ? {} : { minimumFractionDigits: fixed, maximumFractionDigits: fixed }),
    });
  }

  /** A signed change in the KPI's unit: "+$540", "−2.1 days"; compact from 1,000,000. */
  signed(value: Numeric, unit: Unit, currency?: string): string {
    return this.unit(value, unit, currency, { signDisplay: 'exceptZero', strip: true });
  }

  /** A change of a rate in percentage points: 0.052 gives "+5.2 pp" / "+5.2 個百分點"; `long` spells the unit out. */
  points(delta: Numeric, long = false, signed = true): string {
    // Intl's percent style scales the decimal text exactly; its % sign (and the space some locales put
    // before it) is dropped, since a percentage point is not a percent.
    const n = this.intl(
      delta,
      { style: 'percent', maximumFractionDigits: 1, signDisplay: signed ? 'exceptZero' : 'never' },
      'percentSign',
    ).trim();
    return long ? this.t.percentagePointsLong(n) : this.t.percentagePoints(n);
  }

  /** "12 new customers" / "12 位新客戶". */
  /**
   * A counted thing's words: the translation's, else the KPI's (`display.nouns`) in this language or in
   * English, else the key itself.
   */
  noun(key: NounKey, display?: KpiDisplay): Noun {
    const words = display?.nouns?.[key];
    return this.t.nouns?.[key] ?? words?.[this.locale] ?? words?.en ?? { one: key, other: key };
  }

  quantity(value: Numeric, noun: Noun): string {
    return this.t.quantity(this.count(value, { maximumFractionDigits: 2 }), noun, this.plural(value));
  }

  /** The plural category of a count, for the UI strings. */
  plural(count: Numeric): Intl.LDMLPluralRule {
    return new Intl.PluralRules(this.tag).select(Number(digits(count)));
  }

  /** A period for people: "May 2024", "Q2 2024", "2024", "January – June 2024", or a date range. */
  period(p: PeriodRange): string {
    const grain = periodGrain(p);
    const start = utcDate(p.start);
    if (grain === 'month') return dateFormat(this.tag, { year: 'numeric', month: 'long' }).format(start);
    if (grain === 'quarter') {
      return this.t.quarter(
        this.intl(start.getUTCFullYear(), { useGrouping: false }),
        Math.floor(start.getUTCMonth() / 3) + 1,
      );
    }
    if (grain === 'year') return dateFormat(this.tag, { year: 'numeric' }).format(start);
    const end = utcDate(p.end, -1);
    const t = this.t;
    // A run of whole months reads as months; anything else as days (long dates where the translation
    // joins the ends itself). Half-open: the last day is end − 1.
    const df = dateFormat(
      this.tag,
      /-01$/.test(p.start) && /-01$/.test(p.end)
        ? { year: 'numeric', month: 'long' }
        : { dateStyle: t.range ? 'long' : 'medium' },
    );
    return t.range ? t.range(df.format(start), df.format(end)) : df.formatRange(start, end);
  }

  /**
   * A period named against another: "April" when both are months of one year ("versus April"), else
   * in full ("December 2024", "Q1 2025").
   */
  periodAgainst(p: PeriodRange, current?: PeriodRange): string {
    const grain = periodGrain(p);
    const sameYear = current && current.start.slice(0, 4) === p.start.slice(0, 4);
    if (grain === 'month' && sameYear && periodGrain(current) === 'month') {
      return dateFormat(this.tag, { month: 'long' }).format(utcDate(p.start));
    }
    return this.period(p);
  }

  /** How long ago, for "Updated 5 minutes ago": Intl.RelativeTimeFormat in minutes, hours or days. */
  age(ms: number): string {
    const minutes = Math.floor(Math.max(0, Math.round(ms / 1000)) / 60);
    const hours = Math.floor(minutes / 60);
    const rtf = new Intl.RelativeTimeFormat(this.tag, { numeric: 'always' });
    if (minutes < 1) return this.t.justNow;
    if (hours < 1) return rtf.format(-minutes, 'minute');
    return hours < 24 ? rtf.format(-hours, 'hour') : rtf.format(-Math.floor(hours / 24), 'day');
  }

  /** The KPI's name in the current language. */
  kpiName(info: KpiDefinition): string {
    return this.t.names?.[info.id] ?? (this.locale === 'zh-TW' ? info.names['zh-TW'] : info.names.en);
  }

  /** The KPI's formula in words. */
  formula(info: KpiDefinition, display?: KpiDisplay): string {
    return this.t.formulas?.[info.id] ?? display?.formula?.[this.locale] ?? info.formula;
  }

  /** The label of a result detail: the translation's, the KPI's own, its English one, or the key in words. */
  detailLabel(key: string, display?: KpiDisplay): string {
    return (
      this.t.details?.[key] ?? display?.labels?.[this.locale]?.[key] ?? display?.labels?.en?.[key] ?? humanize(key)
    );
  }

  /** Why a value is null, in words; a zero denominator, and the reasons only some KPIs give, in the KPI's own words. */
  reason(reason: string | undefined, kpi?: KpiDefinition['id'], display?: KpiDisplay): string {
    if (!reason) return this.t.notAvailable;
    const words = display?.reasons?.[reason];
    const own = words?.[this.locale] ?? words?.en;
    // Every translation has words for a zero denominator: the KPI's own (what was zero) come first,
    // unless the translation has its own for this KPI. The other reasons are the translation's first.
    if (reason === 'zero-denominator') {
      return (kpi && this.t.zeroDenominator?.[kpi]) ?? own ?? this.t.reasons[reason] ?? this.t.notAvailable;
    }
    return this.t.reasons[reason] ?? own ?? this.t.notAvailable;
  }

  /**
   * The comparison of a result in words and numbers, or undefined when it has none. `tone` says whether
   * the change is good by the KPI's polarity; a rate's change is in percentage points.
   */
  comparison(result: KpiResult): ComparisonText | undefined {
    const c: Comparison | undefined = result.comparison;
    if (!c || result.value === null) return undefined;
    const t = this.t;
    const against = c.period ? this.periodAgainst(c.period, result.period) : t.previousPeriod;
    const points = result.unit === 'percent';
    if (c.delta === null || (!points && c.deltaPercent === null)) {
      const why = c.baseline === null ? 'missing' : c.baseline.isNegative() ? 'negative' : 'zero';
      return { direction: 'none', tone: 'neutral', against, text: t.noComparison(against, why) };
    }
    const direction = c.delta.isZero() ? 'unchanged' : c.delta.isNegative() ? 'down' : 'up';
    const tone: Tone =
      direction === 'unchanged' || result.polarity === 'neutral'
        ? 'neutral'
        : (direction === 'up') === (result.polarity === 'higher-is-better')
          ? 'positive'
          : 'negative';
    const change = points ? this.points(c.delta) : this.percent(c.deltaPercent!, { signDisplay: 'exceptZero' });
    const amount = points ? undefined : this.signed(c.delta, result.unit, result.currency);
    const size = points ? this.points(c.delta, true, false) : this.percent(c.deltaPercent!, { signDisplay: 'never' });
    const spoken = direction === 'unchanged' ? t.unchanged : `${t[direction]} ${size}`;
    return {
      direction,
      tone,
      against,
      spoken,
      text: t.delta({ change, ...(amount ? { amount } : {}), against }),
    };
  }
}

/** Whether a change is good news by the KPI's polarity. */
export type Tone = 'positive' | 'negative' | 'neutral';

/** A comparison ready to show: the visible line, and the words the value's accessible name uses. */
export interface ComparisonText {
  direction: 'up' | 'down' | 'unchanged' | 'none';
  tone: Tone;
  /** The compared period: "April", "the previous period". */
  against: string;
  /** The visible line without its arrow: "+10% (+$540) vs April", or the "no comparison" words. */
  text: string;
  /** "down 8%" for the sentence; absent when there is no comparison. */
  spoken?: string;
}
