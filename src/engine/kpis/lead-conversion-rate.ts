import type { EngineKpiModule } from '../context.js';
import { D } from '../decimal.js';
import { dealsKind, leadsKind } from '../kinds.js';
import { converted, distinctLeads } from '../leads.js';
import { noData, quotient } from '../result.js';
import type { KpiDefinition } from '../types.js';

/**
 * Lead conversion rate: distinct leads created in P that converted ÷ distinct leads created in P, a
 * fraction (0.25 is 25 %). Leads are merged as in `new-leads` (spec §6.3); a merged lead converted when any
 * of its rows has `convertedAt`, is pointed to by a won deal (`Deal.leadId`) or points to one
 * (`Lead.dealId`), whatever the deal's close date (§6.4). createdAt in [P.start, P.end). No lead in P gives
 * null with `zero-denominator`. details: numerator (converted), denominator (leads).
 * Summary: `converted` ÷ `leads`.
 * @example compute('lead-conversion-rate', { leads, deals }, { period: '2024-05' }).value // Decimal 0.25
 */
export const leadConversionRate: EngineKpiModule = {
  id: 'lead-conversion-rate',
  unit: 'percent',
  polarity: 'higher-is-better',
  inputs: ['leads', 'deals'],
  reads: [leadsKind, dealsKind],
  compute(ctx, period) {
    if (!ctx.index.has('leads')) return noData();
    const leads = distinctLeads(ctx, period);
    const won = leads.filter((lead) => converted(ctx, lead)).length;
    return quotient(new D(won), new D(leads.length));
  },
  summary: [{ inputs: ['converted', 'leads'], compute: ({ converted, leads }) => quotient(converted!, leads!) }],
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const leadConversionRateInfo: KpiDefinition = {
  id: 'lead-conversion-rate',
  names: { en: 'Lead conversion rate', 'zh-TW': '線索轉換率' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: 'leads created in the period that converted ÷ leads created in the period',
  inputs: ['leads', 'deals'],
};
