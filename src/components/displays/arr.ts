import type { KpiDisplay } from '../base/kpi-display.js';

// What <kpi-card kpi="arr"> loads to show this KPI: its computation and catalogue entry, and its words.
export { arr as kpi, arrInfo as info } from '../../engine/kpis/arr.js';

export const display: KpiDisplay = {
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
