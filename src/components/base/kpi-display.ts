import type { KpiId } from '../../engine/types.js';
import type { Noun, NounKey } from '../controllers/translations.js';
import type { DetailSpec, QuotientSide } from './details.js';

/**
 * How one KPI reads on its card besides its catalogue entry: the formula in Traditional Chinese (English
 * comes from the engine's catalogue), what "not defined" means for it, and what its result details are
 * (units, the quotient's sides). One constant per KPI, like `engine/catalogue.ts`, so that a widget's
 * bundle carries only its own KPI's words; a widget names it in `static display`.
 */
export interface KpiDisplay {
  /** Formula in words, by translation ('zh-TW'); the catalogue's English formula otherwise. */
  formula?: Partial<Record<string, string>>;
  /** How "How is this calculated?" formats the result's details. */
  details?: DetailSpec;
  /**
   * Labels of the result's details, by translation ('en', 'zh-TW') and detail key. English needs a label
   * only where the key in words does not read well: `newCustomers` reads "New customers" by itself.
   */
  labels?: Partial<Record<string, Record<string, string>>>;
  /** Words of the counted things its card names (its quotient's sides), by noun and translation ('en', 'zh-TW'). */
  nouns?: Partial<Record<NounKey, Partial<Record<string, Noun>>>>;
  /**
   * Why the value (or a breakdown row) is null, in this KPI's own words, by reason and translation ('en',
   * 'zh-TW'): what was zero for `zero-denominator`, and the reasons only this KPI gives (`no-quota`).
   */
  reasons?: Record<string, Partial<Record<string, string>>>;
}

/** An English noun (the plural adds an s unless it is given) and its zh-TW word with its measure word. */
const noun = (one: string, zh: string, counter: string, other = `${one}s`): Partial<Record<string, Noun>> => ({
  en: { one, other },
  'zh-TW': { one: zh, other: zh, counter },
});
const newCustomers = noun('new customer', '新客戶', '位');
const leads = noun('lead', '線索', '筆');
const wonDeals = noun('won deal', '成交交易', '筆');
const closedDeals = noun('closed deal', '結案交易', '筆');
const reps = noun('rep', '業務代表', '位');
const customersAtStart = noun('customer at the start', '期初客戶', '位', 'customers at the start');
const needsGrossMargin = {
  en: 'Needs a gross margin: set gross-margin, e.g. 0.8',
  'zh-TW': '需要毛利率：請設定 gross-margin，例如 0.8',
};
const zeroChurn = {
  en: 'Not defined: no customers churned, so a lifetime has no end',
  'zh-TW': '無法計算：沒有客戶流失，客戶生命週期沒有終點',
};

const money: QuotientSide = { unit: 'money' };
const count = (noun: NounKey): QuotientSide => ({ unit: 'count', noun });
const q = (numerator: QuotientSide, denominator: QuotientSide): DetailSpec => ({
  quotient: { numerator, denominator },
});

export const cacDisplay: KpiDisplay = {
  nouns: { newCustomers },
  details: q(money, count('newCustomers')),
  formula: {
    'zh-TW':
      '支出 ÷ 新客戶數（本期首次付費的客戶）；成本基礎 marketing（預設：有管道的支出）或 fully-loaded（全部支出）',
  },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no new customers in this period',
      'zh-TW': '無法計算：本期沒有新客戶',
    },
  },
  labels: {
    'zh-TW': { spend: '支出', newCustomers: '新客戶' },
  },
};

export const cacByChannelDisplay: KpiDisplay = {
  nouns: { newCustomers },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no new customers in this period',
      'zh-TW': '無法計算：本期沒有新客戶',
    },
    unattributed: { en: 'Customers without a channel', 'zh-TW': '沒有管道的客戶' },
  },
  details: q(money, count('newCustomers')),
  formula: { 'zh-TW': '各管道：管道支出 ÷ 管道新客戶數；總值：整體行銷 CAC' },
  labels: {
    'zh-TW': { spend: '支出', newCustomers: '新客戶' },
  },
};

