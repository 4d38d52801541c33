import type { KpiModule } from '../context.js';
import { sum } from '../decimal.js';
import { spreadShare } from '../money.js';
import type { SpendRecord } from '../records.js';
import { noData, quotient } from '../result.js';
import { wonSales } from '../sales.js';

/** Spend rows in one canonical order, so that sums of spread shares never depend on record order. */
function sortedSpend(rows: SpendRecord[]): SpendRecord[] {
  const key = (s: SpendRecord) => [
    s.start,
    s.end,
    s.channel ?? '',
    s.category ?? '',
    s.currency ?? '',
    s.amount.toString(),
  ];
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
}

/**
 * Sales ROI: (won sales − spend) ÷ spend, a fraction (0.5 is 50 %). Won sales are won deals with closedAt
 * in [P.start, P.end); spend is every spend row, with or without a channel (marketing and overhead alike),
 * each spread evenly over its local days [periodStart, periodEnd) with P taking the days inside it
 * (spec §4). Spend of 0 in P gives null with `zero-denominator`; needs `deals` and `spend` (else `no-data`).
 * details: numerator (won sales − spend), denominator (spend), wonSales, spend.
 * Summary: (`wonSales` − `spend`) ÷ `spend`.
 * @example compute('sales-roi', { deals, spend }, { period: '2024-05' }).value // Decimal 1.5
 */
export const salesRoi: KpiModule = {
  id: 'sales-roi',
  unit: 'percent',
  polarity: 'higher-is-better',
  inputs: ['deals', 'spend', 'fxRates'],
  compute(ctx, period) {
    if (!ctx.index.has('deals') || !ctx.index.has('spend')) return noData();
    const spend = sum(sortedSpend(ctx.index.spend.records).map((row) => spreadShare(ctx, row, period)));
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
