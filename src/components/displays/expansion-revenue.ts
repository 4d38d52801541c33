import type { KpiDisplay } from '../base/kpi-display.js';

// What <kpi-card kpi="expansion-revenue"> loads to show this KPI: its computation and catalogue entry, and its words.
export { expansionRevenue as kpi, expansionRevenueInfo as info } from '../../engine/kpis/expansion-revenue.js';

export const display: KpiDisplay = {
  formula: { 'zh-TW': '本期擴充 MRR（比率：÷ 期初 MRR）' },
  labels: {
    en: { start: 'MRR at the start', rate: 'Share of start MRR' },
    'zh-TW': { start: '期初 MRR', rate: '佔期初 MRR 比率' },
  },
};