export const paidCacDisplay: KpiDisplay = {
  nouns: { newCustomers },
  details: q(money, count('newCustomers')),
  formula: { 'zh-TW': '有管道的付費支出 ÷ 有付費支出之管道的新客戶數' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no new customers from paid channels',
      'zh-TW': '無法計算：付費管道沒有新客戶',
    },
  },
  labels: {
    'zh-TW': { spend: '支出', newCustomers: '新客戶' },
  },
};

export const opportunitiesVsLeadsDisplay: KpiDisplay = {
  nouns: { opportunities: noun('opportunity', '銷售機會', '個', 'opportunities'), leads },
  details: q(count('opportunities'), count('leads')),
  formula: { 'zh-TW': '本期建立的銷售機會 ÷ 本期建立的不重複線索' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no leads in this period',
      'zh-TW': '無法計算：本期沒有線索',
    },
  },
  labels: {
    en: {
      opportunitiesValue: 'Value of opportunities',
      interestedValue: 'Open: interested',
      meetingsBookedValue: 'Open: meeting booked',
      closedWonValue: 'Won in the period',
      meetingsBooked: 'Of these, meetings booked',
      won: 'Of these, won',
      meetingsBookedRate: 'Opportunities that booked a meeting',
      wonRate: 'Meetings that were won',
    },
    'zh-TW': {
      leads: '線索',
      opportunities: '銷售機會',
      opportunitiesValue: '銷售機會金額',
      interestedValue: '開啟中：有興趣',
      meetingsBookedValue: '開啟中：已約會議',
      closedWonValue: '本期成交',
      meetingsBooked: '其中已約會議',
      won: '其中已成交',
      meetingsBookedRate: '已約會議的銷售機會比例',
      wonRate: '會議後成交的比例',
    },
  },
};

export const pipelineValueDisplay: KpiDisplay = {
  formula: { 'zh-TW': '期末仍開啟之交易金額總和（加權：× 成交機率）' },
  labels: {
    en: { weighted: 'Weighted by probability' },
    'zh-TW': { weighted: '依成交機率加權', deals: '交易' },
  },
};

export const monthlySalesGrowthDisplay: KpiDisplay = {
  details: q(money, money),
  formula: { 'zh-TW': '（本期成交銷售額 − 上期成交銷售額）÷ 上期成交銷售額' },
  labels: {
    en: { current: 'Won sales, this period', previous: 'Won sales, previous period', delta: 'Change' },
    'zh-TW': { current: '本期成交銷售額', previous: '上期成交銷售額', delta: '變化' },
  },
};

export const cltvDisplay: KpiDisplay = {
  reasons: { 'missing-gross-margin': needsGrossMargin, 'zero-churn': zeroChurn },
  formula: {
    'zh-TW':
      '毛利率 × 保留率 × 每位客戶平均收入（simple 方法）；churn：ARPA × 毛利率 ÷ 流失率；discounted：m·r ÷ (1 + d − r)',
  },
  labels: {
    en: { arpa: 'ARPA' },
    'zh-TW': { grossMargin: '毛利率', retentionRate: '保留率', arpa: 'ARPA', discountRate: '折現率' },
  },
};

export const salesCycleLengthDisplay: KpiDisplay = {
  nouns: { wonDeals, closedDeals },
  details: { ...q({ unit: 'days' }, count('wonDeals')), units: { median: 'days' } },
  formula: { 'zh-TW': '本期成交交易從建立到成交的平均日曆天數（cycleDeals 為 closed 時含失敗交易）' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no deals won in this period',
      'zh-TW': '無法計算：本期沒有成交的交易',
    },
  },
  labels: {
    'zh-TW': { median: '中位數', deals: '交易' },
  },
};

export const mrrDisplay: KpiDisplay = {
  formula: { 'zh-TW': '期末 MRR：所有有效訂閱換算為每月金額的總和（付費客戶數 × ARPA）' },
  labels: {
    en: { start: 'MRR at the start', customers: 'Paying customers', arpa: 'ARPA' },
    'zh-TW': { start: '期初 MRR', customers: '付費客戶', arpa: 'ARPA' },
  },
};

