import type { KpiDisplay } from '../base/kpi-display.js';
import { count, customersAtStart, noPayingCustomersAtStart, noun, q } from './words.js';

// What <kpi-card kpi="customer-churn-rate"> loads to show this KPI: its computation and catalogue entry, and its words.
export { customerChurnRate as kpi, customerChurnRateInfo as info } from '../../engine/kpis/customer-churn-rate.js';

export const display: KpiDisplay = {
  nouns: { churnedCustomers: noun('churned customer', '流失客戶', '位'), customersAtStart },
  details: q(count('churnedCustomers'), count('customersAtStart')),
  formula: { 'zh-TW': '本期流失的客戶 ÷ 期初付費客戶' },
  reasons: {
    'zero-denominator': noPayingCustomersAtStart,
  },
  labels: {
    en: { churned: 'Churned customers', customersStart: 'Customers at the start' },
    'zh-TW': { churned: '流失客戶', customersStart: '期初客戶' },
  },
};
