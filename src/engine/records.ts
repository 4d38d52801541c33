/**
 * Validation of Dataset records: a bad row is skipped and reported as a warning with its id (spec §2,
 * §6.22), never thrown. Each validator turns a raw row into a typed, parsed record.
 */
import { D, parseDecimal, type Dec } from './decimal.js';
import { epochToLocalDate, parseTimestamp, shiftDate, untrimmed } from './period.js';
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

/** Code-unit order of two texts (ids, dates, channels): the same in every locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Breakdown order of channels: by key (code-unit order), `unattributed` last. */
export function orderChannels(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNATTRIBUTED) return 1;
  if (b === UNATTRIBUTED) return -1;
  return compareText(a, b);
}

export class RecordIssue extends Error {
  constructor(
    readonly code: 'invalid-record' | 'invalid-field' | 'out-of-range',
    message: string,
  ) {
    super(message);
  }
}

/** The value of a required field, or a RecordIssue naming it as missing. */
function need<T>(name: string, value: T | undefined): T {
  if (value === undefined) throw new RecordIssue('invalid-record', `${name} is missing`);
  return value;
}

/** The issue of a field whose value is not of its type (`what`: 'an id', 'text', ...). */
function invalid(name: string, v: unknown, what: string): RecordIssue {
  return new RecordIssue('invalid-field', `${name} ${show(v)} is not ${what}`);
}

/** The issue of a record whose `later` field comes before its `earlier` one. */
function comesBefore(later: string, earlier: string): RecordIssue {
  return new RecordIssue('invalid-field', `${later} comes before ${earlier}`);
}

/** true / false, also as the text 'true' / 'false' in any case around white space; else undefined. */
export function readBoolean(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
  return undefined;
}

/** An ISO 4217 code in upper case, from three letters in any case around white space; else undefined. */
export function currencyCode(v: unknown): string | undefined {
  return typeof v === 'string' && /^[A-Za-z]{3}$/.test(v.trim()) ? v.trim().toUpperCase() : undefined;
}

/** Reads the fields of one raw row; each getter throws a RecordIssue that the caller turns into a warning. */
export class Fields {
  constructor(
    /** The row being read; validateKind reuses one Fields for every row of a kind. */
    public row: Record<string, unknown>,
    private readonly timeZone: string,
  ) {}

  /**
   * Set by validateRows per row: the row's prototype is an Object.prototype that holds nothing but its
   * built-in methods (see {@link inheritsNothing}), so a field it has is its own without asking.
   */
  ownFields = false;

  /** A field's own value; undefined when missing, null or ''. */
  raw(name: string): unknown {
    const row = this.row;
    const v = row[name];
    // Own fields only (an inherited or polluted prototype field is no data); most rows lack most
    // optional fields, which then need no own-property check, nor do the fields of a plain row.
    if (v === undefined || v === null || v === '' || !(this.ownFields || Object.hasOwn(row, name))) return undefined;
    return v;
  }

  present(name: string): boolean {
    return this.raw(name) !== undefined;
  }

  id(name: string): string {
    return need(name, this.optionalId(name));
  }