export const arrDisplay: KpiDisplay = {
  formula: { 'zh-TW': '期末 MRR × 12（摘要：年度訂閱收入 + 額外經常性收入 − 取消金額）' },
  labels: {
    en: { mrr: 'MRR', additionalRecurring: 'Additional recurring revenue' },
    'zh-TW': {
      mrr: 'MRR',
      annualSubscriptionRevenue: '年度訂閱收入',
      additionalRecurring: '額外經常性收入',
      cancellations: '取消金額',
    },
  },
};

export const mrrMovementsDisplay: KpiDisplay = {
  formula: { 'zh-TW': '淨新增 MRR = 新增 + 擴充 + 重新啟用 − 縮減 − 流失' },
  labels: {
    en: {
      start: 'MRR at the start',
      new: 'New MRR',
      expansion: 'Expansion MRR',
      reactivation: 'Reactivation MRR',
      contraction: 'Contraction MRR',
      churn: 'Churned MRR',
      end: 'MRR at the end',
    },
    'zh-TW': {
      start: '期初 MRR',
      new: '新增 MRR',
      expansion: '擴充 MRR',
      reactivation: '重新啟用 MRR',
      contraction: '縮減 MRR',
      churn: '流失 MRR',
      end: '期末 MRR',
    },
  },
};

export const arpaDisplay: KpiDisplay = {
  nouns: { customers: noun('paying customer', '付費客戶', '位') },
  details: q(money, count('customers')),
  formula: { 'zh-TW': '期末 MRR ÷ 期末付費客戶數' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no paying customers',
      'zh-TW': '無法計算：沒有付費客戶',
    },
  },
  labels: {
    en: { mrr: 'MRR', customers: 'Paying customers' },
    'zh-TW': { mrr: 'MRR', customers: '付費客戶' },
  },
};

export const salesPerRepDisplay: KpiDisplay = {
  nouns: { reps },
  details: q(money, count('reps')),
  formula: { 'zh-TW': '成交銷售額 ÷ 本期在職的業務代表數' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no active reps',
      'zh-TW': '無法計算：沒有在職的業務代表',
    },
  },
};

export const newLeadsDisplay: KpiDisplay = {
  formula: { 'zh-TW': '本期建立的不重複線索（依 id，再依小寫電子郵件合併），依管道分列' },
};

export const leadConversionRateDisplay: KpiDisplay = {
  nouns: { convertedLeads: noun('converted lead', '已轉換線索', '筆'), leads },
  details: q(count('convertedLeads'), count('leads')),
  formula: { 'zh-TW': '本期建立且已轉換的線索 ÷ 本期建立的線索' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no leads in this period',
      'zh-TW': '無法計算：本期沒有線索',
    },
  },
};

export const winRateDisplay: KpiDisplay = {
  nouns: { wonDeals, closedDeals },
  details: q(count('wonDeals'), count('closedDeals')),
  formula: { 'zh-TW': '成交 ÷（成交 + 失敗），以本期結案者計（加權：依金額）' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no deals closed in this period',
      'zh-TW': '無法計算：本期沒有結案的交易',
    },
  },
  labels: {
    'zh-TW': { won: '成交', lost: '失敗' },
  },
};

export const averageDealSizeDisplay: KpiDisplay = {
  nouns: { wonDeals },
  details: q(money, count('wonDeals')),
  formula: { 'zh-TW': '成交銷售額 ÷ 成交交易數' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no deals won in this period',
      'zh-TW': '無法計算：本期沒有成交的交易',
    },
  },
};

export const customerChurnRateDisplay: KpiDisplay = {
  nouns: { churnedCustomers: noun('churned customer', '流失客戶', '位'), customersAtStart },
  details: q(count('churnedCustomers'), count('customersAtStart')),
  formula: { 'zh-TW': '本期流失的客戶 ÷ 期初付費客戶' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no paying customers at the start',
      'zh-TW': '無法計算：期初沒有付費客戶',
    },
  },
  labels: {
    en: { churned: 'Churned customers', customersStart: 'Customers at the start' },
    'zh-TW': { churned: '流失客戶', customersStart: '期初客戶' },
  },
};

