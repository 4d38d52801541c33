import type { KpiModule } from '../../engine/context.js';
import type { KpiDefinition, KpiId } from '../../engine/types.js';
import type { KpiDisplay } from '../base/kpi-display.js';

/** What `<kpi-card>` needs of one KPI: its compute module, its catalogue entry and its card words. */
export interface LoadedKpi {
  kpi: KpiModule;
  info: KpiDefinition;
  display?: KpiDisplay;
}

/** The module of one KPI with the catalogue's words; the words of all KPIs are one shared chunk. */
async function withTexts(id: KpiId, kpi: Promise<KpiModule>): Promise<LoadedKpi> {
  const [module, { catalogue }, { kpiDisplays }] = await Promise.all([
    kpi,
    import('../../engine/catalogue.js'),
    import('../base/kpi-display.js'),
  ]);
  return { kpi: module, info: catalogue.find((k) => k.id === id)!, display: kpiDisplays[id] };
}

/**
 * One loader per catalogue KPI, each a separate dynamic import: a bundler splits every KPI's compute
 * module (and the engine code only it uses) into its own chunk, so a page loads the code of the KPIs
 * its cards show and no other.
 */
export const kpiLoaders: Record<KpiId, () => Promise<LoadedKpi>> = {
  arpa: () =>
    withTexts(
      'arpa',
      import('../../engine/kpis/arpa.js').then((m) => m.arpa),
    ),
  arr: () =>
    withTexts(
      'arr',
      import('../../engine/kpis/arr.js').then((m) => m.arr),
    ),
  'average-deal-size': () =>
    withTexts(
      'average-deal-size',
      import('../../engine/kpis/average-deal-size.js').then((m) => m.averageDealSize),
    ),
  'cac-by-channel': () =>
    withTexts(
      'cac-by-channel',
      import('../../engine/kpis/cac-by-channel.js').then((m) => m.cacByChannel),
    ),
  'cac-payback': () =>
    withTexts(
      'cac-payback',
      import('../../engine/kpis/cac-payback.js').then((m) => m.cacPayback),
    ),
  cac: () =>
    withTexts(
      'cac',
      import('../../engine/kpis/cac.js').then((m) => m.cac),
    ),
  cltv: () =>
    withTexts(
      'cltv',
      import('../../engine/kpis/cltv.js').then((m) => m.cltv),
    ),
  'customer-churn-rate': () =>
    withTexts(
      'customer-churn-rate',
      import('../../engine/kpis/customer-churn-rate.js').then((m) => m.customerChurnRate),
    ),
  'customer-retention-rate': () =>
    withTexts(
      'customer-retention-rate',
      import('../../engine/kpis/customer-retention-rate.js').then((m) => m.customerRetentionRate),
    ),
  'expansion-revenue': () =>
    withTexts(
      'expansion-revenue',
      import('../../engine/kpis/expansion-revenue.js').then((m) => m.expansionRevenue),
    ),
  'gross-revenue-retention': () =>
    withTexts(
      'gross-revenue-retention',
      import('../../engine/kpis/gross-revenue-retention.js').then((m) => m.grossRevenueRetention),
    ),
  'lead-conversion-rate': () =>
    withTexts(
      'lead-conversion-rate',
      import('../../engine/kpis/lead-conversion-rate.js').then((m) => m.leadConversionRate),
    ),
  'ltv-to-cac': () =>
    withTexts(
      'ltv-to-cac',
      import('../../engine/kpis/ltv-to-cac.js').then((m) => m.ltvToCac),
    ),
  'monthly-sales-growth': () =>
    withTexts(
      'monthly-sales-growth',
      import('../../engine/kpis/monthly-sales-growth.js').then((m) => m.monthlySalesGrowth),
    ),
  'mrr-movements': () =>
    withTexts(
      'mrr-movements',
      import('../../engine/kpis/mrr-movements.js').then((m) => m.mrrMovements),
    ),
  mrr: () =>
    withTexts(
      'mrr',
      import('../../engine/kpis/mrr.js').then((m) => m.mrr),
    ),
  'net-revenue-retention': () =>
    withTexts(
      'net-revenue-retention',
      import('../../engine/kpis/net-revenue-retention.js').then((m) => m.netRevenueRetention),
    ),
  'new-leads': () =>
    withTexts(
      'new-leads',
      import('../../engine/kpis/new-leads.js').then((m) => m.newLeads),
    ),
  'opportunities-vs-leads': () =>
    withTexts(
      'opportunities-vs-leads',
      import('../../engine/kpis/opportunities-vs-leads.js').then((m) => m.opportunitiesVsLeads),
    ),
  'paid-cac': () =>
    withTexts(
      'paid-cac',
      import('../../engine/kpis/paid-cac.js').then((m) => m.paidCac),
    ),
  'pipeline-value': () =>
    withTexts(
      'pipeline-value',
      import('../../engine/kpis/pipeline-value.js').then((m) => m.pipelineValue),
    ),
  'pipeline-velocity': () =>
    withTexts(
      'pipeline-velocity',
      import('../../engine/kpis/pipeline-velocity.js').then((m) => m.pipelineVelocity),
    ),
  'quick-ratio': () =>
    withTexts(
      'quick-ratio',
      import('../../engine/kpis/quick-ratio.js').then((m) => m.quickRatio),
    ),
  'quota-attainment': () =>
    withTexts(
      'quota-attainment',
      import('../../engine/kpis/quota-attainment.js').then((m) => m.quotaAttainment),
    ),
  'sales-cycle-length': () =>
    withTexts(
      'sales-cycle-length',
      import('../../engine/kpis/sales-cycle-length.js').then((m) => m.salesCycleLength),
    ),
  'sales-per-rep': () =>
    withTexts(
      'sales-per-rep',
      import('../../engine/kpis/sales-per-rep.js').then((m) => m.salesPerRep),
    ),
  'sales-roi': () =>
    withTexts(
      'sales-roi',
      import('../../engine/kpis/sales-roi.js').then((m) => m.salesRoi),
    ),
  'win-rate': () =>
    withTexts(
      'win-rate',
      import('../../engine/kpis/win-rate.js').then((m) => m.winRate),
    ),
};