  optionalId(name: string): string | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (typeof v === 'string') {
      if (untrimmed(v)) return v;
      const text = v.trim();
      if (text !== '') return text;
    } else if (typeof v === 'number' && Number.isFinite(v)) {
      return String(v);
    }
    throw invalid(name, v, 'an id');
  }

  /**
   * A decimal field, zero or between {@link MIN_FIELD} (1e-15) and {@link MAX_FIELD} (1e15) in size:
   * no real price, quantity, rate or deal in any currency comes near either bound, while `1e308` or
   * `"1e400"` (valid decimal text, exact in decimal.js) would only ever be a unit or export bug, and
   * would print as a 300-digit headline or ∞. Such a row is skipped with an out-of-range warning.
   */
  decimal(name: string): Dec {
    return this.lazyDecimal(name) ?? new D(this.plain!);
  }

  /**
   * A decimal field read like {@link Fields.decimal}, without making a Decimal when its text is plain
   * (see {@link scanPlain}): then `plain` holds the text, `units` and `scale` its scaled integer (NaN
   * units past 15 digits); else `plain` is undefined and the Decimal is returned.
   */
  lazyDecimal(name: string): Dec | undefined {
    const v = need(name, this.raw(name));
    // Fast path: plain text with at most 15 digits before and after the point is in range by its
    // shape (below 1e15; zero or at least 1e-15), so it needs neither the trim nor the bound checks.
    const text = typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
    if (text !== undefined && scanPlain(text, this)) {
      this.plain = text;
      return undefined;
    }
    // Without a scaled integer the scale means nothing: 0, not whatever the last plain text left.
    this.plain = undefined;
    this.units = NaN;
    this.scale = 0;
    const d = parseDecimal(v);
    if (!d) throw invalid(name, v, 'a decimal number');
    if (d.abs().gte(MAX_FIELD) || (!d.isZero() && d.abs().lt(MIN_FIELD))) {
      throw new RecordIssue('out-of-range', `${name} ${show(v)} is not zero or between 1e-15 and 1e15 in size`);
    }
    return d;
  }

  /** Set by {@link Fields.lazyDecimal} (units NaN and scale 0 when the text is not plain). */
  plain: string | undefined;
  units = NaN;
  scale = 0;

  /** An optional decimal field that must pass `ok`; else out of range, the value followed by `what`. */
  checkedDecimal(name: string, ok: (d: Dec) => boolean, what: string): Dec | undefined {
    const d = this.present(name) ? this.decimal(name) : undefined;
    if (d && !ok(d)) throw new RecordIssue('out-of-range', `${name} ${d.toString()} ${what}`);
    return d;
  }

  /** An instant in epoch ms. */
  time(name: string): number {
    return need(name, this.optionalTime(name));
  }

  optionalTime(name: string): number | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    const t = parseTimestamp(v, this.timeZone);
    if (t === undefined) throw invalid(name, v, 'an ISO 8601 date');
    return t;
  }

  /** The local calendar date 'YYYY-MM-DD' of a timestamp in the zone. */
  date(name: string): string {
    return epochToLocalDate(this.time(name), this.timeZone);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
    return need(name, this.optionalOneOf(name, allowed) ?? fallback);
  }

  /** {@link Fields.oneOf} of an optional field: undefined when it is missing. */
  optionalOneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (typeof v === 'string') for (let i = 0; i < allowed.length; i++) if (allowed[i] === v) return v as T;
    throw invalid(name, v, `one of ${allowed.join(', ')}`);
  }

  currency(name: string): string | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    const code = currencyCode(v);
    if (!code) throw invalid(name, v, 'an ISO 4217 currency code');
    return code;
  }
}

// Readers of fields that the subscriptions and fxRates kinds do not have: functions rather than methods
// of Fields, so that a bundle reading only those kinds leaves them out.

/** Free text such as a channel or a name, trimmed; numbers are read as their text. */
export function optionalText(f: Fields, name: string): string | undefined {
  const v = f.raw(name);
  if (v === undefined) return undefined;
  if (typeof v === 'string' && untrimmed(v)) return v;
  if (typeof v !== 'string' && typeof v !== 'number') throw invalid(name, v, 'text');
  const text = String(v).trim();
  return text === '' ? undefined : text;
}

/** {@link Fields.date} of an optional field: undefined when it is missing. */
function optionalDate(f: Fields, name: string): string | undefined {
  return f.present(name) ? f.date(name) : undefined;
}

/** true / false, also as the text 'true' / 'false'; missing is false. */
function booleanField(f: Fields, name: string): boolean {
  const v = f.raw(name);
  if (v === undefined) return false;
  const b = readBoolean(v);
  if (b === undefined) throw invalid(name, v, 'true or false');
  return b;
}

/** The own property names of an Object.prototype that nothing has added to (the same in every engine). */
const OBJECT_BUILTINS = new Set([
  'constructor',
  '__defineGetter__',
  '__defineSetter__',
  'hasOwnProperty',
  '__lookupGetter__',
  '__lookupSetter__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'valueOf',
  '__proto__',
  'toLocaleString',
]);