export const customerRetentionRateDisplay: KpiDisplay = {
  nouns: { retainedCustomers: noun('retained customer', '留存客戶', '位'), customersAtStart },
  details: q(count('retainedCustomers'), count('customersAtStart')),
  formula: { 'zh-TW': '（期末客戶 − 新客戶 − 重新啟用客戶）÷ 期初客戶' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no paying customers at the start',
      'zh-TW': '無法計算：期初沒有付費客戶',
    },
  },
  labels: {
    en: { customersStart: 'Customers at the start', customersEnd: 'Customers at the end' },
    'zh-TW': {
      customersStart: '期初客戶',
      customersEnd: '期末客戶',
      newCustomers: '新客戶',
      reactivatedCustomers: '重新啟用客戶',
    },
  },
};

export const netRevenueRetentionDisplay: KpiDisplay = {
  details: q(money, money),
  formula: { 'zh-TW': '（期初 MRR + 擴充 − 縮減 − 流失）÷ 期初 MRR' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no MRR at the start of the period',
      'zh-TW': '無法計算：期初沒有 MRR',
    },
  },
  labels: {
    en: { start: 'MRR at the start', expansion: 'Expansion MRR', contraction: 'Contraction MRR', churn: 'Churned MRR' },
    'zh-TW': { start: '期初 MRR', expansion: '擴充 MRR', contraction: '縮減 MRR', churn: '流失 MRR' },
  },
};

export const grossRevenueRetentionDisplay: KpiDisplay = {
  details: q(money, money),
  formula: { 'zh-TW': '（期初 MRR − 縮減 − 流失）÷ 期初 MRR' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no MRR at the start of the period',
      'zh-TW': '無法計算：期初沒有 MRR',
    },
  },
  labels: {
    en: { start: 'MRR at the start', contraction: 'Contraction MRR', churn: 'Churned MRR' },
    'zh-TW': { start: '期初 MRR', contraction: '縮減 MRR', churn: '流失 MRR' },
  },
};

export const quotaAttainmentDisplay: KpiDisplay = {
  nouns: { reps },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no quota in this period',
      'zh-TW': '無法計算：本期沒有配額',
    },
    'no-quota': { en: 'No quota in this period', 'zh-TW': '本期沒有配額' },
    unassigned: { en: 'No rep, so no quota', 'zh-TW': '沒有業務代表，因此沒有配額' },
  },
  details: { ...q(money, money), units: { won: 'money' } },
  formula: { 'zh-TW': '有配額之業務代表的成交總和 ÷ 其本期配額總和' },
  labels: {
    en: {
      repsAtQuota: 'Share of reps at quota',
      repsWithQuota: 'Reps with a quota',
      repsReachingQuota: 'Reps who reached quota',
    },
    'zh-TW': {
      repsAtQuota: '達成配額的業務代表比例',
      repsWithQuota: '有配額的業務代表人數',
      repsReachingQuota: '達成配額的業務代表人數',
      won: '成交',
      quota: '配額',
    },
  },
};

export const expansionRevenueDisplay: KpiDisplay = {
  formula: { 'zh-TW': '本期擴充 MRR（比率：÷ 期初 MRR）' },
  labels: {
    en: { start: 'MRR at the start', rate: 'Share of start MRR' },
    'zh-TW': { start: '期初 MRR', rate: '佔期初 MRR 比率' },
  },
};

export const salesRoiDisplay: KpiDisplay = {
  details: q(money, money),
  formula: { 'zh-TW': '（成交銷售額 − 支出）÷ 支出，含全部支出' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no spend in this period',
      'zh-TW': '無法計算：本期沒有支出',
    },
  },
  labels: {
    'zh-TW': { wonSales: '成交銷售額', spend: '支出' },
  },
};

