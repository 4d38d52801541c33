/**
 * One dataset, many KPIs: a dataset object is validated and indexed once per time zone, and the index
 * is reused while the same object is passed again (spec §4). A caller that edits records in place must
 * pass a new object.
 */
import { InvalidOptionError, MissingFxRateError } from './errors.js';
import { FxTable } from './fx.js';
import {
  IdTable,
  readCustomer,
  readFxRate,
  readLead,
  readQuota,
  readRep,
  readSpend,
  readSubscription,
  validateDeals,
  validateKind,
  validateLazy,
  type DealRecord,
  type LazyRecords,
  type CustomerRecord,
  type LeadRecord,
  type QuotaRecord,
  type RepRecord,
  type SpendRecord,
  type SubscriptionSegment,
  type Validated,
} from './records.js';
import type { Dataset, DatasetKind, Warning } from './types.js';

const MONEY_KINDS: DatasetKind[] = ['deals', 'subscriptions', 'spend', 'quotas'];

export class DatasetIndex {
  private readonly memo = new Map<string, unknown>();

  constructor(
    readonly data: Dataset,
    readonly timeZone: string,
  ) {}

  /** Computes once per index: derived tables and per-instant figures shared by every KPI. */
  cached<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  /** Whether the dataset carries the kind at all (an empty array counts: spec §6.20). */
  has(kind: DatasetKind): boolean {
    return Array.isArray(this.data[kind]);
  }

  get subscriptions(): Validated<SubscriptionSegment> & {
    /** The customers with a segment, by id, and their segments by id, by position. */
    customers: string[];
    segmentsOf: SubscriptionSegment[][];
    /** The finest `monthlyScale` of the segments with `annualUnits`: MRR sums run in units of 10^-annualScale. */
    annualScale: number;
  } {
    return this.cached('kind:subscriptions', () => {
      const v = validateKind('subscriptions', this.data.subscriptions, this.timeZone, readSubscription, 'any');
      // Sums of quotients round at the 34th digit, so they run in one canonical order (customers and
      // segments by id): the same records in any order give the same digits. Grouping first sorts
      // customer ids once and each customer's few segments, not every segment by two keys; groups are
      // found through an IdTable (a Map of 200k strings costs more than the sort).
      const keys: string[] = [];
      const groups: SubscriptionSegment[][] = [];
      const table = new IdTable(v.records.length, keys);
      for (const s of v.records) {
        const group = table.findOrAdd(s.customerId, groups.length);
        if (group !== -1) groups[group]!.push(s);
        else {
          keys.push(s.customerId);
          groups.push([s]);
        }
      }
      const order: number[] = [];
      for (let i = 0; i < keys.length; i++) order.push(i);
      order.sort((a, b) => compareIds(keys[a]!, keys[b]!));
      const customers: string[] = [];
      const segmentsOf: SubscriptionSegment[][] = [];
      for (const i of order) {
        const list = groups[i]!;
        if (list.length > 1) list.sort((a, b) => compareIds(a.id, b.id));
        customers.push(keys[i]!);
        segmentsOf.push(list);
      }
      let annualScale = 0;
      for (const s of v.records)
        if (s.annualUnits === s.annualUnits && s.monthlyScale > annualScale) annualScale = s.monthlyScale;
      return { ...v, customers, segmentsOf, annualScale };
    });
  }

  /**
   * Deals in input order: every reader sorts them (select.ts) or reads them into sets. Made on first
   * use (see LazyRecords): select.ts reads the times of all and makes only the deals of a period.
   */
  get deals(): LazyRecords<DealRecord> {
    return this.cached('kind:deals', () => validateDeals(this.data.deals, this.timeZone));
  }

  /** Leads in input order, made on first use: read through select.ts, sorted by createdAt then id. */
  get leads(): LazyRecords<LeadRecord> {
    return this.cached('kind:leads', () =>
      validateLazy('leads', this.data.leads, this.timeZone, readLead, readLead, { createdAt: (l) => l.createdAt }),
    );
  }

  /** Customers in input order, made on first use: read through select.ts, sorted by firstPaidAt then id. */
  get customers(): LazyRecords<CustomerRecord> {
    return this.cached('kind:customers', () =>
      validateLazy('customers', this.data.customers, this.timeZone, readCustomer, readCustomer, {
        firstPaidAt: (c) => c.firstPaidAt,
      }),
    );
  }

  get spend(): Validated<SpendRecord> {
    return this.cached('kind:spend', () => validateKind('spend', this.data.spend, this.timeZone, readSpend));
  }

  get reps(): Validated<RepRecord> {
    return this.cached('kind:reps', () => validateKind('reps', this.data.reps, this.timeZone, readRep));
  }

  get quotas(): Validated<QuotaRecord> {
    return this.cached('kind:quotas', () => validateKind('quotas', this.data.quotas, this.timeZone, readQuota));
  }

  get fxRates(): Validated<unknown> {
    return this.fx;
  }

  get fx(): Validated<unknown> & { table: FxTable } {
    return this.cached('kind:fxRates', () => {
      const v = validateKind('fxRates', this.data.fxRates, this.timeZone, readFxRate);
      return { records: v.records, warnings: v.warnings, table: new FxTable(v.records) };
    });
  }

  /** Warnings of the kinds a KPI reads (fx rates are read by every money KPI). */
  warningsFor(kinds: readonly DatasetKind[]): Warning[] {
    const out: Warning[] = [];
    for (const kind of kinds) out.push(...this[kind].warnings);
    return out;
  }

  /**
   * The reporting currency (spec §6.11): the option when given, else the one currency the records carry;
   * several without rates cannot be summed and throw MissingFxRateError.
   */
  reportingCurrency(option: unknown): string | undefined {
    if (option !== undefined && option !== null && option !== '') {
      if (typeof option !== 'string' || !/^[A-Za-z]{3}$/.test(option.trim())) {
        throw new InvalidOptionError('currency', `${JSON.stringify(option)} is not an ISO 4217 code such as "USD".`);
      }
      return option.trim().toUpperCase();
    }
    const carried = this.cached('currencies', () => {
      const found = new Set<string>();
      for (const kind of MONEY_KINDS) {
        const rows = this.data[kind];
        if (!Array.isArray(rows)) continue;
        for (const row of rows as unknown[]) {
          const c = row && typeof row === 'object' ? (row as { currency?: unknown }).currency : undefined;
          if (typeof c === 'string' && /^[A-Za-z]{3}$/.test(c.trim())) found.add(c.trim().toUpperCase());
        }
      }
      return [...found].sort();
    });
    if (carried.length <= 1) return carried[0];
    const targets = new Set(this.fx.table.targets().filter((c) => carried.includes(c)));
    if (targets.size === 1) return [...targets][0];
    throw new MissingFxRateError(carried[1]!, carried[0]!, 'any date (name options.currency)');
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const indexes = new WeakMap<object, Map<string, DatasetIndex>>();

/** The index of a dataset object in a zone, built on first use. */
export function indexDataset(data: Dataset, timeZone: string): DatasetIndex {
  let byZone = indexes.get(data);
  if (!byZone) {
    byZone = new Map();
    indexes.set(data, byZone);
  }
  let index = byZone.get(timeZone);
  if (!index) {
    index = new DatasetIndex(data, timeZone);
    byZone.set(timeZone, index);
  }
  return index;
}