/**
 * Whether Object.prototype holds nothing but its built-in methods, none of which is named like a field
 * of any kind: then a field of a row whose prototype is Object.prototype (as JSON.parse makes them) is
 * its own whenever it has one, and {@link Fields} skips the own-property check. Asked once per kind.
 */
function inheritsNothing(): boolean {
  return Object.getOwnPropertyNames(Object.prototype).every((name) => OBJECT_BUILTINS.has(name));
}

/**
 * Whether text is a plain decimal in range by its shape alone: an optional sign, 1 to 15 digits, and
 * optionally a point and 0 to 15 digits (below 1e15; zero or at least 1e-15), exactly the texts that
 * `/^[+-]?\d{1,15}(?:\.\d{0,15})?$/` matches. It also sets `out.units` and `out.scale`: the value is units × 10^-scale,
 * units exact in a double when there are at most 15 digits in all, else NaN. No allocation.
 */
export function scanPlain(text: string, out: { units: number; scale: number }): boolean {
  const n = text.length;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 43 || first === 45) {
    negative = first === 45;
    i = 1;
  }
  let units = 0;
  let whole = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    units = units * 10 + c;
    whole++;
  }
  if (whole === 0 || whole > 15) return false;
  let scale = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46) return false; // '.'
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return false;
      units = units * 10 + c;
      scale++;
    }
    if (scale > 15) return false;
  }
  // Up to 15 digits the running value stays below 10^15 < 2^53, so every step above was exact.
  out.units = whole + scale <= 15 ? (negative ? -units : units) : NaN;
  out.scale = scale;
  return true;
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
 * Records come in one canonical order (by id, then rows without an id by JSON text) unless `order` is
 * 'any': then they come in input order, for kinds whose every reader sorts them by a total order of its
 * own (deals, leads and customers by time then id; subscriptions by customer then id) or does not depend
 * on order (sets), which saves a sort of every row. The JSON text of a row is only made when a duplicate
 * id or a row without an id needs it.
 */
export function validateKind<T extends { id?: string | undefined }>(
  kind: DatasetKind,
  rows: unknown,
  timeZone: string,
  read: (f: Fields) => T,
  order: 'canonical' | 'any' = 'canonical',
): Validated<T> {
  const kept: T[] = [];
  const v = validateRows(kind, rows, timeZone, read, (record, position) => {
    if (position === kept.length) kept.push(record);
    else kept[position] = record;
  });
  let records: T[];
  if (order === 'any') {
    records = kept;
  } else {
    // One canonical order, whatever the input order: sums of quotients then round the same way, and
    // warnings read the same (rows without an id can only be named by their index).
    const byName = (x: number, y: number) => compareText(v.ids[x]!, v.ids[y]!);
    const byText = (x: number, y: number) => compareText(v.jsonOf(v.rows[x]!), v.jsonOf(v.rows[y]!));
    const named: number[] = [];
    const unnamed: number[] = [];
    for (let i = 0; i < v.ids.length; i++) (v.ids[i] === undefined ? unnamed : named).push(i);
    records = [...named.sort(byName), ...unnamed.sort(byText)].map((i) => kept[i]!);
  }
  return { records, warnings: v.warnings };
}

/** What {@link validateRows} found, besides the records it handed to `keep`. */
export interface ValidatedRows {
  warnings: Warning[];
  /**
   * By position of a kept record: the index of its row (the first `ids.length` entries of a typed
   * array), and its id (undefined without one).
   */
  rows: Int32Array;
  ids: (string | undefined)[];
  /** The JSON text of a row, made once. */
  jsonOf: (row: number) => string;
}

/**
 * The validation loop of {@link validateKind}: reads each row (a row that fails is skipped with a
 * warning; of rows sharing an id the one whose JSON text sorts first is kept) and hands each kept
 * record to `keep` with its position among the kept records: a new position (the count so far), or
 * the position of the record with the same id that it replaces. `read` may return one object that it
 * refills for every row: `keep` must copy what it needs from it before the next row.
 */
