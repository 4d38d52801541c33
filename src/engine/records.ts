/**
 * Validation of Dataset records: a bad row is skipped and reported as a warning with its id (spec §2,
 * §6.22), never thrown. Each validator turns a raw row into a typed, parsed record.
 */
import { D, ONE, parseDecimal, type Dec } from './decimal.js';
import { epochToLocalDate, parseTimestamp } from './period.js';
import type { BillingInterval, DatasetKind, Warning } from './types.js';

/**
 * Every decimal field of a record (amount, quantity, intervalCount, rate, ...) is zero or between 1e-15
 * and 1e15 in size, either sign; anything else is skipped as out-of-range. Sums of many records may
 * pass 1e15, one record may not. 1e15 is under 2^53, so one record's amount survives the conversion to
 * a JS number for pixels; and with both bounds every product and quotient the KPIs take stays far inside
 * the double range (~1.8e308), which Intl.NumberFormat and the charts need (beyond it they print ∞).
 */
export const MAX_FIELD = new D('1e15');
export const MIN_FIELD = new D('1e-15');

/** Breakdown key of records without a channel (leads, customers), in every per-channel breakdown (§6.3, §6.14). */
export const UNATTRIBUTED = 'unattributed';
/** Breakdown key of deals without a rep, in every per-rep breakdown (§6.15). */
export const UNASSIGNED = 'unassigned';

export class RecordIssue extends Error {
  constructor(
    readonly code: 'invalid-record' | 'invalid-field' | 'out-of-range',
    message: string,
  ) {
    super(message);
  }
}

/** Reads the fields of one raw row; each getter throws a RecordIssue that the caller turns into a warning. */
export class Fields {
  constructor(
    private readonly row: Record<string, unknown>,
    private readonly timeZone: string,
  ) {}

  private raw(name: string): unknown {
    const v = Object.hasOwn(this.row, name) ? this.row[name] : undefined;
    return v === null || v === '' ? undefined : v;
  }

  present(name: string): boolean {
    return this.raw(name) !== undefined;
  }

  id(name: string): string {
    const v = this.optionalId(name);
    if (v === undefined) throw new RecordIssue('invalid-record', `${name} is missing`);
    return v;
  }

  optionalId(name: string): string | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if ((typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v))) {
      return String(v).trim();
    }
    throw new RecordIssue('invalid-field', `${name} ${show(v)} is not an id`);
  }

  /**
   * A decimal field, zero or between {@link MIN_FIELD} (1e-15) and {@link MAX_FIELD} (1e15) in size:
   * no real price, quantity, rate or deal in any currency comes near either bound, while `1e308` or
   * `"1e400"` (valid decimal text, exact in decimal.js) would only ever be a unit or export bug, and
   * would print as a 300-digit headline or ∞. Such a row is skipped with an out-of-range warning.
   */
  decimal(name: string): Dec {
    const v = this.raw(name);
    if (v === undefined) throw new RecordIssue('invalid-record', `${name} is missing`);
    const d = parseDecimal(v);
    if (!d) throw new RecordIssue('invalid-field', `${name} ${show(v)} is not a decimal number`);
    if (d.abs().gte(MAX_FIELD) || (!d.isZero() && d.abs().lt(MIN_FIELD))) {
      throw new RecordIssue('out-of-range', `${name} ${show(v)} is not zero or between 1e-15 and 1e15 in size`);
    }
    return d;
  }

  optionalDecimal(name: string): Dec | undefined {
    return this.present(name) ? this.decimal(name) : undefined;
  }

  /** An instant in epoch ms. */
  time(name: string): number {
    const v = this.raw(name);
    if (v === undefined) throw new RecordIssue('invalid-record', `${name} is missing`);
    const t = parseTimestamp(v, this.timeZone);
    if (t === undefined) throw new RecordIssue('invalid-field', `${name} ${show(v)} is not an ISO 8601 date`);
    return t;
  }

  optionalTime(name: string): number | undefined {
    return this.present(name) ? this.time(name) : undefined;
  }

  /** The local calendar date 'YYYY-MM-DD' of a timestamp in the zone. */
  date(name: string): string {
    return epochToLocalDate(this.time(name), this.timeZone);
  }

  /** Free text such as a channel or a name, trimmed; numbers are read as their text. */
  optionalText(name: string): string | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'string' && typeof v !== 'number')
      throw new RecordIssue('invalid-field', `${name} ${show(v)} is not text`);
    const text = String(v).trim();
    return text === '' ? undefined : text;
  }

  /** true / false, also as the text 'true' / 'false'; missing is false. */
  boolean(name: string): boolean {
    const v = this.raw(name);
    if (v === undefined) return false;
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
    throw new RecordIssue('invalid-field', `${name} ${show(v)} is not true or false`);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
    const v = this.raw(name);
    if (v === undefined) {
      if (fallback !== undefined) return fallback;
      throw new RecordIssue('invalid-record', `${name} is missing`);
    }
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      throw new RecordIssue('invalid-field', `${name} ${show(v)} is not one of ${allowed.join(', ')}`);
    }
    return v as T;
  }

  currency(name: string): string | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !/^[A-Za-z]{3}$/.test(v.trim())) {
      throw new RecordIssue('invalid-field', `${name} ${show(v)} is not an ISO 4217 currency code`);
    }
    return v.trim().toUpperCase();
  }
}