export const pipelineVelocityDisplay: KpiDisplay = {
  details: q(money, { unit: 'days' }),
  formula: { 'zh-TW': '開啟中交易數 × 平均成交金額 × 成交率 ÷ 銷售週期天數' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no won deals or no cycle to measure',
      'zh-TW': '無法計算：沒有成交交易或無法衡量銷售週期',
    },
  },
  labels: {
    en: { salesCycleDays: 'Sales cycle' },
    'zh-TW': {
      openDeals: '開啟中的交易',
      averageDealSize: '平均成交金額',
      winRate: '成交率',
      salesCycleDays: '銷售週期',
    },
  },
};

export const quickRatioDisplay: KpiDisplay = {
  details: q(money, money),
  formula: { 'zh-TW': '（新增 + 擴充 + 重新啟用 MRR）÷（縮減 + 流失 MRR）' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no contraction or churn in this period',
      'zh-TW': '無法計算：本期沒有縮減或流失',
    },
  },
  labels: {
    en: {
      new: 'New MRR',
      expansion: 'Expansion MRR',
      reactivation: 'Reactivation MRR',
      contraction: 'Contraction MRR',
      churn: 'Churned MRR',
    },
    'zh-TW': {
      new: '新增 MRR',
      expansion: '擴充 MRR',
      reactivation: '重新啟用 MRR',
      contraction: '縮減 MRR',
      churn: '流失 MRR',
    },
  },
};

export const cacPaybackDisplay: KpiDisplay = {
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no new customers or no revenue per account',
      'zh-TW': '無法計算：沒有新客戶或沒有每位客戶收入',
    },
    'missing-gross-margin': needsGrossMargin,
  },
  details: q(money, money),
  formula: { 'zh-TW': 'CAC ÷（ARPA × 毛利率）' },
  labels: {
    en: { cac: 'CAC', arpa: 'ARPA' },
    'zh-TW': { cac: 'CAC', arpa: 'ARPA', grossMargin: '毛利率' },
  },
};

export const ltvToCacDisplay: KpiDisplay = {
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no CAC or no churn to measure a lifetime',
      'zh-TW': '無法計算：沒有 CAC 或沒有流失可衡量生命週期',
    },
    'missing-gross-margin': needsGrossMargin,
    'zero-churn': zeroChurn,
  },
  details: q(money, money),
  formula: { 'zh-TW': 'CLTV（流失法）÷ CAC' },
  labels: {
    en: { cltv: 'CLTV', cac: 'CAC', arpa: 'ARPA' },
    'zh-TW': { cltv: 'CLTV', cac: 'CAC', grossMargin: '毛利率', retentionRate: '保留率', arpa: 'ARPA' },
  },
};

/** Every KPI's display, for `<kpi-card>`, which shows any KPI. */
export const kpiDisplays: Record<KpiId, KpiDisplay> = {
  cac: cacDisplay,
  'cac-by-channel': cacByChannelDisplay,
  'paid-cac': paidCacDisplay,
  'opportunities-vs-leads': opportunitiesVsLeadsDisplay,
  'pipeline-value': pipelineValueDisplay,
  'monthly-sales-growth': monthlySalesGrowthDisplay,
  cltv: cltvDisplay,
  'sales-cycle-length': salesCycleLengthDisplay,
  mrr: mrrDisplay,
  arr: arrDisplay,
  'mrr-movements': mrrMovementsDisplay,
  arpa: arpaDisplay,
  'sales-per-rep': salesPerRepDisplay,
  'new-leads': newLeadsDisplay,
  'lead-conversion-rate': leadConversionRateDisplay,
  'win-rate': winRateDisplay,
  'average-deal-size': averageDealSizeDisplay,
  'customer-churn-rate': customerChurnRateDisplay,
  'customer-retention-rate': customerRetentionRateDisplay,
  'net-revenue-retention': netRevenueRetentionDisplay,
  'gross-revenue-retention': grossRevenueRetentionDisplay,
  'quota-attainment': quotaAttainmentDisplay,
  'expansion-revenue': expansionRevenueDisplay,
  'sales-roi': salesRoiDisplay,
  'pipeline-velocity': pipelineVelocityDisplay,
  'quick-ratio': quickRatioDisplay,
  'cac-payback': cacPaybackDisplay,
  'ltv-to-cac': ltvToCacDisplay,
};
