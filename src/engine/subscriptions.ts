/**
 * MRR from subscription segments (spec §4): the MRR of each customer at an instant, and the movements
 * between the start and the end of a period, classified per customer.
 */
import type { KpiContext } from './context.js';
import { choice } from './context.js';
import { D, sum, ZERO, type Dec } from './decimal.js';
import { epochToLocalDate, periodInstants, type Period } from './period.js';
import type { SubscriptionSegment } from './records.js';

export type DiscountPolicy = 'all' | 'forever-only' | 'none';
const POLICIES: readonly DiscountPolicy[] = ['all', 'forever-only', 'none'];

/** A segment's MRR at instant t in its own currency: zero outside [start, end) and during a trial. */
export function segmentMrrAt(s: SubscriptionSegment, t: number, policy: DiscountPolicy): Dec {
  if (t < s.start || t >= s.end) return ZERO;
  if (s.trialEndsAt !== undefined && t < s.trialEndsAt) return ZERO;
  if (!s.discountFactor || policy === 'none') return s.monthly;
  const applies = s.discountForever ? true : policy === 'all' && t < s.discountEndsAt!;
  return applies ? s.monthly.times(s.discountFactor) : s.monthly;
}

/** MRR per customer at instant t in the reporting currency; only customers with a non-zero MRR are listed. */
export function mrrByCustomerAt(ctx: KpiContext, t: number): Map<string, Dec> {
  const policy = choice(ctx.options, 'discountPolicy', POLICIES, 'all');
  return ctx.index.cached(`mrr@${t}:${ctx.currency ?? ''}:${policy}`, () => {
    const out = new Map<string, Dec>();
    const { table } = ctx.index.fx;
    let date: string | undefined;
    for (const [customer, segments] of ctx.index.subscriptions.byCustomer) {
      const whole = integerMrrAt(segments, t, policy, ctx.currency);
      if (whole !== undefined) {
        if (whole !== null) out.set(customer, whole);
        continue;
      }
      let total = ZERO;
      for (const s of segments) {
        let v = segmentMrrAt(s, t, policy);
        if (v.isZero()) continue;
        if (s.currency && ctx.currency && s.currency !== ctx.currency) {
          date ??= epochToLocalDate(t, ctx.timeZone);
          v = table.convert(v, s.currency, ctx.currency, date);
        }
        total = total.plus(v);
      }
      if (!total.isZero()) out.set(customer, total);
    }
    return out;
  });
}

/**
 * A customer's MRR at t summed in integers, when every segment active at t has a scaled-integer
 * monthly amount (see SubscriptionSegment.monthlyUnits), no discount to apply and no conversion; null
 * when it is zero; undefined otherwise (then the Decimal sum runs). The Decimal sum of such amounts is
 * exact (at most 31 significant digits below 2^53 units), so both give the same value, to the digit.
 */
function integerMrrAt(
  segments: readonly SubscriptionSegment[],
  t: number,
  policy: DiscountPolicy,
  currency: string | undefined,
): Dec | null | undefined {
  let scale = 0;
  for (const s of segments) {
    if (t < s.start || t >= s.end || (s.trialEndsAt !== undefined && t < s.trialEndsAt)) continue;
    if (s.monthlyUnits !== s.monthlyUnits) return undefined; // NaN: no integer form
    if (s.discountFactor && policy !== 'none') return undefined;
    if (s.currency && currency && s.currency !== currency) return undefined;
    if (s.monthlyScale > scale) scale = s.monthlyScale;
  }
  let total = 0;
  for (const s of segments) {
    if (t < s.start || t >= s.end || (s.trialEndsAt !== undefined && t < s.trialEndsAt)) continue;
    total += s.monthlyUnits * 10 ** (scale - s.monthlyScale);
    if (!Number.isSafeInteger(total)) return undefined;
  }
  return total === 0 ? null : new D(`${total}e-${scale}`);
}

