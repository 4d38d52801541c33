import type { EngineKpiModule } from '../context.js';
import { D, sum, ZERO, type Dec } from '../decimal.js';
import { dealsKind, fxRatesKind, quotasKind, repsKind } from '../kinds.js';
import { spreadShare } from '../money.js';
import { compareText } from '../records.js';
import { activeReps, UNASSIGNED, wonByRep } from '../reps.js';
import { noData, quotient, ratio } from '../result.js';
import type { BreakdownEntry, KpiDefinition } from '../types.js';

/**
 * Quota attainment: Σ won sales in P of the reps with a quota for P ÷ Σ their quotas for P, a fraction
 * (1.1 is 110 %). A quota row covers the local days [periodStart, periodEnd) and P takes the share of its
 * amount for the days inside P (spec §6.16); a rep has a quota when one of its rows overlaps P. Won sales
 * are won deals with closedAt in [P.start, P.end). Quotas summing to 0 give null with `zero-denominator`;
 * needs `deals` and `quotas` (else `no-data`).
 * details: numerator, denominator, repsWithQuota (reps with a quota row overlapping P, a count),
 * repsReachingQuota (those whose attainment is at least 1, a count; a quota of 0 gives no attainment, so
 * such a rep never counts), repsAtQuota (repsReachingQuota ÷ repsWithQuota; null when no rep has a quota).
 * breakdown by repId: reps with a quota (value won ÷ quota), then reps active in P without one (null,
 * reason `no-quota`), and `unassigned` for won deals without a rep (null, reason `unassigned`); details:
 * won, quota. Summary: `actual` ÷ `quota`.
 * @example compute('quota-attainment', { deals, quotas }, { period: '2024-05' }).details.repsAtQuota // Decimal 0.5
 */
export const quotaAttainment: EngineKpiModule = {
  id: 'quota-attainment',
  unit: 'percent',
  polarity: 'higher-is-better',
  inputs: ['deals', 'quotas', 'reps', 'fxRates'],
  reads: [dealsKind, quotasKind, repsKind, fxRatesKind],
  compute(ctx, period, baseline) {
    if (!ctx.index.has('deals') || !ctx.index.has('quotas')) return noData();
    const quotas = new Map<string, Dec[]>();
    for (const q of ctx.index.kind(quotasKind).records) {
      if (q.end <= period.start || q.start >= period.end) continue;
      const list = quotas.get(q.repId) ?? [];
      list.push(spreadShare(ctx, q, period));
      quotas.set(q.repId, list);
    }
    const won = wonByRep(ctx, period);
    const withQuota = [...quotas.keys()].sort().map((rep) => ({
      rep,
      won: won.byRep.get(rep)?.sales ?? ZERO,
      quota: sum(quotas.get(rep)!),
    }));
    const core = quotient(sum(withQuota.map((r) => r.won)), sum(withQuota.map((r) => r.quota)));
    if (baseline) return core;
    const breakdown: BreakdownEntry[] = [];
    let atQuota = 0;
    for (const r of withQuota) {
      const value = ratio(r.won, r.quota);
      if (value !== null && value.gte(1)) atQuota++;
      breakdown.push({
        key: r.rep,
        value,
        ...(value === null ? { reason: 'zero-denominator' } : {}),
        details: { won: r.won, quota: r.quota },
      });
    }
    for (const rep of activeReps(ctx, period)) {
      if (quotas.has(rep)) continue;
      const w = won.byRep.get(rep)?.sales ?? ZERO;
      breakdown.push({ key: rep, value: null, reason: 'no-quota', details: { won: w, quota: ZERO } });
    }
    breakdown.sort((a, b) => compareText(a.key, b.key));
    if (won.unassigned.deals > 0) {
      breakdown.push({
        key: UNASSIGNED,
        value: null,
        reason: 'unassigned',
        details: { won: won.unassigned.sales, quota: ZERO },
      });
    }
    return {
      ...core,
      details: {
        ...core.details,
        repsWithQuota: new D(withQuota.length),
        repsReachingQuota: new D(atQuota),
        repsAtQuota: ratio(new D(atQuota), new D(withQuota.length)),
      },
      breakdown,
    };
  },
  summary: [{ inputs: ['actual', 'quota'], compute: ({ actual, quota }) => quotient(actual!, quota!) }],
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const quotaAttainmentInfo: KpiDefinition = {
  id: 'quota-attainment',
  names: { en: 'Quota attainment', 'zh-TW': '配額達成率' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: 'won sales of the reps with a quota ÷ the sum of their quotas for the period',
  inputs: ['deals', 'quotas', 'reps', 'fxRates'],
};
