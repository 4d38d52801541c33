/**
 * Shared figures of the acquisition KPIs (cac, cac-by-channel, paid-cac, cltv, cac-payback, ltv-to-cac):
 * spend of a period by channel, new customers by channel, and the ARPA and retention that CLTV derives
 * from subscriptions. Derived rates stay fractions (numerator, denominator) so that each KPI divides
 * once at the end: multiply before dividing, and 1 − 1/3 never becomes 0.666…67 on the way.
 */
import { choice, type KpiContext } from './context.js';
import { D, ONE, parseDecimal, sum, ZERO, type Dec } from './decimal.js';
import { InvalidOptionError } from './errors.js';
import { customersKind, spendKind } from './kinds.js';
import { spreadShare } from './money.js';
import type { Period } from './period.js';
import { compareText, orderChannels, UNATTRIBUTED } from './records.js';
import { quotient, type KpiCore } from './result.js';
import { recordsIn } from './select.js';
import { mrrMovements, type Movements } from './subscriptions.js';
import type { ComputeOptions } from './types.js';

export { orderChannels, UNATTRIBUTED };

export type CostBasis = 'marketing' | 'fully-loaded';
const COST_BASES: readonly CostBasis[] = ['marketing', 'fully-loaded'];

/** `costBasis`: `'marketing'` (default, spend rows with a channel) or `'fully-loaded'` (every row). */
export function costBasis(options: ComputeOptions): CostBasis {
  return choice(options, 'costBasis', COST_BASES, 'marketing');
}

export interface PeriodSpend {
  /** Spend in P per channel (rows with a channel), for channels with a row that has a day in P; keys sorted. */
  byChannel: Map<string, Dec>;
  /** The same for rows with `paid: true` and a channel (spec §6.13). */
  paidByChannel: Map<string, Dec>;
  /** Rows without a channel (salaries, tools). */
  overhead: Dec;
  /** Σ byChannel, in key order: the marketing cost basis. */
  marketing: Dec;
  /** Σ paidByChannel, in key order. */
  paid: Dec;
}

function sortedMap<T>(m: Map<string, T>): Map<string, T> {
  return new Map([...m].sort((a, b) => compareText(a[0], b[0])));
}

/**
 * The spend of P: each row spread evenly over its days `[periodStart, periodEnd)`, P taking the share of
 * days inside it, converted at the row's periodStart (spec §4, §6.10). A row with no day in P is not read
 * (so it needs no exchange rate and does not list its channel).
 */
export function spendIn(ctx: KpiContext, period: Period): PeriodSpend {
  return ctx.index.cached(`acquisition:spend:${period.start}/${period.end}:${ctx.currency ?? ''}`, () => {
    const byChannel = new Map<string, Dec>();
    const paidByChannel = new Map<string, Dec>();
    let overhead = ZERO;
    for (const row of ctx.index.kind(spendKind).records) {
      if (row.end <= period.start || row.start >= period.end) continue;
      const share = spreadShare(ctx, row, period);
      if (row.channel === undefined) {
        overhead = overhead.plus(share);
        continue;
      }
      byChannel.set(row.channel, (byChannel.get(row.channel) ?? ZERO).plus(share));
      if (row.paid) paidByChannel.set(row.channel, (paidByChannel.get(row.channel) ?? ZERO).plus(share));
    }
    const channels = sortedMap(byChannel);
    const paid = sortedMap(paidByChannel);
    return {
      byChannel: channels,
      paidByChannel: paid,
      overhead,
      marketing: sum(channels.values()),
      paid: sum(paid.values()),
    };
  });
}

export interface PeriodCustomers {
  /** Customers with firstPaidAt in P. */
  total: number;
  /** Per channel; customers without a channel are keyed `unattributed`. Keys sorted. */
  byChannel: Map<string, number>;
}

