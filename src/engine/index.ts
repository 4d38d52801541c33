/**
 * kpi-elements/engine: every KPI computed exactly, in a browser, a worker or Node (no DOM).
 * Contract: spec/engine.md. Names exported here are called by code outside the project.
 */
import { catalogue } from './catalogue.js';
import { computeSeriesWith, computeSummaryWith, computeWith } from './compute.js';
import { kpiModule } from './registry.js';
import type { ComputeOptions, Dataset, KpiDefinition, KpiId, KpiResult, SeriesOptions } from './types.js';

/** One KPI over one period of a dataset. */
export function compute(id: KpiId, data: Dataset, options: ComputeOptions): KpiResult {
  return computeWith(kpiModule(id), data, options);
}

/** One result per period from `options.from` to `options.to` (months, both included), ascending. */
export function computeSeries(id: KpiId, data: Dataset, options: SeriesOptions): KpiResult[] {
  return computeSeriesWith(kpiModule(id), data, options);
}

/** A KPI from summary numbers by the source article's formulas, e.g. `{ payingCustomers, arpa }` for `mrr`. */
export function computeSummary(
  id: KpiId,
  inputs: Record<string, string | number>,
  options?: Partial<ComputeOptions>,
): KpiResult {
  return computeSummaryWith(kpiModule(id), inputs, options);
}

/** The KPIs the engine computes, with names in en and zh-TW, unit, polarity, formula and inputs. */
export function listKpis(): KpiDefinition[] {
  return catalogue.map((k) => ({ ...k, names: { ...k.names }, inputs: [...k.inputs] }));
}

export { parseCsv, CsvError } from './csv.js';
export { computeWith, computeSeriesWith, computeSummaryWith } from './compute.js';
export type { KpiModule } from './context.js';
export { D as Decimal, type Dec } from './decimal.js';
export {
  KpiError,
  UnknownKpiError,
  InvalidPeriodError,
  InvalidTimeZoneError,
  InvalidOptionError,
  MissingFxRateError,
} from './errors.js';
export type * from './types.js';
