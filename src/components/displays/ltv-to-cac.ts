import type { KpiDisplay } from '../base/kpi-display.js';
import { money, needsGrossMargin, q, zeroChurn } from './words.js';

// What <kpi-card kpi="ltv-to-cac"> loads to show this KPI: its computation and catalogue entry, and its words.
export { ltvToCac as kpi, ltvToCacInfo as info } from '../../engine/kpis/ltv-to-cac.js';

export const display: KpiDisplay = {
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