/** Whether a customer had a positive MRR at some instant before `before` (spec §6.8). */
function paidBefore(ctx: KpiContext, customer: string, before: number): boolean {
  const policy = choice(ctx.options, 'discountPolicy', POLICIES, 'all');
  const segments = ctx.index.subscriptions.byCustomer.get(customer) ?? [];
  // MRR is constant between the instants where some segment starts, ends, leaves its trial or loses
  // its discount, so looking at each of those instants sees every value it ever took.
  const changes = new Set<number>();
  for (const s of segments) {
    for (const t of [s.start, s.end, s.trialEndsAt, s.discountEndsAt])
      if (t !== undefined && t < before) changes.add(t);
  }
  for (const t of changes) {
    let total = ZERO;
    // Exchange rates are positive, so the sign needs no conversion unless currencies are mixed.
    for (const s of segments) total = total.plus(segmentMrrAt(s, t, policy));
    if (total.isPositive() && !total.isZero()) return true;
  }
  return false;
}

export interface Movements {
  start: Dec;
  new: Dec;
  expansion: Dec;
  reactivation: Dec;
  contraction: Dec;
  churn: Dec;
  end: Dec;
  /** Paying customers (MRR > 0) at the start and end (spec §6.24). */
  customersAtStart: number;
  customersAtEnd: number;
  /** Customers by movement: 0 → >0 never paid before, 0 → >0 paid before, >0 → 0. */
  newCustomers: number;
  reactivatedCustomers: number;
  churnedCustomers: number;
}

/** Start and end MRR of a period: MRR at the last instant before P.start and before P.end. */
export function periodMrr(ctx: KpiContext, period: Period): { start: Map<string, Dec>; end: Map<string, Dec> } {
  const { start, end } = periodInstants(period, ctx.timeZone);
  return { start: mrrByCustomerAt(ctx, start - 1), end: mrrByCustomerAt(ctx, end - 1) };
}

/** End MRR of P alone: the MRR at the last instant before P.end. */
export function endMrr(ctx: KpiContext, period: Period): Dec {
  return sum(mrrByCustomerAt(ctx, periodInstants(period, ctx.timeZone).end - 1).values());
}

/**
 * Movements per customer from start to end of P. 0 → >0 is new, or reactivation when the customer paid
 * before; >0 → 0 (or below) is churn; any other rise is expansion and fall contraction, so that
 * start + new + expansion + reactivation − contraction − churn = end holds for every input.
 */
export function mrrMovements(ctx: KpiContext, period: Period): Movements {
  // Ten KPIs read the movements of the same period (mrr, arpa, retention, churn, quick ratio, ...):
  // computed once per index, period, currency and discount policy. Callers only read the object.
  const policy = choice(ctx.options, 'discountPolicy', POLICIES, 'all');
  return ctx.index.cached(`movements:${period.start}:${period.end}:${ctx.currency ?? ''}:${policy}`, () =>
    computeMovements(ctx, period),
  );
}

function computeMovements(ctx: KpiContext, period: Period): Movements {
  const { start, end } = periodMrr(ctx, period);
  const periodStart = periodInstants(period, ctx.timeZone).start;
  const m: Movements = {
    start: ZERO,
    new: ZERO,
    expansion: ZERO,
    reactivation: ZERO,
    contraction: ZERO,
    churn: ZERO,
    end: ZERO,
    customersAtStart: 0,
    customersAtEnd: 0,
    newCustomers: 0,
    reactivatedCustomers: 0,
    churnedCustomers: 0,
  };
  // Totals are summed exactly as endMrr sums them, so a month's end equals the next month's start.
  m.start = sum(start.values());
  m.end = sum(end.values());
  const customers = new Set([...start.keys(), ...end.keys()]);
  for (const c of customers) {
    const s = start.get(c) ?? ZERO;
    const e = end.get(c) ?? ZERO;
    if (s.gt(0)) m.customersAtStart++;
    if (e.gt(0)) m.customersAtEnd++;
    if (s.isZero() && e.gt(0)) {
      if (paidBefore(ctx, c, periodStart)) {
        m.reactivation = m.reactivation.plus(e);
        m.reactivatedCustomers++;
      } else {
        m.new = m.new.plus(e);
        m.newCustomers++;
      }
    } else if (s.gt(0) && !e.gt(0)) {
      // A paying customer who stops paying churns, even into a credit (negative MRR): the credit
      // itself counts as contraction, so the identity still holds.
      m.churn = m.churn.plus(s);
      if (e.isNegative()) m.contraction = m.contraction.minus(e);
      m.churnedCustomers++;
    } else if (e.gt(s)) m.expansion = m.expansion.plus(e.minus(s));
    else if (e.lt(s)) m.contraction = m.contraction.plus(s.minus(e));
  }
  return m;
}
