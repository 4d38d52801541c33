/**
 * MRR from subscription segments (spec §4): the MRR of each customer at an instant, and the movements
 * between the start and the end of a period, classified per customer.
 */
import type { KpiContext } from './context.js';
import { choice } from './context.js';
import { D, ZERO, type Dec } from './decimal.js';
import { subscriptionsKind } from './kinds.js';
import { toReporting } from './money.js';
import { epochToLocalDate, periodInstants, type Period } from './period.js';
import type { SubscriptionSegment } from './records.js';

export type DiscountPolicy = 'all' | 'forever-only' | 'none';
const POLICIES: readonly DiscountPolicy[] = ['all', 'forever-only', 'none'];

/** Whether a segment bills at instant t: inside [start, end) and not in its trial. */
function billsAt(s: SubscriptionSegment, t: number): boolean {
  return t >= s.start && t < s.end && !(s.trialEndsAt !== undefined && t < s.trialEndsAt);
}

/**
 * A segment's annual amount (MRR × 12) at instant t in its own currency, with the discount that applies
 * then under the policy: zero outside [start, end) and during a trial.
 */
function segmentAt(s: SubscriptionSegment, t: number, policy: DiscountPolicy): Dec {
  if (!billsAt(s, t)) return ZERO;
  if (!s.discountFactor || policy === 'none') return s.annual;
  const applies = s.discountForever || (policy === 'all' && t < s.discountEndsAt!);
  return applies ? s.annual.times(s.discountFactor) : s.annual;
}

/**
 * Every customer's annual amount at instant t in the reporting currency (MRR × 12), by position in
 * `subscriptions.customers`: `units[c]` in units of 10^-annualScale when the customer's sum is exact in
 * integers (see {@link integerAnnualAt}), else NaN and `decs` holds it (only when it is not zero).
 * MRR is annual ÷ 12 with that one division at the end of every sum (multiply before dividing).
 */
interface AnnualAt {
  units: Float64Array;
  decs: Map<number, Dec>;
}

function annualByCustomerAt(ctx: KpiContext, t: number): AnnualAt {
  const policy = choice(ctx.options, 'discountPolicy', POLICIES, 'all');
  return ctx.index.cached(`annual@${t}:${ctx.currency ?? ''}:${policy}`, () => {
    const { segmentsOf, annualScale } = ctx.index.kind(subscriptionsKind);
    const units = new Float64Array(segmentsOf.length);
    const decs = new Map<number, Dec>();
    let date: string | undefined;
    const dateOf = () => (date ??= epochToLocalDate(t, ctx.timeZone));
    for (let c = 0; c < segmentsOf.length; c++) {
      const segments = segmentsOf[c]!;
      const whole = integerAnnualAt(segments, t, policy, ctx.currency, annualScale);
      if (whole === whole) {
        units[c] = whole;
        continue;
      }
      let total = ZERO;
      for (const s of segments) {
        const v = segmentAt(s, t, policy);
        if (!v.isZero()) total = total.plus(toReporting(ctx, v, s.currency, dateOf));
      }
      if (total.isZero()) continue; // units[c] stays 0
      units[c] = NaN;
      decs.set(c, total);
    }
    return { units, decs };
  });
}

/**
 * A customer's annual amount at t in units of 10^-scale, summed in integers, when every segment active
 * at t has `annualUnits`, no discount to apply and no conversion, and every term and partial sum stays
 * below 2^53; else NaN (then the Decimal sum runs). Both sums are exact, so they give the same value.
 */
function integerAnnualAt(
  segments: readonly SubscriptionSegment[],
  t: number,
  policy: DiscountPolicy,
  currency: string | undefined,
  scale: number,
): number {
  let total = 0;
  for (const s of segments) {
    if (!billsAt(s, t)) continue;
    if (s.annualUnits !== s.annualUnits) return NaN; // no integer form
    if (s.discountFactor && policy !== 'none') return NaN;
    if (s.currency && currency && s.currency !== currency) return NaN;
    const term = s.annualUnits * 10 ** (scale - s.monthlyScale);
    total += term;
    if (!Number.isSafeInteger(term) || !Number.isSafeInteger(total)) return NaN;
  }
  return total + 0; // no -0 (of '-0' amounts alone): it would read as paying nothing yet print '-0'
}

/**
 * An annual amount: integer units of 10^-annualScale (see {@link integerAnnualAt}) or a Decimal. The
 * amounts of one customer that are compared or subtracted are both of one kind.
 */
type Amount = number | Dec;

const signOf = (x: Amount): number => (typeof x === 'number' ? Math.sign(x) : x.cmp(0));
const negated = (x: Amount): Amount => (typeof x === 'number' ? -x : x.negated());
const minus = (a: Amount, b: Amount): Amount => (typeof a === 'number' ? a - (b as number) : a.minus(b));

/** Customer c's annual amount at an instant as a Decimal. */
function annualOf(at: AnnualAt, c: number, scale: number): Dec {
  const u = at.units[c]!;
  if (u !== u) return at.decs.get(c)!;
  return u === 0 ? ZERO : new D(`${u}e-${scale}`);
}

/**
 * An exact running sum of annual amounts: in integers while it stays below 2^53, in Decimals past that
 * or for Decimal terms (a sum of such amounts is exact in either), read as MRR: ÷ 12 once at the end.
 */