export function validateRows<T extends { id?: string | undefined }>(
  kind: DatasetKind,
  rows: unknown,
  timeZone: string,
  read: (f: Fields) => T,
  keep: (record: T, position: number) => void,
): ValidatedRows {
  const warnings: Warning[] = [];
  // The row index and id of each kept record, by position; the JSON text of a row is only made when
  // two rows share an id. Row indexes live in a typed array that doubles (out of the collector's way);
  // ids grow by push (V8 stores a `new Array(n)` of a million holes as a dictionary). Ids are found
  // through an open-addressing table of positions (see IdTable): a Map of a million strings costs ~1 µs
  // a row in a large heap, mostly in its growth and the collector.
  const ids: (string | undefined)[] = [];
  let json: Map<number, string> | undefined;
  const jsonOf = (row: number) => {
    json ??= new Map();
    let text = json.get(row);
    if (text === undefined) json.set(row, (text = JSON.stringify((rows as unknown[])[row])));
    return text;
  };
  const result: ValidatedRows = { warnings, rows: new Int32Array(initialCapacity(rows)), ids, jsonOf };
  if (!Array.isArray(rows)) {
    if (rows !== undefined) {
      warnings.push({ code: 'invalid-record', message: `${kind} must be an array of records; it was ignored.` });
    }
    return result;
  }
  const byId = new IdTable(rows.length, ids);
  const fields = new Fields({}, timeZone);
  const pristine = inheritsNothing();
  for (let index = 0; index < rows.length; index++) {
    const row: unknown = rows[index];
    // A hole of a sparse array is no row (as forEach skips it); only an undefined can be one.
    if (row === undefined && !(index in rows)) continue;
    if (!row || typeof row !== 'object' || Array.isArray(row)) {
      const fallbackId = `${kind}[${index}]`;
      warnings.push({
        code: 'invalid-record',
        message: `${fallbackId} is not a record; skipped.`,
        recordId: fallbackId,
      });
      continue;
    }
    let record: T;
    try {
      fields.row = row as Record<string, unknown>;
      fields.ownFields = pristine && Object.getPrototypeOf(row) === Object.prototype;
      record = read(fields);
    } catch (e) {
      if (!(e instanceof RecordIssue)) throw e;
      const label = labelOf(kind, row, index);
      warnings.push({ code: e.code, message: `${kind} ${label}: ${e.message}; record skipped.`, recordId: label });
      continue;
    }
    const id = record.id;
    const position = ids.length;
    const seen = id === undefined ? -1 : byId.findOrAdd(id, position);
    if (seen === -1) {
      keep(record, position);
      ids.push(id);
      if (position === result.rows.length) {
        const grown = new Int32Array(position * 2);
        grown.set(result.rows);
        result.rows = grown;
      }
      result.rows[position] = index;
      continue;
    }
    const label = labelOf(kind, row, index);
    warnings.push({
      code: 'duplicate-id',
      message: `${kind} ${label}: another record has the same id; one was skipped.`,
      recordId: label,
    });
    if (jsonOf(index) < jsonOf(result.rows[seen]!)) {
      keep(record, seen);
      result.rows[seen] = index;
    }
  }
  warnings.sort(
    (x, y) =>
      (x.recordId ?? '').localeCompare(y.recordId ?? '') ||
      x.code.localeCompare(y.code) ||
      x.message.localeCompare(y.message),
  );
  return result;
}

/**
 * The first size of the typed arrays that hold a value per kept record: one per row up front (no copies
 * while they fill), at least 16; capped like {@link IdTable}, as a sparse array's length is no row count
 * (past the cap they double).
 */
function initialCapacity(rows: unknown): number {
  return Array.isArray(rows) ? Math.max(16, Math.min(rows.length, 2 ** 21)) : 16;
}

/**
 * The position among the kept records of each id seen so far: open addressing with linear probing over an
 * Int32Array at most half full, keyed by an FNV-1a hash of the id's UTF-16 code units; a slot's id is
 * read back from `ids` by position (a duplicate that replaces a record has the same id). Sized for every row up front (a sparse array's length is no row count, so capped; the
 * table doubles when half full).
 */
