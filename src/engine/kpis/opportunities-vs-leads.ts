import type { EngineKpiModule } from '../context.js';
import { D } from '../decimal.js';
import { dealsKind, fxRatesKind, leadsKind } from '../kinds.js';
import { distinctLeads } from '../leads.js';
import { localDate, toReporting } from '../money.js';
import { noData, quotient, ratio } from '../result.js';
import { openAmount, openDeals, sumAmounts, wonSales } from '../sales.js';
import { recordsIn } from '../select.js';
import type { KpiDefinition } from '../types.js';

/** Stages an opportunity reaches only once a meeting is booked (the Deal stage order of spec §3). */
const MEETING_OR_LATER: ReadonlySet<string> = new Set(['meeting-booked', 'proposal', 'won']);

/**
 * Sales opportunities vs leads: opportunities created in P ÷ distinct leads created in P, a fraction that
 * may exceed 1 (1.5 is 150 %). Opportunities are deals created in P whose stage is not `lead` (spec §6.5);
 * leads are merged by id or email (§6.3). Both by createdAt in [P.start, P.end). No lead in P gives null
 * with `zero-denominator`; needs both `leads` and `deals` (else `no-data`).
 * details: leads, opportunities, opportunitiesValue (Σ amount of those opportunities, converted on their
 * createdAt), interestedValue and meetingsBookedValue (Σ amount of deals open at P.end in stage `interested`
 * / `meeting-booked`, converted on P's last day), closedWonValue (won sales in P), numerator, denominator.
 * The funnel of the opportunities created in P, by the stage each carries now (not the stage it had at
 * P.end): meetingsBooked (at `meeting-booked`, `proposal` or `won`: it got as far as a booked meeting),
 * won (at `won`, whenever it closed), meetingsBookedRate = meetingsBooked ÷ opportunities and wonRate =
 * won ÷ meetingsBooked (fractions; null when the denominator is 0). One cohort, so each step is a subset
 * of the one before and both rates lie in [0, 1]. Summary: `opportunities` ÷ `leads` (details: leads,
 * opportunities, numerator, denominator).
 * @example compute('opportunities-vs-leads', { leads, deals }, { period: '2024-05' }).value // Decimal 0.4
 */
export const opportunitiesVsLeads: EngineKpiModule = {
  id: 'opportunities-vs-leads',
  unit: 'percent',
  polarity: 'higher-is-better',
  inputs: ['leads', 'deals', 'fxRates'],
  reads: [leadsKind, dealsKind, fxRatesKind],
  compute(ctx, period, baseline) {
    if (!ctx.index.has('leads') || !ctx.index.has('deals')) return noData();
    const opportunities = recordsIn(ctx, dealsKind, 'createdAt', period).filter((d) => d.stage !== 'lead');
    const leads = new D(distinctLeads(ctx, period).length);
    const count = new D(opportunities.length);
    if (baseline) return quotient(count, leads);
    const meetingsBooked = new D(opportunities.filter((d) => MEETING_OR_LATER.has(d.stage)).length);
    const won = new D(opportunities.filter((d) => d.stage === 'won').length);
    const open = openDeals(ctx, period);
    const openValue = (stage: string) =>
      sumAmounts(
        ctx,
        open.filter((d) => d.stage === stage),
        (d) => openAmount(ctx, d, period),
      );
    return quotient(count, leads, {
      leads,
      opportunities: count,
      meetingsBooked,
      won,
      meetingsBookedRate: ratio(meetingsBooked, count),
      wonRate: ratio(won, meetingsBooked),
      opportunitiesValue: sumAmounts(ctx, opportunities, (d) =>
        toReporting(ctx, d.amount, d.currency, () => localDate(ctx, d.createdAt)),
      ),
      interestedValue: openValue('interested'),
      meetingsBookedValue: openValue('meeting-booked'),
      closedWonValue: wonSales(ctx, period),
    });
  },
  summary: [
    {
      inputs: ['opportunities', 'leads'],
      compute: ({ opportunities, leads }) =>
        quotient(opportunities!, leads!, { leads: leads!, opportunities: opportunities! }),
    },
  ],
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const opportunitiesVsLeadsInfo: KpiDefinition = {
  id: 'opportunities-vs-leads',
  names: { en: 'Sales opportunities vs leads', 'zh-TW': '銷售機會與銷售線索' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: 'opportunities created in the period ÷ distinct leads created in the period',
  inputs: ['leads', 'deals', 'fxRates'],
};
