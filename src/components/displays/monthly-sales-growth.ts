import type { KpiDisplay } from '../base/kpi-display.js';
import { money, q } from './words.js';

// What <kpi-card kpi="monthly-sales-growth"> loads to show this KPI: its computation and catalogue entry, and its words.
export { monthlySalesGrowth as kpi, monthlySalesGrowthInfo as info } from '../../engine/kpis/monthly-sales-growth.js';

export const display: KpiDisplay = {
  details: q(money, money),
  formula: { 'zh-TW': '（本期成交銷售額 − 上期成交銷售額）÷ 上期成交銷售額' },
  labels: {
    en: { current: 'Won sales, this period', previous: 'Won sales, previous period', delta: 'Change' },
    'zh-TW': { current: '本期成交銷售額', previous: '上期成交銷售額', delta: '變化' },
  },
};