/** New customers of P: Customer records whose firstPaidAt falls in P by its local date (spec §4). */
export function newCustomersIn(ctx: KpiContext, period: Period): PeriodCustomers {
  const list = recordsIn(ctx, customersKind, 'firstPaidAt', period);
  const counts = new Map<string, number>();
  for (const c of list) {
    const key = c.channel ?? UNATTRIBUTED;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { total: list.length, byChannel: sortedMap(counts) };
}

/** CAC from its two halves, with both in details. */
export function cacOf(spend: Dec, newCustomers: Dec): KpiCore {
  return quotient(spend, newCustomers, { spend, newCustomers });
}

/** The two halves of CAC for a cost basis: spend of P and new customers of P. */
export function cacParts(ctx: KpiContext, period: Period, basis: CostBasis): { spend: Dec; newCustomers: Dec } {
  const spend = spendIn(ctx, period);
  return {
    spend: basis === 'marketing' ? spend.marketing : spend.marketing.plus(spend.overhead),
    newCustomers: new D(newCustomersIn(ctx, period).total),
  };
}

// ---- Options ----

interface Range {
  min?: number;
  max?: number;
  hint: string;
}

/** Limits of the CLTV options: fractions for margin and rates, no negative ARPA or discount rate. */
export const OPTION_RANGES: Record<'grossMargin' | 'retentionRate' | 'arpa' | 'discountRate', Range> = {
  grossMargin: { max: 1, hint: 'a fraction such as 0.8 (80 %), at most 1' },
  retentionRate: { min: 0, max: 1, hint: 'a fraction between 0 and 1 such as 0.9 (90 %)' },
  arpa: { min: 0, hint: 'an amount of 0 or more such as "1000"' },
  discountRate: { min: 0, hint: 'a fraction of 0 or more such as 0.01 (1 % per period)' },
};

/** Checks a decimal against its range; names the option when it is outside (spec §6.23). */
export function checkRange(name: keyof typeof OPTION_RANGES, value: Dec, raw: unknown = value.toString()): Dec {
  const range = OPTION_RANGES[name];
  if ((range.min !== undefined && value.lt(range.min)) || (range.max !== undefined && value.gt(range.max))) {
    throw new InvalidOptionError(name, `${JSON.stringify(raw)} is out of range: use ${range.hint}.`);
  }
  return value;
}

/** A decimal option (string or number), or undefined when absent or ''; throws InvalidOptionError otherwise. */
export function decimalOption(options: ComputeOptions, name: keyof typeof OPTION_RANGES): Dec | undefined {
  const raw = options[name];
  if (raw === undefined || raw === null || raw === '') return undefined;
  const value = parseDecimal(raw);
  if (!value) {
    throw new InvalidOptionError(
      name,
      `${JSON.stringify(raw)} is not a decimal number: use ${OPTION_RANGES[name].hint}.`,
    );
  }
  return checkRange(name, value, raw);
}

// ---- ARPA, retention and CLTV as fractions ----

/** n ÷ d kept apart; d may be zero (the figure is then undefined). */
export interface Frac {
  n: Dec;
  d: Dec;
}

export const whole = (n: Dec): Frac => ({ n, d: ONE });
export const value = (f: Frac): Dec | null => (f.d.isZero() ? null : f.n.div(f.d));

/** What CLTV reads: options where given, else ARPA and retention derived from the subscriptions of P. */
export interface CltvInputs {
  grossMargin: Dec | undefined;
  /** end MRR ÷ paying customers at the end of P, or `options.arpa`. */
  arpa: Frac;
  /** (paying customers at start − churned) ÷ paying customers at start, or `options.retentionRate`. */
  retention: Frac;
  discountRate: Dec;
}

/**
 * Reads the CLTV options and derives what is missing from subscriptions (spec §6.12). Returns undefined
 * when a figure must be derived and the dataset has no subscriptions (no-data).
 */
export function cltvInputs(ctx: KpiContext, period: Period): CltvInputs | undefined {
  const grossMargin = decimalOption(ctx.options, 'grossMargin');
  const arpa = decimalOption(ctx.options, 'arpa');
  const retentionRate = decimalOption(ctx.options, 'retentionRate');
  const discountRate = decimalOption(ctx.options, 'discountRate') ?? ZERO;
  if (arpa !== undefined && retentionRate !== undefined) {
    return { grossMargin, arpa: whole(arpa), retention: whole(retentionRate), discountRate };
  }
  if (!ctx.index.has('subscriptions')) return undefined;
  const m = mrrMovements(ctx, period);
  return {
    grossMargin,
    arpa: arpa !== undefined ? whole(arpa) : arpaOf(m),
    retention:
      retentionRate !== undefined
        ? whole(retentionRate)
        : { n: new D(m.customersAtStart - m.churnedCustomers), d: new D(m.customersAtStart) },
    discountRate,
  };
}

/** ARPA alone: `options.arpa`, else derived; undefined without subscriptions. */
export function arpaInput(ctx: KpiContext, period: Period): Frac | undefined {
  const arpa = decimalOption(ctx.options, 'arpa');
  if (arpa !== undefined) return whole(arpa);
  return ctx.index.has('subscriptions') ? arpaOf(mrrMovements(ctx, period)) : undefined;
}

/** ARPA derived from the movements of P: end MRR ÷ paying customers at the end. */
function arpaOf(m: Movements): Frac {
  return { n: m.end, d: new D(m.customersAtEnd) };
}

export type CltvMethod = 'simple' | 'churn' | 'discounted';
export const CLTV_METHODS: readonly CltvMethod[] = ['simple', 'churn', 'discounted'];

/** A CLTV: its exact fraction (for ltv-to-cac) and the result with details, or a reason for null. */
export interface Cltv {
  core: KpiCore;
  frac?: Frac;
}

/**
 * CLTV by method, with m = grossMargin × ARPA and r = retention:
 * simple m·r (the source article), churn m ÷ (1 − r), discounted m·r ÷ (1 + d − r).
 * The value is one division of the exact fraction; `numerator` and `denominator` in details are the
 * readable parts (m or m·r, and 1 − r or 1 + d − r), equal to the value's parts when they terminate.
 */
export function cltvOf(inputs: CltvInputs, method: CltvMethod): Cltv {
  const { grossMargin: gm, arpa: a, retention: r, discountRate: d } = inputs;
  const details: Record<string, Dec | null> = {
    grossMargin: gm ?? null,
    retentionRate: value(r),
    arpa: value(a),
    discountRate: d,
  };
  if (gm === undefined) return { core: { value: null, reason: 'missing-gross-margin', details } };
  if (a.d.isZero() || r.d.isZero()) return { core: { value: null, reason: 'zero-denominator', details } };
  // m = gm × a.n ÷ a.d; r = r.n ÷ r.d.
  const m = gm.times(a.n);
  let frac: Frac;
  let shown: { numerator: Dec; denominator: Dec } | undefined;
  if (method === 'simple') {
    frac = { n: m.times(r.n), d: a.d.times(r.d) };
  } else {
    // 1 − r = (r.d − r.n) ÷ r.d; 1 + d − r = (r.d × (1 + d) − r.n) ÷ r.d.
    const rest = method === 'churn' ? r.d.minus(r.n) : r.d.times(ONE.plus(d)).minus(r.n);
    const top = method === 'churn' ? m.times(r.d) : m.times(r.n);
    frac = { n: top, d: a.d.times(rest) };
    shown = {
      numerator: method === 'churn' ? m.div(a.d) : m.times(r.n).div(a.d.times(r.d)),
      denominator: rest.div(r.d),
    };
    if (rest.isZero()) return { core: { value: null, reason: 'zero-churn', details: { ...details, ...shown } } };
  }
  return { core: { value: frac.n.div(frac.d), details: { ...details, ...shown } }, frac };
}

// ---- cac-by-channel from summary numbers ----

/**
 * The summary form of cac-by-channel: the widget's `channels` attribute, JSON text such as
 * `[{"channel":"seo","spend":"1500","newCustomers":"3"}]`, read with JSON.parse into plain data and
 * validated entry by entry (never evaluated). An entry without a channel is `unattributed`. Numbers
 * in the JSON are read through their shortest text; strings are exact.
 */
export function channelSummary(text: unknown): KpiCore {
  let data: unknown;
  try {
    data = typeof text === 'string' ? JSON.parse(text) : text;
  } catch {
    throw new InvalidOptionError(
      'channels',
      'is not JSON text such as [{"channel":"seo","spend":"1500","newCustomers":"3"}].',
    );
  }
  if (!Array.isArray(data))
    throw new InvalidOptionError('channels', 'must be a JSON array of { channel, spend, newCustomers }.');
  const entries = new Map<string, { spend: Dec; newCustomers: Dec }>();
  data.forEach((entry: unknown, i) => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new InvalidOptionError('channels', `entry ${i} is not an object { channel, spend, newCustomers }.`);
    }
    const e = entry as Record<string, unknown>;
    const own = (k: string) => (Object.hasOwn(e, k) ? e[k] : undefined);
    const rawChannel = own('channel');
    if (rawChannel !== undefined && rawChannel !== null && typeof rawChannel !== 'string') {
      throw new InvalidOptionError('channels', `entry ${i}: channel ${JSON.stringify(rawChannel)} is not text.`);
    }
    const channel = (rawChannel ?? '').trim() || UNATTRIBUTED;
    const spend = parseDecimal(own('spend') ?? '0');
    if (!spend)
      throw new InvalidOptionError(
        'channels',
        `entry ${i}: spend ${JSON.stringify(own('spend'))} is not a decimal number.`,
      );
    const customers = parseDecimal(own('newCustomers'));
    if (!customers || !customers.isInteger() || customers.isNegative()) {
      throw new InvalidOptionError(
        'channels',
        `entry ${i}: newCustomers ${JSON.stringify(own('newCustomers'))} is not a whole number of 0 or more.`,
      );
    }
    if (entries.has(channel))
      throw new InvalidOptionError('channels', `entry ${i}: channel "${channel}" appears twice.`);
    entries.set(channel, { spend, newCustomers: customers });
  });
  const sorted = [...entries].sort((a, b) => orderChannels(a[0], b[0]));
  return channelResult(
    sorted.map(([key, e]) => ({ key, ...e })),
    sum(sorted.map(([, e]) => e.spend)),
    sum(sorted.map(([, e]) => e.newCustomers)),
  );
}

/**
 * The cac-by-channel result from per-channel figures: each channel spend ÷ its new customers (0 for a
 * free channel, null `zero-denominator` for spend without customers, null `unattributed` for customers
 * without a channel); value = blended marketing spend ÷ all new customers (spec §6.14).
 */
export function channelResult(
  channels: { key: string; spend: Dec; newCustomers: Dec }[],
  spend: Dec,
  newCustomers: Dec,
): KpiCore {
  return {
    ...cacOf(spend, newCustomers),
    breakdown: channels.map(({ key, spend, newCustomers }) => {
      const details = { spend, newCustomers };
      const reason = key === UNATTRIBUTED ? 'unattributed' : newCustomers.isZero() ? 'zero-denominator' : undefined;
      return reason ? { key, value: null, reason, details } : { key, value: spend.div(newCustomers), details };
    }),
  };
}
