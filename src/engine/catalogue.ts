/**
 * KPI metadata for people: names in English and Traditional Chinese and the formula in words. It lives
 * apart from the compute modules so that a widget bundle carries only the names it shows.
 */
import type { KpiDefinition } from './types.js';

export const mrrInfo: KpiDefinition = {
  id: 'mrr',
  names: { en: 'Monthly recurring revenue', 'zh-TW': '每月經常性收入' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula:
    'paying customers × average revenue per account: every active subscription at the end of the period, as a monthly amount',
  inputs: ['subscriptions', 'fxRates'],
};

export const arrInfo: KpiDefinition = {
  id: 'arr',
  names: { en: 'Annual recurring revenue', 'zh-TW': '年度經常性收入' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula:
    'MRR at the end of the period × 12 (from totals: annual subscription revenue + additional recurring revenue − cancellations)',
  inputs: ['subscriptions', 'fxRates'],
};

export const mrrMovementsInfo: KpiDefinition = {
  id: 'mrr-movements',
  names: { en: 'MRR movements', 'zh-TW': 'MRR 變動' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'net new MRR = new + expansion + reactivation − contraction − churn',
  inputs: ['subscriptions', 'fxRates'],
};

export const cacInfo: KpiDefinition = {
  id: 'cac',
  names: { en: 'Customer acquisition cost', 'zh-TW': '客戶獲取成本' },
  unit: 'currency',
  polarity: 'lower-is-better',
  formula:
    'marketing spend ÷ new customers (customers whose first payment falls in the period); fully loaded: all spend, overhead included',
  inputs: ['spend', 'customers', 'fxRates'],
};

export const cacByChannelInfo: KpiDefinition = {
  id: 'cac-by-channel',
  names: { en: 'CAC by channel', 'zh-TW': '各管道客戶獲取成本' },
  unit: 'currency',
  polarity: 'lower-is-better',
  formula: "per channel: the channel's spend ÷ its new customers; overall: marketing spend ÷ all new customers",
  inputs: ['spend', 'customers', 'fxRates'],
};

export const paidCacInfo: KpiDefinition = {
  id: 'paid-cac',
  names: { en: 'Paid CAC', 'zh-TW': '付費管道獲客成本' },
  unit: 'currency',
  polarity: 'lower-is-better',
  formula: 'paid channel spend ÷ new customers of the channels with paid spend',
  inputs: ['spend', 'customers', 'fxRates'],
};

export const opportunitiesVsLeadsInfo: KpiDefinition = {
  id: 'opportunities-vs-leads',
  names: { en: 'Sales opportunities vs leads', 'zh-TW': '銷售機會與銷售線索' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: 'opportunities created in the period ÷ distinct leads created in the period',
  inputs: ['leads', 'deals', 'fxRates'],
};

export const pipelineValueInfo: KpiDefinition = {
  id: 'pipeline-value',
  names: { en: 'Pipeline value', 'zh-TW': '銷售管道價值' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'total amount of the deals open at the end of the period (weighted: each × its probability)',
  inputs: ['deals', 'fxRates'],
};

export const monthlySalesGrowthInfo: KpiDefinition = {
  id: 'monthly-sales-growth',
  names: { en: 'Monthly sales growth', 'zh-TW': '每月銷售成長' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: '(won sales this period − won sales previous period) ÷ won sales previous period',
  inputs: ['deals', 'fxRates'],
};

export const cltvInfo: KpiDefinition = {
  id: 'cltv',
  names: { en: 'Customer lifetime value', 'zh-TW': '客戶終身價值' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula:
    'gross margin × retention rate × average revenue per customer; churn method: ARPA × margin ÷ churn rate; discounted: m·r ÷ (1 + d − r)',
  inputs: ['subscriptions', 'fxRates'],
};

export const salesCycleLengthInfo: KpiDefinition = {
  id: 'sales-cycle-length',
  names: { en: 'Sales cycle length', 'zh-TW': '銷售週期長度' },
  unit: 'days',
  polarity: 'lower-is-better',
  formula: 'average calendar days from creation to close of the deals won in the period (or of all deals closed)',
  inputs: ['deals', 'reps'],
};

export const arpaInfo: KpiDefinition = {
  id: 'arpa',
  names: { en: 'Average revenue per account', 'zh-TW': '每位客戶平均收入' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'end MRR ÷ paying customers at the end of the period',
  inputs: ['subscriptions', 'fxRates'],
};

export const salesPerRepInfo: KpiDefinition = {
  id: 'sales-per-rep',
  names: { en: 'Sales per rep', 'zh-TW': '每個代表的銷售額' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'won sales ÷ reps active in the period',
  inputs: ['deals', 'reps', 'fxRates'],
};

export const newLeadsInfo: KpiDefinition = {
  id: 'new-leads',
  names: { en: 'New leads in pipeline', 'zh-TW': '管道中的新線索' },
  unit: 'count',
  polarity: 'higher-is-better',
  formula: 'distinct leads created in the period (the same email counts once), by channel',
  inputs: ['leads'],
};

export const leadConversionRateInfo: KpiDefinition = {
  id: 'lead-conversion-rate',
  names: { en: 'Lead conversion rate', 'zh-TW': '線索轉換率' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: 'leads created in the period that converted ÷ leads created in the period',
  inputs: ['leads', 'deals'],
};

export const winRateInfo: KpiDefinition = {
  id: 'win-rate',
  names: { en: 'Win rate', 'zh-TW': '成交率' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: 'deals won ÷ deals won or lost in the period (weighted: by amount)',
  inputs: ['deals', 'reps', 'fxRates'],
};

export const averageDealSizeInfo: KpiDefinition = {
  id: 'average-deal-size',
  names: { en: 'Average deal size', 'zh-TW': '平均成交金額' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'won sales ÷ won deals',
  inputs: ['deals', 'fxRates'],
};

export const customerChurnRateInfo: KpiDefinition = {
  id: 'customer-churn-rate',
  names: { en: 'Customer churn rate', 'zh-TW': '客戶流失率' },
  unit: 'percent',
  polarity: 'lower-is-better',
  formula: 'customers churned in the period ÷ paying customers at the start',
  inputs: ['subscriptions', 'fxRates'],
};

export const customerRetentionRateInfo: KpiDefinition = {
  id: 'customer-retention-rate',
  names: { en: 'Customer retention rate', 'zh-TW': '客戶保留率' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: '(customers at end − new − reactivated) ÷ customers at start',
  inputs: ['subscriptions', 'fxRates'],
};

export const netRevenueRetentionInfo: KpiDefinition = {
  id: 'net-revenue-retention',
  names: { en: 'Net revenue retention', 'zh-TW': '淨收入留存率' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: '(start MRR + expansion − contraction − churn) ÷ start MRR',
  inputs: ['subscriptions', 'fxRates'],
};

export const grossRevenueRetentionInfo: KpiDefinition = {
  id: 'gross-revenue-retention',
  names: { en: 'Gross revenue retention', 'zh-TW': '總收入留存率' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: '(start MRR − contraction − churn) ÷ start MRR',
  inputs: ['subscriptions', 'fxRates'],
};

export const quotaAttainmentInfo: KpiDefinition = {
  id: 'quota-attainment',
  names: { en: 'Quota attainment', 'zh-TW': '配額達成率' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: 'won sales of the reps with a quota ÷ the sum of their quotas for the period',
  inputs: ['deals', 'quotas', 'reps', 'fxRates'],
};

export const expansionRevenueInfo: KpiDefinition = {
  id: 'expansion-revenue',
  names: { en: 'Upsell and cross-sell revenue', 'zh-TW': '追加銷售與交叉銷售營收' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'MRR added by existing customers in the period (rate: ÷ MRR at its start)',
  inputs: ['subscriptions', 'fxRates'],
};

export const salesRoiInfo: KpiDefinition = {
  id: 'sales-roi',
  names: { en: 'Sales ROI', 'zh-TW': '銷售投資報酬率' },
  unit: 'percent',
  polarity: 'higher-is-better',
  formula: '(won sales − all spend) ÷ all spend',
  inputs: ['deals', 'spend', 'fxRates'],
};

export const pipelineVelocityInfo: KpiDefinition = {
  id: 'pipeline-velocity',
  names: { en: 'Pipeline velocity', 'zh-TW': '銷售管道速度' },
  unit: 'currency-per-day',
  polarity: 'higher-is-better',
  formula: 'open deals × average deal size × win rate ÷ sales cycle days',
  inputs: ['deals', 'fxRates'],
};

export const quickRatioInfo: KpiDefinition = {
  id: 'quick-ratio',
  names: { en: 'SaaS quick ratio', 'zh-TW': '快速比率' },
  unit: 'ratio',
  polarity: 'higher-is-better',
  formula: '(new + expansion + reactivation MRR) ÷ (contraction + churn MRR)',
  inputs: ['subscriptions', 'fxRates'],
};

export const cacPaybackInfo: KpiDefinition = {
  id: 'cac-payback',
  names: { en: 'CAC payback', 'zh-TW': 'CAC 回收期' },
  unit: 'months',
  polarity: 'lower-is-better',
  formula: 'CAC ÷ (ARPA × gross margin)',
  inputs: ['spend', 'customers', 'subscriptions', 'fxRates'],
};

export const ltvToCacInfo: KpiDefinition = {
  id: 'ltv-to-cac',
  names: { en: 'LTV to CAC', 'zh-TW': 'LTV 與 CAC 比' },
  unit: 'ratio',
  polarity: 'higher-is-better',
  formula: 'CLTV (churn method) ÷ CAC',
  inputs: ['spend', 'customers', 'subscriptions', 'fxRates'],
};

/** Every KPI of the catalogue, in the contract's order (spec §5). */
export const catalogue: readonly KpiDefinition[] = [
  cacInfo,
  cacByChannelInfo,
  paidCacInfo,
  opportunitiesVsLeadsInfo,
  pipelineValueInfo,
  monthlySalesGrowthInfo,
  cltvInfo,
  salesCycleLengthInfo,
  mrrInfo,
  arrInfo,
  mrrMovementsInfo,
  arpaInfo,
  salesPerRepInfo,
  newLeadsInfo,
  leadConversionRateInfo,
  winRateInfo,
  averageDealSizeInfo,
  customerChurnRateInfo,
  customerRetentionRateInfo,
  netRevenueRetentionInfo,
  grossRevenueRetentionInfo,
  quotaAttainmentInfo,
  expansionRevenueInfo,
  salesRoiInfo,
  pipelineVelocityInfo,
  quickRatioInfo,
  cacPaybackInfo,
  ltvToCacInfo,
];
