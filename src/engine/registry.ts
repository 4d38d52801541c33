import type { KpiModule } from './context.js';
import { UnknownKpiError } from './errors.js';
import { arpa } from './kpis/arpa.js';
import { arr } from './kpis/arr.js';
import { averageDealSize } from './kpis/average-deal-size.js';
import { cac } from './kpis/cac.js';
import { cacByChannel } from './kpis/cac-by-channel.js';
import { cacPayback } from './kpis/cac-payback.js';
import { cltv } from './kpis/cltv.js';
import { customerChurnRate } from './kpis/customer-churn-rate.js';
import { customerRetentionRate } from './kpis/customer-retention-rate.js';
import { expansionRevenue } from './kpis/expansion-revenue.js';
import { grossRevenueRetention } from './kpis/gross-revenue-retention.js';
import { leadConversionRate } from './kpis/lead-conversion-rate.js';
import { ltvToCac } from './kpis/ltv-to-cac.js';
import { monthlySalesGrowth } from './kpis/monthly-sales-growth.js';
import { mrr } from './kpis/mrr.js';
import { mrrMovements } from './kpis/mrr-movements.js';
import { netRevenueRetention } from './kpis/net-revenue-retention.js';
import { newLeads } from './kpis/new-leads.js';
import { opportunitiesVsLeads } from './kpis/opportunities-vs-leads.js';
import { paidCac } from './kpis/paid-cac.js';
import { pipelineValue } from './kpis/pipeline-value.js';
import { pipelineVelocity } from './kpis/pipeline-velocity.js';
import { quickRatio } from './kpis/quick-ratio.js';
import { quotaAttainment } from './kpis/quota-attainment.js';
import { salesCycleLength } from './kpis/sales-cycle-length.js';
import { salesPerRep } from './kpis/sales-per-rep.js';
import { salesRoi } from './kpis/sales-roi.js';
import { winRate } from './kpis/win-rate.js';

/** Every KPI module, in the catalogue's order. */
const modules = new Map<string, KpiModule>(
  [
    cac,
    cacByChannel,
    paidCac,
    opportunitiesVsLeads,
    pipelineValue,
    monthlySalesGrowth,
    cltv,
    salesCycleLength,
    mrr,
    arr,
    mrrMovements,
    arpa,
    salesPerRep,
    newLeads,
    leadConversionRate,
    winRate,
    averageDealSize,
    customerChurnRate,
    customerRetentionRate,
    netRevenueRetention,
    grossRevenueRetention,
    quotaAttainment,
    expansionRevenue,
    salesRoi,
    pipelineVelocity,
    quickRatio,
    cacPayback,
    ltvToCac,
  ].map((m) => [m.id, m]),
);

/** The compute module of a KPI id; throws UnknownKpiError. */
export function kpiModule(id: unknown): KpiModule {
  const m = typeof id === 'string' ? modules.get(id) : undefined;
  if (!m) throw new UnknownKpiError(String(id));
  return m;
}

/** All modules, for tests that hold the catalogue and the modules to one another. */
export function kpiModules(): KpiModule[] {
  return [...modules.values()];
}
