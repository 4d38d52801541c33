import type { KpiDisplay } from '../base/kpi-display.js';
import { count, leads, noLeads, noun, q } from './words.js';

// What <kpi-card kpi="opportunities-vs-leads"> loads to show this KPI: its computation and catalogue entry, and its words.
export {
  opportunitiesVsLeads as kpi,
  opportunitiesVsLeadsInfo as info,
} from '../../engine/kpis/opportunities-vs-leads.js';

export const display: KpiDisplay = {
  nouns: { opportunities: noun('opportunity', '銷售機會', '個', 'opportunities'), leads },
  details: q(count('opportunities'), count('leads')),
  formula: { 'zh-TW': '本期建立的銷售機會 ÷ 本期建立的不重複線索' },
  reasons: {
    'zero-denominator': noLeads,
  },
  labels: {
    en: {
      opportunitiesValue: 'Value of opportunities',
      interestedValue: 'Open: interested',
      meetingsBookedValue: 'Open: meeting booked',
      closedWonValue: 'Won in the period',
      meetingsBooked: 'Of these, meetings booked',
      won: 'Of these, won',
      meetingsBookedRate: 'Opportunities that booked a meeting',
      wonRate: 'Meetings that were won',
    },
    'zh-TW': {
      leads: '線索',
      opportunities: '銷售機會',
      opportunitiesValue: '銷售機會金額',
      interestedValue: '開啟中：有興趣',
      meetingsBookedValue: '開啟中：已約會議',
      closedWonValue: '本期成交',
      meetingsBooked: '其中已約會議',
      won: '其中已成交',
      meetingsBookedRate: '已約會議的銷售機會比例',
      wonRate: '會議後成交的比例',
    },
  },
};
