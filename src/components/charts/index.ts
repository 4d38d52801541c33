/** Pure chart templates: `(data, options) => TemplateResult`. Style them with `chartStyles`. */
import { css } from 'lit';
import { barLegendStyles } from './bar-legend.styles.js';
import { barChartStyles } from './bar-chart.styles.js';
import { bulletBarsStyles } from './bullet-bars.styles.js';
import { funnelStyles } from './funnel.styles.js';
import { waterfallStyles } from './waterfall.styles.js';
import { chartBaseStyles } from './chart.styles.js';
import { chartItemStyles } from './items.styles.js';
import { chartLegendStyles } from './legend.styles.js';
import { lineChartStyles } from './line-chart.styles.js';
import { ringChartStyles } from './ring.styles.js';
import { sparklineStyles } from './sparkline.styles.js';

export {
  chartStringsEn,
  chartStringsZhTW,
  MAX_ITEMS,
  type ChartOptions,
  type ChartStrings,
  type ChartValue,
  type Margin,
} from './chart.js';
export { dataTable } from './data-table.js';
export { sparkline, type SparklineOptions } from './sparkline.js';
export { sparklineStyles } from './sparkline.styles.js';
export { horizontalBars, type HorizontalBarItem, type HorizontalBarsOptions } from './horizontal-bars.js';
export { verticalBars, type VerticalBarItem, type VerticalBarsOptions } from './vertical-bars.js';
export { stackedBars, type StackedColumn, type StackedSegment, type SeriesLabel } from './stacked-bars.js';
export { waterfall, type WaterfallStep } from './waterfall.js';
export { funnel, type FunnelStep } from './funnel.js';
export { ring, type RingOptions } from './ring.js';
export { bulletBars, type BulletItem } from './bullet-bars.js';
export { lineChart, type LineSeries, type LineChartOptions } from './line-chart.js';

/**
 * Styles for every chart here: add to a widget's `static styles`. `chart.styles.ts` describes their
 * tokens, and the parts a widget that draws one kind of chart can take instead.
 */
export const chartStyles = css`
  ${chartBaseStyles}${chartItemStyles}${chartLegendStyles}${barLegendStyles}${barChartStyles}${waterfallStyles}${bulletBarsStyles}${funnelStyles}${ringChartStyles}${lineChartStyles}${sparklineStyles}
`;
