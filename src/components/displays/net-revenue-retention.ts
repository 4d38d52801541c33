import type { KpiDisplay } from '../base/kpi-display.js';
import { money, noMrrAtStart, q } from './words.js';

// What <kpi-card kpi="net-revenue-retention"> loads to show this KPI: its computation and catalogue entry, and its words.
export {
  netRevenueRetention as kpi,
  netRevenueRetentionInfo as info,
} from '../../engine/kpis/net-revenue-retention.js';

export const display: KpiDisplay = {
  details: q(money, money),
  formula: { 'zh-TW': '（期初 MRR + 擴充 − 縮減 − 流失）÷ 期初 MRR' },
  reasons: {
    'zero-denominator': noMrrAtStart,
  },
  labels: {
    en: { start: 'MRR at the start', expansion: 'Expansion MRR', contraction: 'Contraction MRR', churn: 'Churned MRR' },
    'zh-TW': { start: '期初 MRR', expansion: '擴充 MRR', contraction: '縮減 MRR', churn: '流失 MRR' },
  },
};
