import type { KpiDisplay } from '../base/kpi-display.js';

// What <kpi-card kpi="mrr"> loads to show this KPI: its computation and catalogue entry, and its words.
export { mrr as kpi, mrrInfo as info } from '../../engine/kpis/mrr.js';

export const display: KpiDisplay = {
  formula: { 'zh-TW': '期末 MRR：所有有效訂閱換算為每月金額的總和（付費客戶數 × ARPA）' },
  labels: {
    en: { start: 'MRR at the start', customers: 'Paying customers', arpa: 'ARPA' },
    'zh-TW': { start: '期初 MRR', customers: '付費客戶', arpa: 'ARPA' },
  },
};
