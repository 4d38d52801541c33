import type { EngineKpiModule } from '../context.js';
import { cacOf, channelResult, channelSummary, newCustomersIn, orderChannels, spendIn } from '../acquisition.js';
import { D, ZERO } from '../decimal.js';
import { customersKind, fxRatesKind, spendKind } from '../kinds.js';
import { noData, quotient } from '../result.js';
import type { KpiDefinition } from '../types.js';

/**
 * CAC by channel: per acquisition channel, the channel's spend in P ÷ its new customers in P
 * (firstPaidAt in P, start inclusive, end exclusive). A channel with customers and no spend is 0 (a free
 * channel); a channel with spend and no customers is null `zero-denominator`; customers without a channel
 * are keyed `unattributed`, value null reason `unattributed` (spec §6.14). The breakdown lists every
 * channel with a spend row that has a day in P or a new customer in P, by key in code-unit order with
 * `unattributed` last; entries carry details spend, newCustomers. value = blended marketing CAC: spend
 * of every row with a channel ÷ all new customers, unattributed included; null `zero-denominator` when
 * there are none. Overhead rows (no channel) are left out. Currency, lower is better.
 * Summary: `{ spend, newCustomers }` gives the blended value.
 * @example compute('cac-by-channel', data, { period: '2024-05' }).breakdown // [{ key: 'ads', value: 1000, ... }, { key: 'seo', value: 0, ... }]
 */
export const cacByChannel: EngineKpiModule = {
  id: 'cac-by-channel',
  unit: 'currency',
  polarity: 'lower-is-better',
  inputs: ['spend', 'customers', 'fxRates'],
  reads: [spendKind, customersKind, fxRatesKind],
  compute(ctx, period, baseline) {
    if (!ctx.index.has('spend') || !ctx.index.has('customers')) return noData();
    const spend = spendIn(ctx, period);
    const customers = newCustomersIn(ctx, period);
    const total = new D(customers.total);
    if (baseline) return quotient(spend.marketing, total);
    const keys = [...new Set([...spend.byChannel.keys(), ...customers.byChannel.keys()])].sort(orderChannels);
    return channelResult(
      keys.map((key) => ({
        key,
        spend: spend.byChannel.get(key) ?? ZERO,
        newCustomers: new D(customers.byChannel.get(key) ?? 0),
      })),
      spend.marketing,
      total,
    );
  },
  summary: [
    { inputs: ['channels'], text: ['channels'], compute: (_, { channels }) => channelSummary(channels) },
    {
      inputs: ['spend', 'newCustomers'],
      compute: ({ spend, newCustomers }) => cacOf(spend!, newCustomers!),
    },
  ],
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const cacByChannelInfo: KpiDefinition = {
  id: 'cac-by-channel',
  names: { en: 'CAC by channel', 'zh-TW': '各管道客戶獲取成本' },
  unit: 'currency',
  polarity: 'lower-is-better',
  formula: "per channel: the channel's spend ÷ its new customers; overall: marketing spend ÷ all new customers",
  inputs: ['spend', 'customers', 'fxRates'],
};
