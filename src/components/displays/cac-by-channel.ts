import type { KpiDisplay } from '../base/kpi-display.js';
import { count, money, newCustomers, noNewCustomers, q } from './words.js';

// What <kpi-card kpi="cac-by-channel"> loads to show this KPI: its computation and catalogue entry, and its words.
export { cacByChannel as kpi, cacByChannelInfo as info } from '../../engine/kpis/cac-by-channel.js';

export const display: KpiDisplay = {
  nouns: { newCustomers },
  reasons: {
    'zero-denominator': noNewCustomers,
    unattributed: { en: 'Customers without a channel', 'zh-TW': '沒有管道的客戶' },
  },
  details: q(money, count('newCustomers')),
  formula: { 'zh-TW': '各管道：管道支出 ÷ 管道新客戶數；總值：整體行銷 CAC' },
  labels: {
    'zh-TW': { spend: '支出', newCustomers: '新客戶' },
  },
};
