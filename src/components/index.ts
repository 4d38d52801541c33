/**
 * Every element class of the kit, and what a page or a new widget builds on. Importing this registers
 * nothing: call `KpiMrr.define('kpi-mrr')`, or import `kpi-elements/kpi-mrr.js`.
 */
export { KpiElement } from './base/kpi-element.js';
export {
  KpiWidget,
  type KpiView,
  type KpiWidgetState,
  type KpiExtraRequest,
  type KpiExtraResult,
  type KpiLoadDetail,
  type KpiResultLoad,
  type KpiSourceLoad,
  type KpiErrorDetail,
  type KpiWarningDetail,
  type KpiSelectDetail,
  type KpiLoadEvent,
  type KpiErrorEvent,
  type KpiWarningEvent,
  type KpiSelectEvent,
} from './base/kpi-widget.js';
export { KpiLoadError } from './base/errors.js';
export type { KpiTransform } from './base/load.js';
export { detailUnit, type DetailSpec, type DetailUnit, type QuotientSide } from './base/details.js';
export * from './base/kpi-display.js';
export { resolvePeriodAttribute, RELATIVE_PERIODS } from './base/period-attribute.js';
export { inThreadComputer, type KpiComputer } from './base/computer.js';
export { KpiWorkerUnavailableError } from './base/worker-computer.js';
export { cardStyles } from './base/card.styles.js';
/** The trend line a widget draws when it sets `static sparkline = trendLine` (style it with `sparklineStyles`). */
export { trendLine } from './base/trend-line.js';
export { sparklineStyles } from './charts/sparkline.styles.js';
export {
  FormatController,
  matchLocale,
  periodGrain,
  registerTranslation,
  type ComparisonText,
  type Grain,
  type KpiStrings,
  type Numeric,
  type Tone,
  type ValueFormat,
} from './controllers/format-controller.js';
export { ResizeController } from './controllers/resize-controller.js';
export { kpiSourceContext, type KpiSourceState, type KpiSourceValue } from './source/context.js';
export { KpiSource } from './source/source.js';
export { KpiCard } from './card/card.js';
export { KpiMrr } from './mrr/mrr.js';
export { KpiArr } from './arr/arr.js';
export { KpiCac } from './cac/cac.js';
export { KpiCacByChannel } from './cac-by-channel/cac-by-channel.js';
export { KpiCltv } from './cltv/cltv.js';
export { KpiOpportunitiesVsLeads } from './opportunities-vs-leads/opportunities-vs-leads.js';
export { KpiSalesGrowth } from './sales-growth/sales-growth.js';
export { KpiSalesCycle } from './sales-cycle/sales-cycle.js';
export { KpiSalesPerRep } from './sales-per-rep/sales-per-rep.js';
export { KpiQuotaAttainment } from './quota-attainment/quota-attainment.js';
export { KpiMrrMovements } from './mrr-movements/mrr-movements.js';
export { KpiNewLeads } from './new-leads/new-leads.js';
export { KpiWinRate } from './win-rate/win-rate.js';
export { KpiConversionRate } from './conversion-rate/conversion-rate.js';
export { KpiRetention } from './retention/retention.js';
export { KpiExpansionRevenue } from './expansion-revenue/expansion-revenue.js';
