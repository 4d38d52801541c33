import type { EngineKpiModule } from '../context.js';
import { D, sum } from '../decimal.js';
import { dealsKind, fxRatesKind } from '../kinds.js';
import { noData } from '../result.js';
import { openAmount, openDeals, sumAmounts } from '../sales.js';
import type { KpiDefinition } from '../types.js';

/**
 * Pipeline value: Σ amount of the deals open at P.end (created before P.end, the exclusive bound, and
 * not won or lost before it; §4), whatever their stage, converted on the last day of P (§6.10).
 * details: weighted = Σ amount × probability (a deal without probability adds 0, §6.7), deals (count).
 * Not a quotient: no deals open gives 0.
 * @example compute('pipeline-value', data, { period: '2024-05' }).value // Decimal 3600 for open deals of 1000, 2000, 500 and 100
 */
export const pipelineValue: EngineKpiModule = {
  id: 'pipeline-value',
  unit: 'currency',
  polarity: 'higher-is-better',
  inputs: ['deals', 'fxRates'],
  reads: [dealsKind, fxRatesKind],
  compute(ctx, period, baseline) {
    if (!ctx.index.has('deals')) return noData();
    const open = openDeals(ctx, period);
    const value = sumAmounts(ctx, open, (d) => openAmount(ctx, d, period));
    if (baseline) return { value };
    // A deal without probability adds amount × 0: skipping it leaves every digit of the sum as it is.
    const weighted = sum(
      open.filter((d) => d.probability !== undefined).map((d) => openAmount(ctx, d, period).times(d.probability!)),
    );
    return { value, details: { weighted, deals: new D(open.length) } };
  },
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const pipelineValueInfo: KpiDefinition = {
  id: 'pipeline-value',
  names: { en: 'Pipeline value', 'zh-TW': '銷售管道價值' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'total amount of the deals open at the end of the period (weighted: each × its probability)',
  inputs: ['deals', 'fxRates'],
};
