import type { Noun, NounKey } from '../controllers/translations.js';
import type { DetailSpec } from './details.js';

/**
 * How one KPI reads on its card besides its catalogue entry: the formula in Traditional Chinese (English
 * comes from the engine's catalogue), what "not defined" means for it, and what its result details are
 * (units, the quotient's sides). One module per KPI in ../displays/, so that a widget's bundle carries
 * only its own KPI's words and `<kpi-card>` loads only the KPI it shows; a widget names it in
 * `static display`.
 */
export interface KpiDisplay {
  /** Formula in words, by translation ('zh-TW'); the catalogue's English formula otherwise. */
  formula?: Partial<Record<string, string>>;
  /** How "How is this calculated?" formats the result's details. */
  details?: DetailSpec;
  /**
   * Labels of the result's details, by translation ('en', 'zh-TW') and detail key. English needs a label
   * only where the key in words does not read well: `newCustomers` reads "New customers" by itself.
   */
  labels?: Partial<Record<string, Record<string, string>>>;
  /** Words of the counted things its card names (its quotient's sides), by noun and translation ('en', 'zh-TW'). */
  nouns?: Partial<Record<NounKey, Partial<Record<string, Noun>>>>;
  /**
   * Why the value (or a breakdown row) is null, in this KPI's own words, by reason and translation ('en',
   * 'zh-TW'): what was zero for `zero-denominator`, and the reasons only this KPI gives (`no-quota`).
   */
  reasons?: Record<string, Partial<Record<string, string>>>;
}

// Each KPI's display, from its module in ../displays/ (one per KPI, which is what <kpi-card> loads).
export { display as cacDisplay } from '../displays/cac.js';
export { display as cacByChannelDisplay } from '../displays/cac-by-channel.js';
export { display as paidCacDisplay } from '../displays/paid-cac.js';
export { display as opportunitiesVsLeadsDisplay } from '../displays/opportunities-vs-leads.js';
export { display as pipelineValueDisplay } from '../displays/pipeline-value.js';
export { display as monthlySalesGrowthDisplay } from '../displays/monthly-sales-growth.js';
export { display as cltvDisplay } from '../displays/cltv.js';
export { display as salesCycleLengthDisplay } from '../displays/sales-cycle-length.js';
export { display as mrrDisplay } from '../displays/mrr.js';
export { display as arrDisplay } from '../displays/arr.js';
export { display as mrrMovementsDisplay } from '../displays/mrr-movements.js';
export { display as arpaDisplay } from '../displays/arpa.js';
export { display as salesPerRepDisplay } from '../displays/sales-per-rep.js';
export { display as newLeadsDisplay } from '../displays/new-leads.js';
export { display as leadConversionRateDisplay } from '../displays/lead-conversion-rate.js';
export { display as winRateDisplay } from '../displays/win-rate.js';
export { display as averageDealSizeDisplay } from '../displays/average-deal-size.js';
export { display as customerChurnRateDisplay } from '../displays/customer-churn-rate.js';
export { display as customerRetentionRateDisplay } from '../displays/customer-retention-rate.js';
export { display as netRevenueRetentionDisplay } from '../displays/net-revenue-retention.js';
export { display as grossRevenueRetentionDisplay } from '../displays/gross-revenue-retention.js';
export { display as quotaAttainmentDisplay } from '../displays/quota-attainment.js';
export { display as expansionRevenueDisplay } from '../displays/expansion-revenue.js';
export { display as salesRoiDisplay } from '../displays/sales-roi.js';
export { display as pipelineVelocityDisplay } from '../displays/pipeline-velocity.js';
export { display as quickRatioDisplay } from '../displays/quick-ratio.js';
export { display as cacPaybackDisplay } from '../displays/cac-payback.js';
export { display as ltvToCacDisplay } from '../displays/ltv-to-cac.js';
