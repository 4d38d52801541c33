import type { EngineKpiModule } from '../context.js';
import { closedDeals, cycleDealsOption, cycleStats, weightedOption, winParts } from '../deals-shared.js';
import { D } from '../decimal.js';
import { dealsKind, fxRatesKind } from '../kinds.js';
import { noData, ratio } from '../result.js';
import { openDeals, sumClosed } from '../sales.js';
import type { KpiDefinition } from '../types.js';

/**
 * Pipeline velocity, in currency per day: open deals × average deal size × win rate ÷ sales cycle days.
 * Open deals are counted at P.end (§4); the other factors are those of `average-deal-size`, `win-rate`
 * and `sales-cycle-length` for the half-open period, with the same `weighted` and `cycleDeals` options.
 * The value is one division of the multiplied-out fractions,
 * open × wonSales × winNumerator × cycleDeals ÷ (wonDeals × winDenominator × Σ cycle days), so no factor's
 * rounding enters it. A null factor (no deal won or closed in P) makes the value null with that
 * factor's reason, checked in formula order; a mean cycle of 0 days gives null `zero-denominator`.
 * details: openDeals, averageDealSize, winRate, salesCycleDays, numerator (open × size × rate),
 * denominator (cycle days).
 * @example compute('pipeline-velocity', data, { period: '2024-05' }).value // Decimal 300 for 10 × 1200 × 0.5 ÷ 20
 */
export const pipelineVelocity: EngineKpiModule = {
  id: 'pipeline-velocity',
  unit: 'currency-per-day',
  polarity: 'higher-is-better',
  inputs: ['deals', 'fxRates'],
  reads: [dealsKind, fxRatesKind],
  compute(ctx, period) {
    const weighted = weightedOption(ctx.options);
    const which = cycleDealsOption(ctx.options);
    if (!ctx.index.has('deals')) return noData();
    const open = new D(openDeals(ctx, period).length);
    const { won, lost } = closedDeals(ctx, period);
    const wonSales = sumClosed(ctx, won);
    const wonCount = new D(won.length);
    const win = winParts(ctx, won, lost, weighted);
    const winDenominator = win.won.plus(win.lost);
    const cycle = cycleStats(ctx, which === 'closed' ? [...won, ...lost] : won);

    const averageDealSize = ratio(wonSales, wonCount);
    const winRate = ratio(win.won, winDenominator);
    const salesCycleDays = cycle.mean;
    const numerator = averageDealSize === null || winRate === null ? null : open.times(averageDealSize).times(winRate);
    const details = {
      openDeals: open,
      averageDealSize,
      winRate,
      salesCycleDays,
      numerator,
      denominator: salesCycleDays,
    };
    if (averageDealSize === null || winRate === null || salesCycleDays === null || salesCycleDays.isZero()) {
      return { value: null, reason: 'zero-denominator', details };
    }
    const value = open
      .times(wonSales)
      .times(win.won)
      .times(cycle.deals)
      .div(wonCount.times(winDenominator).times(cycle.total));
    return { value, details };
  },
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const pipelineVelocityInfo: KpiDefinition = {
  id: 'pipeline-velocity',
  names: { en: 'Pipeline velocity', 'zh-TW': '銷售管道速度' },
  unit: 'currency-per-day',
  polarity: 'higher-is-better',
  formula: 'open deals × average deal size × win rate ÷ sales cycle days',
  inputs: ['deals', 'fxRates'],
};
