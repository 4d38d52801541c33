/**
 * The catalogue of KPI metadata for people (`listKpis()`): names in English and Traditional Chinese,
 * unit, polarity, the formula in words and inputs. Each entry lives in its KPI's module next to the
 * computation (a bundle carries only the entries it imports: object literals nobody reads are
 * dropped), so that `<kpi-card>` loads one KPI's words with its code, not the whole catalogue.
 */
import type { KpiDefinition } from './types.js';
import { cacInfo } from './kpis/cac.js';
import { cacByChannelInfo } from './kpis/cac-by-channel.js';
import { paidCacInfo } from './kpis/paid-cac.js';
import { opportunitiesVsLeadsInfo } from './kpis/opportunities-vs-leads.js';
import { pipelineValueInfo } from './kpis/pipeline-value.js';
import { monthlySalesGrowthInfo } from './kpis/monthly-sales-growth.js';
import { cltvInfo } from './kpis/cltv.js';
import { salesCycleLengthInfo } from './kpis/sales-cycle-length.js';
import { mrrInfo } from './kpis/mrr.js';
import { arrInfo } from './kpis/arr.js';
import { mrrMovementsInfo } from './kpis/mrr-movements.js';
import { arpaInfo } from './kpis/arpa.js';
import { salesPerRepInfo } from './kpis/sales-per-rep.js';
import { newLeadsInfo } from './kpis/new-leads.js';
import { leadConversionRateInfo } from './kpis/lead-conversion-rate.js';
import { winRateInfo } from './kpis/win-rate.js';
import { averageDealSizeInfo } from './kpis/average-deal-size.js';
import { customerChurnRateInfo } from './kpis/customer-churn-rate.js';
import { customerRetentionRateInfo } from './kpis/customer-retention-rate.js';
import { netRevenueRetentionInfo } from './kpis/net-revenue-retention.js';
import { grossRevenueRetentionInfo } from './kpis/gross-revenue-retention.js';
import { quotaAttainmentInfo } from './kpis/quota-attainment.js';
import { expansionRevenueInfo } from './kpis/expansion-revenue.js';
import { salesRoiInfo } from './kpis/sales-roi.js';
import { pipelineVelocityInfo } from './kpis/pipeline-velocity.js';
import { quickRatioInfo } from './kpis/quick-ratio.js';
import { cacPaybackInfo } from './kpis/cac-payback.js';
import { ltvToCacInfo } from './kpis/ltv-to-cac.js';

/** Every KPI of the catalogue, in the contract's order (spec §5). */
export const catalogue: readonly KpiDefinition[] = [
  cacInfo,
  cacByChannelInfo,
  paidCacInfo,
  opportunitiesVsLeadsInfo,
  pipelineValueInfo,
  monthlySalesGrowthInfo,
  cltvInfo,
  salesCycleLengthInfo,
  mrrInfo,
  arrInfo,
  mrrMovementsInfo,
  arpaInfo,
  salesPerRepInfo,
  newLeadsInfo,
  leadConversionRateInfo,
  winRateInfo,
  averageDealSizeInfo,
  customerChurnRateInfo,
  customerRetentionRateInfo,
  netRevenueRetentionInfo,
  grossRevenueRetentionInfo,
  quotaAttainmentInfo,
  expansionRevenueInfo,
  salesRoiInfo,
  pipelineVelocityInfo,
  quickRatioInfo,
  cacPaybackInfo,
  ltvToCacInfo,
];
