import type { EngineKpiModule } from '../context.js';
import { D } from '../decimal.js';
import { leadsKind } from '../kinds.js';
import { distinctLeads } from '../leads.js';
import { orderChannels } from '../records.js';
import { noData } from '../result.js';
import type { KpiDefinition } from '../types.js';

/**
 * New leads in pipeline: the number of distinct leads created in P (createdAt in [P.start, P.end) by local
 * date; a lead created on P.end belongs to the next period). Rows are merged transitively by id or by trimmed
 * lower-cased email (spec §6.3). A count, so never null while leads are present: none in P gives 0.
 * breakdown: per channel of the merged lead (its earliest row with a channel), `unattributed` when none,
 * sorted by channel with `unattributed` last. Summary: a given `count`.
 * @example compute('new-leads', { leads }, { period: '2024-05' }).breakdown // [{ key: 'seo', value: 2 }, ...]
 */
export const newLeads: EngineKpiModule = {
  id: 'new-leads',
  unit: 'count',
  polarity: 'higher-is-better',
  inputs: ['leads'],
  reads: [leadsKind],
  compute(ctx, period, baseline) {
    if (!ctx.index.has('leads')) return noData();
    const leads = distinctLeads(ctx, period);
    const value = new D(leads.length);
    if (baseline) return { value };
    const byChannel = new Map<string, number>();
    for (const lead of leads) byChannel.set(lead.channel, (byChannel.get(lead.channel) ?? 0) + 1);
    const keys = [...byChannel.keys()].sort(orderChannels);
    return { value, breakdown: keys.map((key) => ({ key, value: new D(byChannel.get(key)!) })) };
  },
  summary: [{ inputs: ['count'], compute: ({ count }) => ({ value: count! }) }],
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const newLeadsInfo: KpiDefinition = {
  id: 'new-leads',
  names: { en: 'New leads in pipeline', 'zh-TW': '管道中的新線索' },
  unit: 'count',
  polarity: 'higher-is-better',
  formula: 'distinct leads created in the period (the same email counts once), by channel',
  inputs: ['leads'],
};