/** A field's value for a warning message; never throws (`{ toString: 'x' }` and null-prototype objects have no usable String()). */
function show(v: unknown): string {
  let text: string;
  if (typeof v === 'string') text = JSON.stringify(v);
  else if (Array.isArray(v)) text = 'an array';
  else if (v && typeof v === 'object') text = 'an object';
  else text = String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export interface Validated<T> {
  records: T[];
  warnings: Warning[];
}

/**
 * Validates every row of one kind. Rows that fail are skipped with a warning; rows with an id that
 * repeats keep the one whose JSON text sorts first, so record order never changes a result (§6.22).
 */
export function validateKind<T extends { id?: string }>(
  kind: DatasetKind,
  rows: unknown,
  timeZone: string,
  read: (f: Fields) => T,
): Validated<T> {
  const warnings: Warning[] = [];
  if (!Array.isArray(rows)) {
    if (rows !== undefined) {
      warnings.push({ code: 'invalid-record', message: `${kind} must be an array of records; it was ignored.` });
    }
    return { records: [], warnings };
  }
  const byId = new Map<string, { record: T; json: string; recordId: string }>();
  const unnamed: { record: T; json: string }[] = [];
  rows.forEach((row, index) => {
    const fallbackId = `${kind}[${index}]`;
    if (!row || typeof row !== 'object' || Array.isArray(row)) {
      warnings.push({
        code: 'invalid-record',
        message: `${fallbackId} is not a record; skipped.`,
        recordId: fallbackId,
      });
      return;
    }
    // A record is named by its id only when the id is one (not blank, not NaN); else by its position,
    // so every skipped record can be found in the warnings.
    const rawId = Object.hasOwn(row, 'id') ? (row as Record<string, unknown>).id : undefined;
    const label =
      (typeof rawId === 'string' && rawId.trim() !== '') || (typeof rawId === 'number' && Number.isFinite(rawId))
        ? String(rawId)
        : fallbackId;
    let record: T;
    try {
      record = read(new Fields(row as Record<string, unknown>, timeZone));
    } catch (e) {
      if (!(e instanceof RecordIssue)) throw e;
      warnings.push({ code: e.code, message: `${kind} ${label}: ${e.message}; record skipped.`, recordId: label });
      return;
    }
    const json = JSON.stringify(row);
    if (record.id === undefined) {
      unnamed.push({ record, json });
      return;
    }
    const seen = byId.get(record.id);
    if (!seen) {
      byId.set(record.id, { record, json, recordId: label });
      return;
    }
    const keepNew = json < seen.json;
    warnings.push({
      code: 'duplicate-id',
      message: `${kind} ${label}: another record has the same id; one was skipped.`,
      recordId: label,
    });
    if (keepNew) byId.set(record.id, { record, json, recordId: label });
  });
  // One canonical order, whatever the input order: sums of quotients then round the same way, and
  // warnings read the same (rows without an id can only be named by their index).
  const byText = (a: { json: string }, b: { json: string }) => (a.json < b.json ? -1 : a.json > b.json ? 1 : 0);
  const named = [...byId.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v.record);
  const records = [...named, ...unnamed.sort(byText).map((u) => u.record)];
  warnings.sort(
    (a, b) =>
      (a.recordId ?? '').localeCompare(b.recordId ?? '') ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
  return { records, warnings };
}

// ---- Parsed record shapes ----

export interface SubscriptionSegment {
  id: string;
  customerId: string;
  /** Monthly amount in the segment's currency before any discount: amount × factor ÷ intervalCount × quantity. */
  monthly: Dec;
  currency: string | undefined;
  /** 1 − discountPercent/100, or undefined without a discount. */
  discountFactor?: Dec;
  /** True when the discount never ends (spec §6.9). */
  discountForever: boolean;
  discountEndsAt?: number;
  start: number;
  /** Exclusive; Infinity when open. */
  end: number;
  trialEndsAt?: number;
}

const INTERVALS: readonly BillingInterval[] = ['day', 'week', 'month', 'quarter', 'year'];
/** Months per interval as a fraction [numerator, denominator]: week ×52÷12, day ×365÷12 (spec §4). */
const PER_MONTH: Record<BillingInterval, [number, number]> = {
  month: [1, 1],
  quarter: [1, 3],
  year: [1, 12],
  week: [52, 12],
  day: [365, 12],
};

export function readSubscription(f: Fields): SubscriptionSegment {
  const id = f.id('id');
  const customerId = f.id('customerId');
  const amount = f.decimal('amount');
  const interval = f.oneOf('interval', INTERVALS);
  const intervalCount = f.optionalDecimal('intervalCount');
  if (intervalCount && (!intervalCount.isInteger() || intervalCount.lte(0))) {
    throw new RecordIssue('out-of-range', `intervalCount ${intervalCount.toString()} is not a whole number above 0`);
  }
  const quantity = f.optionalDecimal('quantity');
  if (quantity && quantity.isNegative()) {
    throw new RecordIssue('out-of-range', `quantity ${quantity.toString()} is negative`);
  }
  const discountPercent = f.optionalDecimal('discountPercent');
  if (discountPercent && (discountPercent.isNegative() || discountPercent.gt(100))) {
    throw new RecordIssue('out-of-range', `discountPercent ${discountPercent.toString()} is not between 0 and 100`);
  }
  const duration = f.oneOf('discountDuration', ['forever', 'limited'], 'forever');
  const discountEndsAt = f.optionalTime('discountEndsAt');
  const start = f.time('startAt');
  const end = f.optionalTime('endAt') ?? Infinity;
  if (end < start) throw new RecordIssue('invalid-field', 'endAt comes before startAt');
  const trialEndsAt = f.optionalTime('trialEndsAt');
  const [perMonthNum, perMonthDen] = PER_MONTH[interval];
  // Multiply before dividing: one division, so a yearly 1200 becomes exactly 100.
  const monthly = amount
    .times(quantity ?? 1)
    .times(perMonthNum)
    .div((intervalCount ?? ONE).times(perMonthDen));
  const limited = duration === 'limited' && discountEndsAt !== undefined;
  return {
    id,
    customerId,
    monthly,
    currency: f.currency('currency'),
    ...(discountPercent && !discountPercent.isZero()
      ? { discountFactor: new D(100).minus(discountPercent).div(100) }
      : {}),
    discountForever: !limited,
    ...(limited ? { discountEndsAt } : {}),
    start,
    end,
    ...(trialEndsAt !== undefined ? { trialEndsAt } : {}),
  };
}

export interface FxRecord {
  id?: undefined;
  date: string;
  from: string;
  to: string;
  rate: Dec;
}

export function readFxRate(f: Fields): FxRecord {
  const date = f.date('date');
  const from = f.currency('from');
  const to = f.currency('to');
  if (!from) throw new RecordIssue('invalid-record', 'from is missing');
  if (!to) throw new RecordIssue('invalid-record', 'to is missing');
  const rate = f.decimal('rate');
  if (!rate.isPositive() || rate.isZero())
    throw new RecordIssue('out-of-range', `rate ${rate.toString()} is not above 0`);
  return { date, from, to, rate };
}

export type Stage = 'lead' | 'interested' | 'meeting-booked' | 'proposal' | 'won' | 'lost';
const STAGES: readonly Stage[] = ['lead', 'interested', 'meeting-booked', 'proposal', 'won', 'lost'];

export interface DealRecord {
  id: string;
  createdAt: number;
  /** Required for won and lost deals (spec §6.6). */
  closedAt?: number;
  stage: Stage;
  amount: Dec;
  currency: string | undefined;
  repId?: string;
  channel?: string;
  leadId?: string;
  customerId?: string;
  /** A fraction 0..1 (§6.7). */
  probability?: Dec;
  type?: 'new' | 'expansion' | 'renewal';
}

export function readDeal(f: Fields): DealRecord {
  const id = f.id('id');
  const createdAt = f.time('createdAt');
  const stage = f.oneOf('stage', STAGES);
  const closedAt = f.optionalTime('closedAt');
  if ((stage === 'won' || stage === 'lost') && closedAt === undefined) {
    throw new RecordIssue('invalid-record', `a ${stage} deal needs closedAt`);
  }
  if (closedAt !== undefined && closedAt < createdAt)
    throw new RecordIssue('invalid-field', 'closedAt comes before createdAt');
  const amount = f.decimal('amount');
  const probability = f.optionalDecimal('probability');
  if (probability && (probability.isNegative() || probability.gt(1))) {
    throw new RecordIssue('out-of-range', `probability ${probability.toString()} is not a fraction between 0 and 1`);
  }
  const type = f.present('type') ? f.oneOf('type', ['new', 'expansion', 'renewal'] as const) : undefined;
  return omitUndefined({
    id,
    createdAt,
    closedAt,
    stage,
    amount,
    currency: f.currency('currency'),
    repId: f.optionalId('repId'),
    channel: f.optionalText('channel'),
    leadId: f.optionalId('leadId'),
    customerId: f.optionalId('customerId'),
    probability,
    type,
  });
}

export interface LeadRecord {
  id: string;
  createdAt: number;
  channel?: string;
  repId?: string;
  /** Trimmed and lower-cased, for de-duplication (§6.3). */
  email?: string;
  convertedAt?: number;
  dealId?: string;
}

export function readLead(f: Fields): LeadRecord {
  const email = f.optionalText('email');
  return omitUndefined({
    id: f.id('id'),
    createdAt: f.time('createdAt'),
    channel: f.optionalText('channel'),
    repId: f.optionalId('repId'),
    email: email?.toLowerCase(),
    convertedAt: f.optionalTime('convertedAt'),
    dealId: f.optionalId('dealId'),
  });
}

export interface CustomerRecord {
  id: string;
  firstPaidAt: number;
  channel?: string;
}

export function readCustomer(f: Fields): CustomerRecord {
  return omitUndefined({ id: f.id('id'), firstPaidAt: f.time('firstPaidAt'), channel: f.optionalText('channel') });
}

/** A row spread evenly over the local days [start, end) (spend, quotas; spec §4, §6.16). */
export interface SpreadRow {
  /** Optional on spend and quota rows; when given, a repeated id is a duplicate (§6.22). */
  id?: string;
  /** Local dates 'YYYY-MM-DD'; `end` is exclusive. A row without an end covers its start day. */
  start: string;
  end: string;
  amount: Dec;
  currency: string | undefined;
}

function readSpread(f: Fields, endRequired: boolean): SpreadRow {
  const start = f.date('periodStart');
  const end = endRequired || f.present('periodEnd') ? f.date('periodEnd') : nextDay(start);
  if (end <= start) throw new RecordIssue('invalid-field', 'periodEnd does not come after periodStart');
  const id = f.optionalId('id');
  return {
    ...(id !== undefined ? { id } : {}),
    start,
    end,
    amount: f.decimal('amount'),
    currency: f.currency('currency'),
  };
}

export interface SpendRecord extends SpreadRow {
  /** Undefined for overhead (salaries, tools). */
  channel?: string;
  paid: boolean;
  category?: string;
}

export function readSpend(f: Fields): SpendRecord {
  return omitUndefined({
    ...readSpread(f, false),
    channel: f.optionalText('channel'),
    paid: f.boolean('paid'),
    category: f.optionalText('category'),
  });
}

export interface RepRecord {
  id: string;
  name?: string;
  /** Local dates; `activeTo` is the last active day, inclusive (§6.15). */
  activeFrom?: string;
  activeTo?: string;
}

export function readRep(f: Fields): RepRecord {
  const activeFrom = f.present('activeFrom') ? f.date('activeFrom') : undefined;
  const activeTo = f.present('activeTo') ? f.date('activeTo') : undefined;
  if (activeFrom && activeTo && activeTo < activeFrom)
    throw new RecordIssue('invalid-field', 'activeTo comes before activeFrom');
  return omitUndefined({ id: f.id('id'), name: f.optionalText('name'), activeFrom, activeTo });
}

export interface QuotaRecord extends SpreadRow {
  repId: string;
}

export function readQuota(f: Fields): QuotaRecord {
  return { ...readSpread(f, true), repId: f.id('repId') };
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function omitUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