export class IdTable {
  /**
   * Pairs [position + 1, hash] per slot (0: empty, so a new table needs no fill), so a probe reads one
   * cache line, not `ids`.
   */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(
    rows: number,
    private readonly ids: readonly (string | undefined)[],
  ) {
    let size = 16;
    while (size < rows * 2 && size < 2 ** 22) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** The position of `id` when it was seen, else -1 after recording it at `position`. */
  findOrAdd(id: string, position: number): number {
    // Grown before a look-up, while every position in the table has its id in `ids`.
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const hash = hashId(id);
    const slots = this.slots;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slots[2 * slot]! - 1;
      if (at === -1) {
        slots[2 * slot] = position + 1;
        slots[2 * slot + 1] = hash;
        this.count++;
        return -1;
      }
      // The id itself is read only when the whole 32-bit hash matches: a repeat, or a rare collision.
      if (slots[2 * slot + 1] === hash && this.ids[at] === id) return at;
    }
  }

  /** Doubles the table and enters every id of `ids` again (past the cap on its first size only). */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length / 2 - 1;
    this.count = 0;
    this.ids.forEach((id, position) => {
      if (id !== undefined) this.findOrAdd(id, position);
    });
  }
}

function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * A record is named by its id only when the id is one (not blank, not NaN); else by its position, so
 * every skipped record can be found in the warnings.
 */
function labelOf(kind: DatasetKind, row: object, index: number): string {
  const rawId = Object.hasOwn(row, 'id') ? (row as Record<string, unknown>).id : undefined;
  return (typeof rawId === 'string' && rawId.trim() !== '') || (typeof rawId === 'number' && Number.isFinite(rawId))
    ? String(rawId)
    : `${kind}[${index}]`;
}

// ---- Parsed record shapes ----

export interface SubscriptionSegment {
  id: string;
  customerId: string;
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
  /** The scale of `annualUnits`: the digits after the amount's point. */
  monthlyScale: number;
  /**
   * The annual amount before any discount: amount × quantity × (12 ÷ months per interval) ÷ intervalCount,
   * exact for an intervalCount of one (12 ÷ months per interval is a whole number: 12, 4, 1, 52, 365).
   * MRR sums these and divides by 12 once (multiply before dividing, spec § exact arithmetic).
   */
  readonly annual: Dec;
  /** `annual` as units × 10^-monthlyScale when it is a whole number of units below 2^53; else NaN. */
  annualUnits: number;
}

const INTERVALS: readonly BillingInterval[] = ['day', 'week', 'month', 'quarter', 'year'];
/** Intervals per year, 12 ÷ months per interval (a week is 12 ÷ 52 months, a day 12 ÷ 365: spec §4). */
const PER_YEAR: Record<BillingInterval, number> = { month: 12, quarter: 4, year: 1, week: 52, day: 365 };

/**
 * A validated subscription segment. Its annual amount is a Decimal made on first use, from
 * its amount and quantity (Decimals made then too): MRR reads only the segments active at an instant, and
 * those with a scaled-integer `annualUnits` not even then (see subscriptions.ts).
 */
class Segment implements SubscriptionSegment {
  declare id: string;
  declare customerId: string;
  declare currency: string | undefined;
  declare discountFactor: Dec | undefined;
  declare discountForever: boolean;
  declare discountEndsAt: number | undefined;
  declare start: number;
  declare end: number;
  declare trialEndsAt: number | undefined;
  declare monthlyScale: number;
  declare interval: BillingInterval;
  declare intervalCount: Dec | undefined;
  /** The amount and quantity (undefined when absent): their plain text, or their Decimals. */
  declare amount: string | Dec;
  declare quantity: string | Dec | undefined;
  declare annualUnits: number;
  declare annualDec: Dec | undefined;

