import type { KpiModule } from '../../engine/context.js';
import { computeSeriesWith, computeSummaryWith, computeWith } from '../../engine/compute.js';
import type { ComputeOptions, Dataset, KpiResult, SeriesOptions } from '../../engine/types.js';

/**
 * Where a widget's numbers are computed. Asynchronous so that a Web Worker can take the work over
 * later without changing the widgets: a worker implementation would post `kpi.id` with the inputs and
 * revive the decimal strings of the answer.
 */
export interface KpiComputer {
  /** One KPI over one period of a dataset. */
  compute(kpi: KpiModule, data: Dataset, options: ComputeOptions): Promise<KpiResult>;
  /** One result per month from `options.from` to `options.to`, both included. */
  computeSeries(kpi: KpiModule, data: Dataset, options: SeriesOptions): Promise<KpiResult[]>;
  /** A KPI from pre-aggregated numbers (a widget's summary attributes). */
  computeSummary(
    kpi: KpiModule,
    inputs: Record<string, string | number>,
    options: Partial<ComputeOptions>,
  ): Promise<KpiResult>;
}

/** The default computer: the engine, on the main thread. */
export const inThreadComputer: KpiComputer = {
  async compute(kpi, data, options) {
    return computeWith(kpi, data, options);
  },
  async computeSeries(kpi, data, options) {
    return computeSeriesWith(kpi, data, options);
  },
  async computeSummary(kpi, inputs, options) {
    return computeSummaryWith(kpi, inputs, options);
  },
};