class AnnualSum {
  private units = 0;
  private dec = ZERO;

  constructor(private readonly scale: number) {}

  add(amount: Amount): void {
    if (typeof amount !== 'number') this.dec = this.dec.plus(amount);
    else if (Number.isSafeInteger(this.units + amount)) this.units += amount;
    else this.dec = this.dec.plus(new D(`${amount}e-${this.scale}`));
  }

  monthly(): Dec {
    const whole = this.units === 0 ? ZERO : new D(`${this.units}e-${this.scale}`);
    return whole.plus(this.dec).div(12);
  }
}

/** Total MRR at an instant: Σ annual ÷ 12. */
function mrrAt(ctx: KpiContext, t: number): Dec {
  const { annualScale } = ctx.index.kind(subscriptionsKind);
  const at = annualByCustomerAt(ctx, t);
  const total = new AnnualSum(annualScale);
  for (let c = 0; c < at.units.length; c++) {
    const u = at.units[c]!;
    if (u !== 0) total.add(u === u ? u : at.decs.get(c)!);
  }
  return total.monthly();
}

/** Whether a customer (its segments) had a positive MRR at some instant before `before` (spec §6.8). */
function paidBefore(segments: readonly SubscriptionSegment[], before: number, policy: DiscountPolicy): boolean {
  // MRR is constant between the instants where some segment starts, ends, leaves its trial or loses
  // its discount, so looking at each of those instants sees every value it ever took.
  const changes = new Set<number>();
  for (const s of segments) {
    for (const t of [s.start, s.end, s.trialEndsAt, s.discountEndsAt])
      if (t !== undefined && t < before) changes.add(t);
  }
  for (const t of changes) {
    let total = ZERO;
    // Exchange rates are positive, so the sign needs no conversion unless currencies are mixed; the
    // annual amounts (MRR × 12) have the signs of the MRR, as everywhere MRR is summed.
    for (const s of segments) total = total.plus(segmentAt(s, t, policy));
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

/** End MRR of P alone: the MRR at the last instant before P.end. */
export function endMrr(ctx: KpiContext, period: Period): Dec {
  return mrrAt(ctx, periodInstants(period, ctx.timeZone).end - 1);
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
    computeMovements(ctx, period, policy),
  );
}

function computeMovements(ctx: KpiContext, period: Period, policy: DiscountPolicy): Movements {
  const { start: periodStart, end: periodEnd } = periodInstants(period, ctx.timeZone);
  // Start and end MRR: at the last instant before P.start and before P.end.
  const start = annualByCustomerAt(ctx, periodStart - 1);
  const end = annualByCustomerAt(ctx, periodEnd - 1);
  const { customers, segmentsOf, annualScale: scale } = ctx.index.kind(subscriptionsKind);
  const sums = {
    new: new AnnualSum(scale),
    expansion: new AnnualSum(scale),
    reactivation: new AnnualSum(scale),
    contraction: new AnnualSum(scale),
    churn: new AnnualSum(scale),
  };
  const m = {
    customersAtStart: 0,
    customersAtEnd: 0,
    newCustomers: 0,
    reactivatedCustomers: 0,
    churnedCustomers: 0,
  };
  const classify = (c: number) => {
    let s: Amount = start.units[c]!;
    let e: Amount = end.units[c]!;
    // Both exact in integers (the common case, no Decimal made), else both Decimals: the same rules.
    if (s !== s || e !== e) {
      s = annualOf(start, c, scale);
      e = annualOf(end, c, scale);
    }
    const startSign = signOf(s);
    const endSign = signOf(e);
    if (startSign > 0) m.customersAtStart++;
    if (endSign > 0) m.customersAtEnd++;
    if (startSign === 0 && endSign > 0) {
      if (paidBefore(segmentsOf[c]!, periodStart, policy)) {
        sums.reactivation.add(e);
        m.reactivatedCustomers++;
      } else {
        sums.new.add(e);
        m.newCustomers++;
      }
    } else if (startSign > 0 && endSign <= 0) {
      // A paying customer who stops paying churns, even into a credit (negative MRR): the credit
      // itself counts as contraction, so the identity still holds.
      sums.churn.add(s);
      if (endSign < 0) sums.contraction.add(negated(e));
      m.churnedCustomers++;
    } else {
      const change = minus(e, s);
      const sign = signOf(change);
      if (sign > 0) sums.expansion.add(change);
      else if (sign < 0) sums.contraction.add(negated(change));
    }
  };
  // Customers with an MRR at the start first, then those with one only at the end, each by id.
  const zeroAt = (at: AnnualAt, c: number) => at.units[c] === 0;
  for (let c = 0; c < customers.length; c++) if (!zeroAt(start, c)) classify(c);
  for (let c = 0; c < customers.length; c++) if (zeroAt(start, c) && !zeroAt(end, c)) classify(c);
  // Each total is Σ annual ÷ 12 (one division). Start and end are summed as endMrr sums them (every
  // customer in order of id), so a month's end equals the next month's start to the last digit.
  return {
    start: mrrAt(ctx, periodStart - 1),
    new: sums.new.monthly(),
    expansion: sums.expansion.monthly(),
    reactivation: sums.reactivation.monthly(),
    contraction: sums.contraction.monthly(),
    churn: sums.churn.monthly(),
    end: mrrAt(ctx, periodEnd - 1),
    ...m,
  };
}