  get annual(): Dec {
    if (this.annualDec === undefined) {
      const yearly = new D(this.amount).times(this.quantity ?? 1).times(PER_YEAR[this.interval]);
      this.annualDec = this.intervalCount ? yearly.div(this.intervalCount) : yearly;
    }
    return this.annualDec;
  }
}

export function readSubscription(f: Fields): SubscriptionSegment {
  const id = f.id('id');
  const customerId = f.id('customerId');
  const amount = f.lazyDecimal('amount') ?? f.plain!;
  const amountUnits = f.units;
  const amountScale = f.scale;
  const interval = f.oneOf('interval', INTERVALS);
  const intervalCount = f.checkedDecimal(
    'intervalCount',
    (d) => d.isInteger() && d.gt(0),
    'is not a whole number above 0',
  );
  let quantity: string | Dec | undefined;
  let quantityUnits = 1;
  let quantityScale = 0;
  if (f.present('quantity')) {
    quantity = f.lazyDecimal('quantity') ?? f.plain!;
    // NaN units when the text is not plain ('1e2', ' 2'): MRR then takes the exact Decimal path.
    quantityUnits = f.units;
    quantityScale = f.scale;
    // A plain text is negative when it starts with '-' ('-0' too, as Decimal's isNegative says).
    if (typeof quantity === 'string' ? quantity.charCodeAt(0) === 45 : quantity.isNegative()) {
      throw new RecordIssue('out-of-range', `quantity ${new D(quantity).toString()} is negative`);
    }
  }
  const discountPercent = f.checkedDecimal(
    'discountPercent',
    (d) => !d.isNegative() && d.lte(100),
    'is not between 0 and 100',
  );
  const duration = f.oneOf('discountDuration', ['forever', 'limited'], 'forever');
  const discountEndsAt = f.optionalTime('discountEndsAt');
  const start = f.time('startAt');
  const end = f.optionalTime('endAt') ?? Infinity;
  if (end < start) throw comesBefore('endAt', 'startAt');
  const trialEndsAt = f.optionalTime('trialEndsAt');
  const limited = duration === 'limited' && discountEndsAt !== undefined;
  const segment = new Segment();
  segment.id = id;
  segment.customerId = customerId;
  segment.currency = f.currency('currency');
  segment.discountFactor =
    discountPercent && !discountPercent.isZero() ? new D(100).minus(discountPercent).div(100) : undefined;
  segment.discountForever = !limited;
  segment.discountEndsAt = limited ? discountEndsAt : undefined;
  segment.start = start;
  segment.end = end;
  segment.trialEndsAt = trialEndsAt;
  segment.monthlyScale = amountScale;
  segment.interval = interval;
  segment.intervalCount = intervalCount;
  segment.amount = amount;
  segment.quantity = quantity;
  // × 12, 4, 1, 52 or 365 of a whole quantity without an interval count: exact in integers below 2^53.
  const annualUnits = !intervalCount && quantityScale === 0 ? amountUnits * quantityUnits * PER_YEAR[interval] : NaN;
  segment.annualUnits = Number.isSafeInteger(annualUnits) ? annualUnits : NaN;
  segment.annualDec = undefined;
  return segment;
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
  return {
    date,
    from: need('from', from),
    to: need('to', to),
    rate: need(
      'rate',
      f.checkedDecimal('rate', (d) => d.isPositive() && !d.isZero(), 'is not above 0'),
    ),
  };
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
  /** The amount as units × 10^-amountScale when it has at most 15 digits; else NaN (use `amount`). */
  amountUnits: number;
  amountScale: number;
}

/**
 * A validated deal. Its amount is a Decimal made on first use (most deals of a large dataset are never
 * summed by a given KPI, and a Decimal costs microseconds); `amountUnits` × 10^-`amountScale` is the
 * same amount as a scaled integer when it has at most 15 digits (else NaN), for exact integer sums.
 */
