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
 * One loader per catalogue KPI, each a separate dynamic import: a bundler splits every KPI's compute
 * module (and the engine code only it uses) into its own chunk, so a page loads the code of the KPIs
 * its cards show and no other. A KPI module exports one thing, the KPI.
 */
export const kpiLoaders: Record<KpiId, () => Promise<Record<string, KpiModule>>> = {
  arpa: () => import('../../engine/kpis/arpa.js'),
  arr: () => import('../../engine/kpis/arr.js'),
  'average-deal-size': () => import('../../engine/kpis/average-deal-size.js'),
  'cac-by-channel': () => import('../../engine/kpis/cac-by-channel.js'),
  'cac-payback': () => import('../../engine/kpis/cac-payback.js'),
  cac: () => import('../../engine/kpis/cac.js'),
  cltv: () => import('../../engine/kpis/cltv.js'),
  'customer-churn-rate': () => import('../../engine/kpis/customer-churn-rate.js'),
  'customer-retention-rate': () => import('../../engine/kpis/customer-retention-rate.js'),
  'expansion-revenue': () => import('../../engine/kpis/expansion-revenue.js'),
  'gross-revenue-retention': () => import('../../engine/kpis/gross-revenue-retention.js'),
  'lead-conversion-rate': () => import('../../engine/kpis/lead-conversion-rate.js'),
  'ltv-to-cac': () => import('../../engine/kpis/ltv-to-cac.js'),
  'monthly-sales-growth': () => import('../../engine/kpis/monthly-sales-growth.js'),
  'mrr-movements': () => import('../../engine/kpis/mrr-movements.js'),
  mrr: () => import('../../engine/kpis/mrr.js'),
  'net-revenue-retention': () => import('../../engine/kpis/net-revenue-retention.js'),
  'new-leads': () => import('../../engine/kpis/new-leads.js'),
  'opportunities-vs-leads': () => import('../../engine/kpis/opportunities-vs-leads.js'),
  'paid-cac': () => import('../../engine/kpis/paid-cac.js'),
  'pipeline-value': () => import('../../engine/kpis/pipeline-value.js'),
  'pipeline-velocity': () => import('../../engine/kpis/pipeline-velocity.js'),
  'quick-ratio': () => import('../../engine/kpis/quick-ratio.js'),
  'quota-attainment': () => import('../../engine/kpis/quota-attainment.js'),
  'sales-cycle-length': () => import('../../engine/kpis/sales-cycle-length.js'),
  'sales-per-rep': () => import('../../engine/kpis/sales-per-rep.js'),
  'sales-roi': () => import('../../engine/kpis/sales-roi.js'),
  'win-rate': () => import('../../engine/kpis/win-rate.js'),
};

/** The module of one KPI with the catalogue's words; the words of all KPIs are one shared chunk. */
export async function loadKpi(id: KpiId): Promise<LoadedKpi> {
  const [module, { catalogue }, { kpiDisplays }] = await Promise.all([
    kpiLoaders[id](),
    import('../../engine/catalogue.js'),
    import('../base/kpi-display.js'),
  ]);
  return {
    kpi: Object.values(module)[0]!,
    info: catalogue.find((k) => k.id === id)!,
    display: kpiDisplays[id],
  };
}
