import type { EngineKpiModule } from '../context.js';
import type { Dec } from '../decimal.js';
import { dealsKind, fxRatesKind } from '../kinds.js';
import { comparisonPeriod } from '../period.js';
import { noData, type KpiCore } from '../result.js';
import { wonSales } from '../sales.js';
import type { KpiDefinition } from '../types.js';

/** (current − previous) ÷ previous, null without a positive baseline (the same rule as §6.18). */
function growth(current: Dec, previous: Dec, withDetails: boolean): KpiCore {
  const delta = current.minus(previous);
  const details = withDetails ? { details: { current, previous, delta, numerator: delta, denominator: previous } } : {};
  if (previous.isZero()) return { value: null, reason: 'no-baseline', ...details };
  if (previous.isNegative()) return { value: null, reason: 'negative-baseline', ...details };
  return { value: delta.div(previous), ...details };
}

/**
 * Monthly sales growth, the source article's formula: (won sales of P − won sales of the previous
 * period) ÷ won sales of the previous period, as a fraction (0.25 is 25 %). Won sales = Σ amount of won
 * deals with closedAt in the half-open period (a deal closed on P.end counts in the next period),
 * converted on each close date. The previous period is the one `compare: 'previous-period'` uses
 * (§6.17): the month before a month, the quarter before a quarter, the same number of days before a range.
 * A previous of 0 gives null `no-baseline`; a negative one (refunds) null `negative-baseline`.
 * details: current, previous, delta, numerator (= delta), denominator (= previous).
 * Summary: `{ current, previous }` (won sales of the two periods).
 * @example compute('monthly-sales-growth', data, { period: '2024-05' }).value // Decimal 0.25 when May sold 1250 and April 1000
 */
export const monthlySalesGrowth: EngineKpiModule = {
  id: 'monthly-sales-growth',
  unit: 'percent',
  polarity: 'higher-is-better',
  inputs: ['deals', 'fxRates'],
  reads: [dealsKind, fxRatesKind],
  compute(ctx, period, baseline) {
    if (!ctx.index.has('deals')) return noData();
    const previous = wonSales(ctx, comparisonPeriod(period, 'previous-period'));
    return growth(wonSales(ctx, period), previous, !baseline);
  },
  summary: [
    {
      inputs: ['current', 'previous'],
      compute: ({ current, previous }) => growth(current!, previous!, true),
    },
  ],
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const monthlySalesGrowthInfo: KpiDefinition = {
  id: 'monthly-sales-growth',
  names: { en: 'Monthly sales growth', 'zh-TW': '每月銷售成長' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: '(won sales this period − won sales previous period) ÷ won sales previous period',
  inputs: ['deals', 'fxRates'],
};