class Deal implements DealRecord {
  declare id: string;
  declare createdAt: number;
  declare closedAt: number | undefined;
  declare stage: Stage;
  declare currency: string | undefined;
  declare repId: string | undefined;
  declare channel: string | undefined;
  declare leadId: string | undefined;
  declare customerId: string | undefined;
  declare probability: Dec | undefined;
  declare type: 'new' | 'expansion' | 'renewal' | undefined;
  declare amountUnits: number;
  declare amountScale: number;
  /** The amount's plain text, when the Decimal is still to be made. */
  declare amountText: string | undefined;
  declare amountDec: Dec | undefined;

  get amount(): Dec {
    return (this.amountDec ??= new D(this.amountText!));
  }
}

const DEAL_TYPES: readonly ('new' | 'expansion' | 'renewal')[] = ['new', 'expansion', 'renewal'];

export function readDeal(f: Fields): DealRecord {
  return fillDeal(f, new Deal());
}

/** Reads a row into `deal`, field by field (a row that fails leaves it partly filled). */
function fillDeal(f: Fields, deal: Deal): Deal {
  const id = f.id('id');
  const createdAt = f.time('createdAt');
  const stage = f.oneOf('stage', STAGES);
  const closedAt = f.optionalTime('closedAt');
  if ((stage === 'won' || stage === 'lost') && closedAt === undefined) {
    throw new RecordIssue('invalid-record', `a ${stage} deal needs closedAt`);
  }
  if (closedAt !== undefined && closedAt < createdAt) throw comesBefore('closedAt', 'createdAt');
  const amountDec = f.lazyDecimal('amount');
  const amountText = f.plain;
  const amountUnits = f.units;
  const amountScale = f.scale;
  const probability = f.checkedDecimal(
    'probability',
    (d) => !d.isNegative() && d.lte(1),
    'is not a fraction between 0 and 1',
  );
  const type = f.optionalOneOf('type', DEAL_TYPES);
  // Every deal has the same keys in the same order (absent ones undefined): one hidden class.
  deal.id = id;
  deal.createdAt = createdAt;
  deal.closedAt = closedAt;
  deal.stage = stage;
  deal.currency = f.currency('currency');
  deal.repId = f.optionalId('repId');
  deal.channel = optionalText(f, 'channel');
  deal.leadId = f.optionalId('leadId');
  deal.customerId = f.optionalId('customerId');
  deal.probability = probability;
  deal.type = type;
  deal.amountUnits = amountUnits;
  deal.amountScale = amountScale;
  deal.amountText = amountText;
  deal.amountDec = amountDec;
  return deal;
}

/**
 * Validated records of a kind, indexed by position (the kept records in input order): their times in
 * typed arrays, and each record made on first use. Validation reads every field of every row (so the
 * warnings are complete) and keeps only the times: a large dataset is not copied into millions of
 * objects that most KPIs never read (won sales of a month read the deals closed in it, new leads the
 * leads created in it).
 */
export class LazyRecords<T> implements Validated<T> {
  /**
   * Made records in the order they were made (arrays grow by push, see validateRows), and by position
   * 1 + the index of its record there (0: not made yet); a zeroed typed array needs no fill.
   */
  private readonly made: T[] = [];
  private madeAt: Int32Array | undefined;
  private all: T[] | undefined;
  private readonly fields: Fields;

  constructor(
    private readonly rows: unknown,
    timeZone: string,
    private readonly v: ValidatedRows,
    private readonly make: (f: Fields) => T,
    private readonly times: ReadonlyMap<string, Float64Array>,
  ) {
    this.fields = new Fields({}, timeZone);
  }

  /** How many records were kept. */
  get count(): number {
    return this.v.ids.length;
  }

  get warnings(): Warning[] {
    return this.v.warnings;
  }

  /** Every record, in input order. */
  get records(): T[] {
    if (!this.all) {
      const all: T[] = [];
      for (let i = 0; i < this.count; i++) all.push(this.record(i));
      this.all = all;
    }
    return this.all;
  }

  /** A time field by position (NaN when absent); only the first `count` entries count. */
  time(field: string): Float64Array {
    const column = this.times.get(field);
    if (!column) throw new Error(`no time column ${field}`);
    return column;
  }

