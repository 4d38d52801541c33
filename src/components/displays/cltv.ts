import type { KpiDisplay } from '../base/kpi-display.js';
import { needsGrossMargin, zeroChurn } from './words.js';

// What <kpi-card kpi="cltv"> loads to show this KPI: its computation and catalogue entry, and its words.
export { cltv as kpi, cltvInfo as info } from '../../engine/kpis/cltv.js';

export const display: KpiDisplay = {
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
