/** Registers `<kpi-opportunities-vs-leads>`. The only module of the widget with a side effect. */
import { KpiOpportunitiesVsLeads } from './opportunities-vs-leads.js';

KpiOpportunitiesVsLeads.define('kpi-opportunities-vs-leads');

export { KpiOpportunitiesVsLeads };
