import type { EngineKpiModule } from '../context.js';
import { spendIn } from '../acquisition.js';
import { dealsKind, fxRatesKind, spendKind } from '../kinds.js';
import { noData, quotient } from '../result.js';
import { wonSales } from '../sales.js';

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
    const spend = marketing.plus(overhead);
    const won = wonSales(ctx, period);
    return quotient(won.minus(spend), spend, { wonSales: won, spend });
  },
  summary: [
    {
      inputs: ['wonSales', 'spend'],
      compute: ({ wonSales, spend }) =>
        quotient(wonSales!.minus(spend!), spend!, { wonSales: wonSales!, spend: spend! }),
    },
  ],
};
