/**
 * One spec per dataset kind: its name and how to build its validated table from the dataset in a zone.
 * A reader passes the spec to `DatasetIndex.kind`, which builds the table once per dataset and zone, so
 * a bundle carries the validation of the kinds its KPI reads and no other (issue 7). Specs are plain
 * constants: nothing registers them anywhere on import, so an unused one is tree-shaken.
 */
import { FxTable } from './fx.js';
import {
  compareText,
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
  type CustomerRecord,
  type DealRecord,
  type FxRecord,
  type LazyRecords,
  type LeadRecord,
  type QuotaRecord,
  type RepRecord,
  type SpendRecord,
  type SubscriptionSegment,
  type Validated,
} from './records.js';
import type { Dataset, DatasetKind, Warning } from './types.js';

/** How one kind of records becomes its validated table; `T` carries the warnings of its bad rows. */
export interface KindSpec<T extends { warnings: Warning[] } = { warnings: Warning[] }> {
  readonly name: DatasetKind;
  build(data: Dataset, timeZone: string): T;
}

/** Subscription segments grouped by customer, both in id order (see {@link subscriptionsKind}). */
export interface SubscriptionTable extends Validated<SubscriptionSegment> {
  /** The customers with a segment, by id, and their segments by id, by position. */
  customers: string[];
  segmentsOf: SubscriptionSegment[][];
  /** The finest `monthlyScale` of the segments with `annualUnits`: MRR sums run in units of 10^-annualScale. */
  annualScale: number;
}

export const subscriptionsKind: KindSpec<SubscriptionTable> = {
  name: 'subscriptions',
  build(data, timeZone) {
    const v = validateKind('subscriptions', data.subscriptions, timeZone, readSubscription, 'any');
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
    order.sort((a, b) => compareText(keys[a]!, keys[b]!));
    const customers: string[] = [];
    const segmentsOf: SubscriptionSegment[][] = [];
    for (const i of order) {
      const list = groups[i]!;
      if (list.length > 1) list.sort((a, b) => compareText(a.id, b.id));
      customers.push(keys[i]!);
      segmentsOf.push(list);
    }
    let annualScale = 0;
    for (const s of v.records)
      if (s.annualUnits === s.annualUnits && s.monthlyScale > annualScale) annualScale = s.monthlyScale;
    return { ...v, customers, segmentsOf, annualScale };
  },
};

/**
 * Deals in input order: every reader sorts them (select.ts) or reads them into sets. Made on first
 * use (see LazyRecords): select.ts reads the times of all and makes only the deals of a period.
 */
export const dealsKind: KindSpec<LazyRecords<DealRecord>> = {
  name: 'deals',
  build: (data, timeZone) => validateDeals(data.deals, timeZone),
};

/** Leads in input order, made on first use: read through select.ts, sorted by createdAt then id. */
export const leadsKind: KindSpec<LazyRecords<LeadRecord>> = {
  name: 'leads',
  build: (data, timeZone) =>
    validateLazy('leads', data.leads, timeZone, readLead, readLead, { createdAt: (l) => l.createdAt }),
};

/** Customers in input order, made on first use: read through select.ts, sorted by firstPaidAt then id. */
export const customersKind: KindSpec<LazyRecords<CustomerRecord>> = {
  name: 'customers',
  build: (data, timeZone) =>
    validateLazy('customers', data.customers, timeZone, readCustomer, readCustomer, {
      firstPaidAt: (c) => c.firstPaidAt,
    }),
};

export const spendKind: KindSpec<Validated<SpendRecord>> = {
  name: 'spend',
  build: (data, timeZone) => validateKind('spend', data.spend, timeZone, readSpend),
};

export const repsKind: KindSpec<Validated<RepRecord>> = {
  name: 'reps',
  build: (data, timeZone) => validateKind('reps', data.reps, timeZone, readRep),
};

export const quotasKind: KindSpec<Validated<QuotaRecord>> = {
  name: 'quotas',
  build: (data, timeZone) => validateKind('quotas', data.quotas, timeZone, readQuota),
};

/** Exchange rates and the table that converts with them (read by every money KPI and the currency choice). */
export const fxRatesKind: KindSpec<Validated<FxRecord> & { table: FxTable }> = {
  name: 'fxRates',
  build(data, timeZone) {
    const v = validateKind('fxRates', data.fxRates, timeZone, readFxRate);
    return { ...v, table: new FxTable(v.records) };
  },
};
