import type { KpiModule } from '../../engine/context.js';
import type { KpiDefinition, KpiId } from '../../engine/types.js';
import type { KpiDisplay } from '../base/kpi-display.js';

/** What `<kpi-card>` needs of one KPI: its compute module, its catalogue entry and its card words. */
export interface LoadedKpi {
  kpi: KpiModule;
  info: KpiDefinition;
  display?: KpiDisplay;
}

/**
 * One loader per catalogue KPI, each a separate dynamic import of the KPI's display module (its
 * computation, catalogue entry and card words): a bundler splits each into its own chunk with the
 * engine code only it uses, so a page loads the code and words of the KPIs its cards show and no other.
 */
export const kpiLoaders: Record<KpiId, () => Promise<LoadedKpi>> = {
  arpa: () => import('../displays/arpa.js'),
  arr: () => import('../displays/arr.js'),
  'average-deal-size': () => import('../displays/average-deal-size.js'),
  cac: () => import('../displays/cac.js'),
  'cac-by-channel': () => import('../displays/cac-by-channel.js'),
  'cac-payback': () => import('../displays/cac-payback.js'),
  cltv: () => import('../displays/cltv.js'),
  'customer-churn-rate': () => import('../displays/customer-churn-rate.js'),
  'customer-retention-rate': () => import('../displays/customer-retention-rate.js'),
  'expansion-revenue': () => import('../displays/expansion-revenue.js'),
  'gross-revenue-retention': () => import('../displays/gross-revenue-retention.js'),
  'lead-conversion-rate': () => import('../displays/lead-conversion-rate.js'),
  'ltv-to-cac': () => import('../displays/ltv-to-cac.js'),
  'monthly-sales-growth': () => import('../displays/monthly-sales-growth.js'),
  mrr: () => import('../displays/mrr.js'),
  'mrr-movements': () => import('../displays/mrr-movements.js'),
  'net-revenue-retention': () => import('../displays/net-revenue-retention.js'),
  'new-leads': () => import('../displays/new-leads.js'),
  'opportunities-vs-leads': () => import('../displays/opportunities-vs-leads.js'),
  'paid-cac': () => import('../displays/paid-cac.js'),
  'pipeline-value': () => import('../displays/pipeline-value.js'),
  'pipeline-velocity': () => import('../displays/pipeline-velocity.js'),
  'quick-ratio': () => import('../displays/quick-ratio.js'),
  'quota-attainment': () => import('../displays/quota-attainment.js'),
  'sales-cycle-length': () => import('../displays/sales-cycle-length.js'),
  'sales-per-rep': () => import('../displays/sales-per-rep.js'),
  'sales-roi': () => import('../displays/sales-roi.js'),
  'win-rate': () => import('../displays/win-rate.js'),
};
