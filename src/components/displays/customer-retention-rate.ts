import type { KpiDisplay } from '../base/kpi-display.js';
import { count, customersAtStart, noPayingCustomersAtStart, noun, q } from './words.js';

// What <kpi-card kpi="customer-retention-rate"> loads to show this KPI: its computation and catalogue entry, and its words.
export {
  customerRetentionRate as kpi,
  customerRetentionRateInfo as info,
} from '../../engine/kpis/customer-retention-rate.js';

export const display: KpiDisplay = {
  nouns: { retainedCustomers: noun('retained customer', '留存客戶', '位'), customersAtStart },
  details: q(count('retainedCustomers'), count('customersAtStart')),
  formula: { 'zh-TW': '（期末客戶 − 新客戶 − 重新啟用客戶）÷ 期初客戶' },
  reasons: {
    'zero-denominator': noPayingCustomersAtStart,
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
