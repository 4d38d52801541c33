/**
 * KpiResult assembly: comparison and target. This is the one place a ratio may be null, and it is
 * never NaN, Infinity or a silent 0 (spec §2, §6.18, §6.19).
 */
import type { Dec } from './decimal.js';
import type { BreakdownEntry, CompareBasis, Comparison, KpiResult, PeriodRange, TargetProgress } from './types.js';

/** What a KPI module computes for one period, before comparison, target and warnings are added. */
export interface KpiCore {
  value: Dec | null;
  reason?: string;
  details?: Record<string, Dec | null>;
  breakdown?: BreakdownEntry[];
}

/** a ÷ b, or null when b is zero (the caller supplies the reason). */
export function ratio(numerator: Dec, denominator: Dec): Dec | null {
  return denominator.isZero() ? null : numerator.div(denominator);
}

/** A quotient result with its numerator and denominator in details (spec §2). */
export function quotient(numerator: Dec, denominator: Dec, details: Record<string, Dec | null> = {}): KpiCore {
  const value = ratio(numerator, denominator);
  return {
    value,
    ...(value === null ? { reason: 'zero-denominator' } : {}),
    details: { ...details, numerator, denominator },
  };
}

export function noData(): KpiCore {
  return { value: null, reason: 'no-data' };
}

/** Compares a value with its baseline: delta, and delta ÷ baseline when the baseline is above zero. */
export function compare(basis: CompareBasis, value: Dec | null, baseline: KpiCore, period?: PeriodRange): Comparison {
  const base = baseline.value;
  const delta = value !== null && base !== null ? value.minus(base) : null;
  let deltaPercent: Dec | null = null;
  let reason: string | undefined;
  if (base === null) reason = baseline.reason ?? 'no-baseline';
  else if (value === null) reason = 'no-data';
  else if (base.isZero()) reason = 'no-baseline';
  else if (base.isNegative()) reason = 'negative-baseline';
  else deltaPercent = delta!.div(base);
  return {
    basis,
    ...(period ? { period: { start: period.start, end: period.end } } : {}),
    baseline: base,
    delta,
    deltaPercent,
    ...(reason ? { reason } : {}),
  };
}

/** Progress toward a target, whatever the polarity; widgets read it with the polarity (§6.19). */
export function targetProgress(value: Dec | null, target: Dec): TargetProgress {
  return {
    value: target,
    progress: value === null || target.isZero() ? null : value.div(target),
    remaining: value === null ? null : target.minus(value),
  };
}

/** A result from the KPI's head, its core and the parts around it; parts that are undefined are left out. */
export function assemble(
  head: Pick<KpiResult, 'id' | 'unit' | 'polarity'> & { currency?: string | undefined },
  core: KpiCore,
  extra: {
    period?: PeriodRange | undefined;
    comparison?: Comparison | undefined;
    target?: Dec | undefined;
    warnings?: KpiResult['warnings'];
  },
): KpiResult {
  const result: KpiResult = {
    id: head.id,
    value: core.value,
    ...(core.value === null ? { reason: core.reason ?? 'no-data' } : {}),
    unit: head.unit,
    // Kept on every result whose reporting currency is known: rates carry money in their details too.
    ...(head.currency ? { currency: head.currency } : {}),
    polarity: head.polarity,
    ...(extra.period ? { period: { start: extra.period.start, end: extra.period.end } } : {}),
    ...(extra.comparison ? { comparison: extra.comparison } : {}),
    ...(extra.target ? { target: targetProgress(core.value, extra.target) } : {}),
    ...(core.details ? { details: core.details } : {}),
    ...(core.breakdown ? { breakdown: core.breakdown } : {}),
    warnings: extra.warnings ?? [],
  };
  return result;
}
