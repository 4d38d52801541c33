import type { EngineKpiModule } from '../context.js';
import { D } from '../decimal.js';
import { dealsKind, fxRatesKind } from '../kinds.js';
import { noData, quotient } from '../result.js';
import { sumClosed, wonDeals } from '../sales.js';
import type { KpiDefinition } from '../types.js';

/**
 * Average deal size: won sales ÷ won deals, over deals won with closedAt in the half-open period (a
 * deal closed on P.end counts in the next period), in the reporting currency (each deal converted on its
 * close date). No deal won in P gives null `zero-denominator`.
 * details: numerator (won sales), denominator (won deals).
 * @example compute('average-deal-size', data, { period: '2024-05' }).value // Decimal 1250 for 5000 over 4 deals
 */
export const averageDealSize: EngineKpiModule = {
  id: 'average-deal-size',
  unit: 'currency',
  polarity: 'higher-is-better',
  inputs: ['deals', 'fxRates'],
  reads: [dealsKind, fxRatesKind],
  compute(ctx, period) {
    if (!ctx.index.has('deals')) return noData();
    const won = wonDeals(ctx, period);
    return quotient(sumClosed(ctx, won), new D(won.length));
  },
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const averageDealSizeInfo: KpiDefinition = {
  id: 'average-deal-size',
  names: { en: 'Average deal size', 'zh-TW': '平均成交金額' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'won sales ÷ won deals',
  inputs: ['deals', 'fxRates'],
};
