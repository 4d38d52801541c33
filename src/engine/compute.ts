/**
 * The engine's entry points over one KPI module. `compute(id, ...)` in index.ts looks the module up;
 * a widget calls `computeWith(module, ...)` directly so its bundle carries only its own KPI.
 */
import { choice, type EngineKpiModule, type KpiContext, type KpiModule } from './context.js';
import { indexDataset, type DatasetIndex } from './dataset-index.js';
import { parseDecimal, type Dec } from './decimal.js';
import { InvalidOptionError } from './errors.js';
import { comparisonPeriod, monthRange, resolvePeriod, resolveTimeZone, type Period } from './period.js';
import { assemble, compare } from './result.js';
import type { Comparison, ComputeOptions, Dataset, KpiResult, SeriesOptions } from './types.js';

const COMPARE = ['previous-period', 'same-period-last-year', 'none'] as const;

function checkOptions(options: unknown): asserts options is ComputeOptions {
  if (!options || typeof options !== 'object')
    throw new InvalidOptionError('options', 'pass an object such as { period: "2024-05" }.');
}

function readTarget(options: ComputeOptions): Dec | undefined {
  if (options.target === undefined || options.target === null || options.target === '') return undefined;
  const t = parseDecimal(options.target);
  if (!t) throw new InvalidOptionError('target', `${JSON.stringify(options.target)} is not a decimal number.`);
  return t;
}

function checkDataset(data: unknown): asserts data is Dataset {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new InvalidOptionError('data', 'a Dataset is an object of record arrays such as { subscriptions: [...] }.');
  }
}

/**
 * The warnings of the kinds a KPI reads (`inputs`), of those the index has built. An engine module names
 * them by spec as well (`reads`, in the same order), so each is built first and its warnings are complete
 * even where the compute left the kind unread; a module made elsewhere names only kinds, and gets the
 * warnings of those built (the engine keeps no table of every kind: that would bundle every kind's
 * validation with each widget).
 */
function inputWarnings(m: KpiModule, index: DatasetIndex) {
  for (const spec of (m as Partial<EngineKpiModule>).reads ?? []) index.kind(spec);
  return index.builtWarnings(m.inputs);
}

function run(m: KpiModule, data: Dataset, options: ComputeOptions, period: Period, timeZone: string): KpiResult {
  const index = indexDataset(data, timeZone);
  const ctx: KpiContext = { index, timeZone, currency: index.reportingCurrency(options.currency), options };
  const basis = choice(options, 'compare', COMPARE, 'previous-period');
  const target = readTarget(options);
  const core = m.compute(ctx, period);
  let comparison: Comparison | undefined;
  if (basis !== 'none') {
    const against = comparisonPeriod(period, basis);
    comparison = compare(basis, core.value, m.compute(ctx, against, true), against);
  }
  return assemble({ ...m, currency: ctx.currency }, core, {
    period,
    comparison,
    target,
    warnings: inputWarnings(m, index),
  });
}

/** One KPI for one period. Bad records become warnings; only meaningless calls throw (spec §2). */
export function computeWith(m: KpiModule, data: Dataset, options: ComputeOptions): KpiResult {
  checkOptions(options);
  checkDataset(data);
  return run(m, data, options, resolvePeriod(options.period), resolveTimeZone(options.timeZone));
}

/** One result per month from `from` to `to`, both included, ascending (spec §6.2). */
export function computeSeriesWith(m: KpiModule, data: Dataset, options: SeriesOptions): KpiResult[] {
  checkOptions(options);
  checkDataset(data);
  const grain = options.grain ?? 'month';
  if (grain !== 'month')
    throw new InvalidOptionError('grain', `${JSON.stringify(grain)} is not supported; use "month".`);
  const timeZone = resolveTimeZone(options.timeZone);
  return monthRange(options.from, options.to).map((period) =>
    run(m, data, options as ComputeOptions, period, timeZone),
  );
}

/**
 * A KPI from pre-aggregated numbers (the widget's summary attributes), by the source article's
 * formulas. The first form whose inputs are all present is used; `previous`, when the form does not
 * take it as an input, is the baseline of the comparison.
 */
export function computeSummaryWith(
  m: KpiModule,
  inputs: Record<string, string | number>,
  options: Partial<ComputeOptions> = {},
): KpiResult {
  const forms = m.summary ?? [];
  if (!inputs || typeof inputs !== 'object') throw new InvalidOptionError('inputs', 'pass an object of numbers.');
  const given = (name: string) => inputs[name] !== undefined && inputs[name] !== null && inputs[name] !== '';
  const form = forms.find((f) => f.inputs.every(given));
  if (!form) {
    const accepted = forms.map((f) => f.inputs.join(' + ')).join('; or ');
    throw new InvalidOptionError('inputs', `${m.id} takes ${accepted || 'no summary inputs'}.`);
  }
  const values: Record<string, Dec> = {};
  const text: Record<string, string> = {};
  // `previous` is the comparison's baseline, unless the form itself takes it (growth already compares).
  const comparesPrevious = given('previous') && !form.inputs.includes('previous');
  for (const name of [...form.inputs, ...(comparesPrevious ? ['previous'] : [])]) {
    if (form.text?.includes(name)) {
      text[name] = String(inputs[name]);
      continue;
    }
    const v = parseDecimal(inputs[name]);
    if (!v) throw new InvalidOptionError(name, `${JSON.stringify(inputs[name])} is not a decimal number.`);
    values[name] = v;
  }
  const period = options.period !== undefined ? resolvePeriod(options.period) : undefined;
  const core = form.compute(values, text);
  const target = readTarget(options as ComputeOptions);
  const currency = options.currency ? String(options.currency).toUpperCase() : undefined;
  return assemble({ ...m, currency }, core, {
    period,
    comparison: comparesPrevious
      ? compare(
          'previous-period',
          core.value,
          { value: values.previous },
          period && comparisonPeriod(period, 'previous-period'),
        )
      : undefined,
    target,
  });
}
