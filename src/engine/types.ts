import type { Dec } from './decimal.js';

/** Every KPI id of the catalogue (`../shared/spec/engine.md` §5). */
export type KpiId =
  | 'cac'
  | 'cac-by-channel'
  | 'paid-cac'
  | 'opportunities-vs-leads'
  | 'pipeline-value'
  | 'monthly-sales-growth'
  | 'cltv'
  | 'sales-cycle-length'
  | 'mrr'
  | 'arr'
  | 'mrr-movements'
  | 'arpa'
  | 'sales-per-rep'
  | 'new-leads'
  | 'lead-conversion-rate'
  | 'win-rate'
  | 'average-deal-size'
  | 'customer-churn-rate'
  | 'customer-retention-rate'
  | 'net-revenue-retention'
  | 'gross-revenue-retention'
  | 'quota-attainment'
  | 'expansion-revenue'
  | 'sales-roi'
  | 'pipeline-velocity'
  | 'quick-ratio'
  | 'cac-payback'
  | 'ltv-to-cac';

export type Unit = 'currency' | 'percent' | 'ratio' | 'count' | 'days' | 'months' | 'currency-per-day';
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

/** A decimal amount as it arrives: a decimal string (`'49.50'`) or a number read through its shortest text. */
export type Amount = string | number;
/** ISO 8601 date or date-time; without an offset it is wall-clock time in `options.timeZone`. */
export type Timestamp = string;
export type RecordId = string | number;

export interface Lead {
  id: RecordId;
  createdAt: Timestamp;
  channel?: string;
  repId?: RecordId;
  email?: string;
  convertedAt?: Timestamp;
  dealId?: RecordId;
}
export type DealStage = 'lead' | 'interested' | 'meeting-booked' | 'proposal' | 'won' | 'lost';
export interface Deal {
  id: RecordId;
  createdAt: Timestamp;
  closedAt?: Timestamp;
  stage: DealStage;
  amount: Amount;
  currency?: string;
  repId?: RecordId;
  channel?: string;
  leadId?: RecordId;
  customerId?: RecordId;
  probability?: Amount;
  type?: 'new' | 'expansion' | 'renewal';
}
export interface Customer {
  id: RecordId;
  firstPaidAt: Timestamp;
  channel?: string;
}
export type BillingInterval = 'day' | 'week' | 'month' | 'quarter' | 'year';
/** One price segment of a subscription: a price change ends one row and starts the next on the same date. */
export interface Subscription {
  id: RecordId;
  customerId: RecordId;
  /** Price per interval, net of tax. */
  amount: Amount;
  currency?: string;
  interval: BillingInterval;
  intervalCount?: Amount;
  quantity?: Amount;
  discountPercent?: Amount;
  discountDuration?: 'forever' | 'limited';
  discountEndsAt?: Timestamp;
  startAt: Timestamp;
  endAt?: Timestamp;
  trialEndsAt?: Timestamp;
}
export interface Spend {
  periodStart: Timestamp;
  periodEnd?: Timestamp;
  amount: Amount;
  currency?: string;
  /** No channel: overhead (salaries, tools). */
  channel?: string;
  paid?: boolean;
  category?: string;
  id?: RecordId;
}
export interface Rep {
  id: RecordId;
  name?: string;
  activeFrom?: Timestamp;
  /** The rep's last active day, inclusive. */
  activeTo?: Timestamp;
}
export interface Quota {
  repId: RecordId;
  periodStart: Timestamp;
  periodEnd: Timestamp;
  amount: Amount;
  currency?: string;
  id?: RecordId;
}
export interface FxRate {
  date: Timestamp;
  from: string;
  to: string;
  rate: Amount;
}

/** Flat JSON records, one array per kind; every kind is optional. */
export interface Dataset {
  leads?: Lead[];
  deals?: Deal[];
  customers?: Customer[];
  subscriptions?: Subscription[];
  spend?: Spend[];
  reps?: Rep[];
  quotas?: Quota[];
  fxRates?: FxRate[];
}
export type DatasetKind = keyof Dataset;
export type DatasetRecord = NonNullable<Dataset[DatasetKind]>[number];

/** A month `'2024-05'`, a quarter `'2024-Q2'`, a year `'2024'`, or a half-open range of local dates. */
export type PeriodInput = string | { start: string; end: string };
export type CompareBasis = 'previous-period' | 'same-period-last-year';

export interface ComputeOptions {
  period: PeriodInput;
  /** Reporting currency (ISO 4217). Default: the one currency the records carry. */
  currency?: string;
  /** IANA time zone; every timestamp is bucketed by its local date there. Default `'UTC'`. */
  timeZone?: string;
  compare?: CompareBasis | 'none';
  /** A decimal string; when set the result carries progress toward it. */
  target?: Amount;
  /** How discounts reduce MRR: `'all'` (default), `'forever-only'`, `'none'`. */
  discountPolicy?: 'all' | 'forever-only' | 'none';
  [option: string]: unknown;
}
export interface SeriesOptions extends Omit<ComputeOptions, 'period'> {
  /** First month, included (`'2024-01'`). */
  from: string;
  /** Last month, included. */
  to: string;
  grain?: 'month';
}

export interface PeriodRange {
  start: string;
  end: string;
}
export interface Warning {
  code: string;
  message: string;
  recordId?: string;
}
export interface Comparison {
  basis: CompareBasis;
  /** The baseline's period; absent only on a summary result computed without `options.period`. */
  period?: PeriodRange;
  baseline: Dec | null;
  delta: Dec | null;
  deltaPercent: Dec | null;
  reason?: string;
}
export interface TargetProgress {
  value: Dec;
  progress: Dec | null;
  remaining: Dec | null;
}
export interface BreakdownEntry {
  key: string;
  value: Dec | null;
  reason?: string;
  details?: Record<string, Dec | null>;
}
export interface KpiResult {
  id: KpiId;
  /** decimal.js value; null only with a reason. Percent units are fractions (25 % is 0.25). */
  value: Dec | null;
  reason?: 'no-data' | 'zero-denominator' | 'no-baseline' | 'negative-baseline' | 'zero-churn' | (string & {});
  unit: Unit;
  currency?: string;
  polarity: Polarity;
  /** Local dates, half-open. Always set by compute and computeSeries; by computeSummary only when `options.period` is given. */
  period?: PeriodRange;
  comparison?: Comparison;
  target?: TargetProgress;
  details?: Record<string, Dec | null>;
  breakdown?: BreakdownEntry[];
  warnings: Warning[];
}

/** What `listKpis()` returns for each KPI. */
export interface KpiDefinition {
  id: KpiId;
  names: { en: string; 'zh-TW': string };
  unit: Unit;
  polarity: Polarity;
  formula: string;
  /** The Dataset kinds the KPI reads. */
  inputs: DatasetKind[];
}
