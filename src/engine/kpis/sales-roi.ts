import type { EngineKpiModule } from '../context.js';
import { spendIn } from '../acquisition.js';
import { dealsKind, fxRatesKind, spendKind } from '../kinds.js';
import type { Dec } from '../decimal.js';
import { noData, quotient, type KpiCore } from '../result.js';
import { wonSales } from '../sales.js';
import type { KpiDefinition } from '../types.js';

/**
 * Sales ROI: (won sales − spend) ÷ spend, a fraction (0.5 is 50 %). Won sales are won deals with closedAt
 * in [P.start, P.end); spend is every spend row, with or without a channel (marketing and overhead alike),
 * each spread evenly over its local days [periodStart, periodEnd) with P taking the days inside it
 * (spec §4). Spend of 0 in P gives null with `zero-denominator`; needs `deals` and `spend` (else `no-data`).
 * details: numerator (won sales − spend), denominator (spend), wonSales, spend.
 * Summary: (`wonSales` − `spend`) ÷ `spend`.
 * @example compute('sales-roi', { deals, spend }, { period: '2024-05' }).value // Decimal 1.5
 */
export const salesRoi: EngineKpiModule = {
  id: 'sales-roi',
  unit: 'percent',
  polarity: 'higher-is-better',
  inputs: ['deals', 'spend', 'fxRates'],
  reads: [dealsKind, spendKind, fxRatesKind],
  compute(ctx, period) {
    if (!ctx.index.has('deals') || !ctx.index.has('spend')) return noData();
    const { marketing, overhead } = spendIn(ctx, period);
    return roi(wonSales(ctx, period), marketing.plus(overhead));
  },
  summary: [
    {
      inputs: ['wonSales', 'spend'],
      compute: ({ wonSales, spend }) => roi(wonSales!, spend!),
    },
  ],
};

/** (won sales − spend) ÷ spend, both in details. */
function roi(wonSales: Dec, spend: Dec): KpiCore {
  return quotient(wonSales.minus(spend), spend, { wonSales, spend });
}

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const salesRoiInfo: KpiDefinition = {
  id: 'sales-roi',
  names: { en: 'Sales ROI', 'zh-TW': '銷售投資報酬率' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: '(won sales − all spend) ÷ all spend',
  inputs: ['deals', 'spend', 'fxRates'],
};
