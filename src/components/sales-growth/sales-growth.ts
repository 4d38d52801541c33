import { nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { monthlySalesGrowth, monthlySalesGrowthInfo } from '../../engine/kpis/monthly-sales-growth.js';
import { cardStyles } from '../base/card.styles.js';
import { monthlySalesGrowthDisplay } from '../base/kpi-display.js';
import { KpiWidget, type KpiView } from '../base/kpi-widget.js';
import { chartStringsFor } from '../charts/chart.js';
import { shortMonth } from '../charts/month.js';
import { barChartStyles } from '../charts/bar-chart.styles.js';
import { chartBaseStyles } from '../charts/chart.styles.js';
import { chartItemStyles } from '../charts/items.styles.js';
import { verticalBars } from '../charts/vertical-bars.js';
import { chartSize } from '../sales-per-rep/sales-shared.js';
import { salesChartStyles } from '../sales-per-rep/sales-per-rep.styles.js';

const WORDS = {
  en: { chart: 'Won sales by month' },
  'zh-TW': { chart: '每月成交銷售額' },
};

const CHART_HEIGHT = 150;

/**
 * Monthly sales growth, the source article's formula: (won sales of the period − won sales of the
 * previous period) ÷ won sales of the previous period, over a column chart of the won sales of the
 * last 12 months, the current month highlighted. The delta compares with the previous period's growth,
 * in percentage points. Data: the summary attributes `current` and `previous` (won sales of the two
 * periods), `.data`, the `data` JSON attribute, `src` (JSON Dataset or CSV of deals), or the nearest
 * `<kpi-source>`.
 *
 * @summary Monthly sales growth: growth %, change in points, 12 months of won sales as bars.
 * @tag kpi-sales-growth
 *
 * @csspart bar - A month's column.
 * @csspart tooltip - The tooltip of a focused or hovered column.
 *
 * @fires {KpiSelectEvent} kpi-select - A month's column was activated (click, Enter or Space); `detail: { key, value }`: the month (`2025-05`) and its won sales.
 */
export class KpiSalesGrowth extends KpiWidget {
  static override styles = [cardStyles, chartBaseStyles, chartItemStyles, barChartStyles, salesChartStyles];
  static override kpi = monthlySalesGrowth;
  static override info = monthlySalesGrowthInfo;
  static override display = monthlySalesGrowthDisplay;
  static override seriesMonths = 12;

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    current: {},
  };

  /** Summary form: won sales of the period (decimal text), with `previous` (won sales of the period before). */
  current?: string | number;

  protected override renderChart(view: KpiView): TemplateResult | typeof nothing {
    const series = view.series;
    if (!series?.length) return nothing;
    const f = this.format;
    const zh = f.locale === 'zh-TW';
    const { currency } = view.result;
    // Each month's won sales are the engine's `details.current` of that month's growth.
    const items = series.map((r) => {
      const start = r.period!.start;
      const won = r.details?.current ?? null;
      return {
        key: start.slice(0, 7),
        label: shortMonth(f.tag, start),
        value: won,
        display: won === null ? '—' : f.detail(won, 'money', currency),
      };
    });
    return verticalBars(items, {
      width: chartSize(this, this.chartWidth),
      height: CHART_HEIGHT,
      label: (zh ? WORDS['zh-TW'] : WORDS.en).chart,
      highlightLast: true,
      format: (n) => f.money(n, currency, { compact: true, minimumFractionDigits: 0 }),
      strings: chartStringsFor(f.locale),
      onSelect: (key, value) => this.select(key, value),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-sales-growth': KpiSalesGrowth;
  }
}
