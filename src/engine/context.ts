import type { DatasetIndex } from './dataset-index.js';
import { InvalidOptionError } from './errors.js';
import type { KindSpec } from './kinds.js';
import type { Period } from './period.js';
import type { KpiCore } from './result.js';
import type { ComputeOptions, DatasetKind, KpiId, Polarity, Unit } from './types.js';
import type { Dec } from './decimal.js';

/** Everything a KPI module reads besides the period: the indexed dataset and the resolved options. */
export interface KpiContext {
  index: DatasetIndex;
  timeZone: string;
  /** Reporting currency; undefined when neither the options nor the records name one. */
  currency: string | undefined;
  options: ComputeOptions;
}

/** One KPI: how it computes from a dataset and, where the source article gives one, from summary numbers. */
export interface KpiModule {
  id: KpiId;
  unit: Unit;
  polarity: Polarity;
  /** Dataset kinds read, for warnings and `listKpis().inputs`. */
  inputs: DatasetKind[];
  /**
   * The KPI for one period. `baseline` is true when the value serves only as a comparison's baseline:
   * details may then be left out, so that no record is read (or fx rate needed) beyond the value.
   */
  compute(ctx: KpiContext, period: Period, baseline?: boolean): KpiCore;
  /**
   * Summary forms: each lists the inputs it needs (camelCase widget attributes); `previous`, when given
   * with any form, is the baseline of a comparison.
   */
  summary?: {
    inputs: string[];
    /** Inputs read as text rather than decimals (e.g. the JSON of `channels`); each must be in `inputs`. */
    text?: string[];
    compute(values: Record<string, Dec>, text: Record<string, string>): KpiCore;
  }[];
}

/**
 * A KPI module of this engine: a {@link KpiModule} that also carries the specs of the kinds it reads,
 * in the order of `inputs`, so that its results warn about their bad rows without the engine holding a
 * table of every kind (which would put every kind's validation into every widget's bundle, issue 7).
 * Internal: the public shape stays `KpiModule`.
 */
export interface EngineKpiModule extends KpiModule {
  readonly reads: readonly KindSpec[];
}

/** Reads an option that must be one of a set; names the option when it is not (spec §6.23). */
export function choice<T extends string>(options: ComputeOptions, name: string, allowed: readonly T[], fallback: T): T {
  const v = options[name];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new InvalidOptionError(
      name,
      `${JSON.stringify(v)} is not one of ${allowed.map((a) => `"${a}"`).join(', ')}.`,
    );
  }
  return v as T;
}