  /** The record at a position, made on first use and the same object afterwards. */
  record(position: number): T {
    const madeAt = (this.madeAt ??= new Int32Array(this.count));
    const at = madeAt[position]!;
    if (at > 0) return this.made[at - 1]!;
    // The row passed validation, so it reads again without an issue, to the same values.
    this.fields.row = (this.rows as unknown[])[this.v.rows[position]!] as Record<string, unknown>;
    const record = this.make(this.fields);
    this.made.push(record);
    madeAt[position] = this.made.length;
    return record;
  }
}

/**
 * Validates a kind into {@link LazyRecords} with the time columns `timeFields`. `read` validates a row
 * (it may refill one object, see validateRows); `make` makes the record of a row that passed.
 */
export function validateLazy<T extends { id?: string | undefined }>(
  kind: DatasetKind,
  rows: unknown,
  timeZone: string,
  read: (f: Fields) => T,
  make: (f: Fields) => T,
  timeFields: Readonly<Record<string, (record: T) => number | undefined>>,
): LazyRecords<T> {
  // One reader per column (a fixed property load each, not a load by a computed key). Columns start
  // with a place per row up to a cap (see initialCapacity), then double.
  const names = Object.keys(timeFields);
  const readers = names.map((name) => timeFields[name]!);
  let columns: Float64Array[] = names.map(() => new Float64Array(initialCapacity(rows)));
  const v = validateRows(kind, rows, timeZone, read, (record, position) => {
    if (position === columns[0]!.length) {
      columns = columns.map((c) => {
        const grown = new Float64Array(c.length * 2);
        grown.set(c);
        return grown;
      });
    }
    for (let i = 0; i < readers.length; i++) columns[i]![position] = readers[i]!(record) ?? NaN;
  });
  const times = new Map(names.map((name, i) => [name, columns[i]!]));
  return new LazyRecords(rows, timeZone, v, make, times);
}

/** Validated deals, made on first use; times createdAt and closedAt. */
export function validateDeals(rows: unknown, timeZone: string): LazyRecords<DealRecord> {
  const scratch = new Deal();
  return validateLazy('deals', rows, timeZone, (f) => fillDeal(f, scratch), readDeal, {
    createdAt: (d) => d.createdAt,
    closedAt: (d) => d.closedAt,
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
  const email = optionalText(f, 'email');
  return {
    id: f.id('id'),
    createdAt: f.time('createdAt'),
    channel: optionalText(f, 'channel'),
    repId: f.optionalId('repId'),
    email: email?.toLowerCase(),
    convertedAt: f.optionalTime('convertedAt'),
    dealId: f.optionalId('dealId'),
  };
}

export interface CustomerRecord {
  id: string;
  firstPaidAt: number;
  channel?: string;
}

export function readCustomer(f: Fields): CustomerRecord {
  return { id: f.id('id'), firstPaidAt: f.time('firstPaidAt'), channel: optionalText(f, 'channel') };
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
  const end = endRequired || f.present('periodEnd') ? f.date('periodEnd') : shiftDate(start, 1);
  if (end <= start) throw new RecordIssue('invalid-field', 'periodEnd does not come after periodStart');
  return {
    id: f.optionalId('id'),
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
  return {
    ...readSpread(f, false),
    channel: optionalText(f, 'channel'),
    paid: booleanField(f, 'paid'),
    category: optionalText(f, 'category'),
  };
}

export interface RepRecord {
  id: string;
  name?: string;
  /** Local dates; `activeTo` is the last active day, inclusive (§6.15). */
  activeFrom?: string;
  activeTo?: string;
}

export function readRep(f: Fields): RepRecord {
  const activeFrom = optionalDate(f, 'activeFrom');
  const activeTo = optionalDate(f, 'activeTo');
  if (activeFrom && activeTo && activeTo < activeFrom) throw comesBefore('activeTo', 'activeFrom');
  return { id: f.id('id'), name: optionalText(f, 'name'), activeFrom, activeTo };
}

export interface QuotaRecord extends SpreadRow {
  repId: string;
}

export function readQuota(f: Fields): QuotaRecord {
  return { ...readSpread(f, true), repId: f.id('repId') };
}
