/** Pure chart templates: `(data, options) => TemplateResult`. Style them with `chartStyles`. */
export {
  chartStringsEn,
  chartStringsZhTW,
  MAX_ITEMS,
  type ChartOptions,
  type ChartStrings,
  type ChartValue,
  type Margin,
} from './chart.js';
export { chartStyles } from './chart.styles.js';
export { dataTable } from './data-table.js';
export { sparkline, type SparklineOptions } from './sparkline.js';
export { horizontalBars, type HorizontalBarItem, type HorizontalBarsOptions } from './horizontal-bars.js';
export { verticalBars, type VerticalBarItem, type VerticalBarsOptions } from './vertical-bars.js';
export { stackedBars, type StackedColumn, type StackedSegment, type SeriesLabel } from './stacked-bars.js';
export { waterfall, type WaterfallStep } from './waterfall.js';
export { funnel, type FunnelStep } from './funnel.js';
export { ring, type RingOptions } from './ring.js';
export { bulletBars, type BulletItem } from './bullet-bars.js';
export { lineChart, type LineSeries, type LineChartOptions } from './line-chart.js';
