import { UNATTRIBUTED } from '../../engine/records.js';
import { nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { newLeads, newLeadsInfo } from '../../engine/kpis/new-leads.js';
import { cardStyles } from '../base/card.styles.js';
import { newLeadsDisplay } from '../base/kpi-display.js';
import { KpiWidget, type KpiView } from '../base/kpi-widget.js';
import { chartStringsFor } from '../charts/chart.js';
import { shortMonth } from '../charts/month.js';
import { barChartStyles } from '../charts/bar-chart.styles.js';
import { chartBaseStyles } from '../charts/chart.styles.js';
import { chartItemStyles } from '../charts/items.styles.js';
import { chartLegendStyles } from '../charts/legend.styles.js';
import { barLegendStyles } from '../charts/bar-legend.styles.js';
import { stackedBars, type SeriesLabel, type StackedColumn } from '../charts/stacked-bars.js';
import { newLeadsStyles } from './new-leads.styles.js';

/** The engine's key for leads without a channel, and its name in words. */
const UNATTRIBUTED_LABEL: Record<string, string> = { en: 'No channel', 'zh-TW': '無管道' };
/** The chart's name: the bars are monthly, whatever the card's period. */
const CHART_LABEL: Record<string, (months: number) => string> = {
  en: (months) => `New leads by channel, last ${months} months`,
  'zh-TW': (months) => `近 ${months} 個月各管道新線索`,
};

const DEFAULT_MONTHS = 6;
/** Drawing height of the chart; the skeleton's `--kpi-chart-height` default matches it (see the styles). */
const CHART_HEIGHT = 160;
/** The card's horizontal padding and border, so the chart is drawn at the width it is shown. */
const CARD_INSET = 42;

/**
 * New leads in the pipeline: distinct leads created in the period, the change against the compared
 * period, and monthly columns stacked by channel over the last 6 (or 12) months, leads without a
 * channel shown as "No channel". Data: the summary attribute `count` (with `previous` for the delta),
 * `.data`, the `data` JSON attribute, `src` (JSON Dataset or CSV leads), or the nearest `<kpi-source>`.
 *
 * @summary New leads card: count, change vs the previous period, monthly columns stacked by channel.
 * @tag kpi-new-leads
 *
 * @slot empty - Replaces the "No data" message.
 * @slot error - Replaces the error message.
 *
 * @csspart base - The card.
 * @csspart label - The KPI name (or `label`).
 * @csspart value - The number of new leads; its accessible name is a whole sentence.
 * @csspart delta - The change against the compared period.
 * @csspart target - Progress toward `target`, when set.
 * @csspart chart - The monthly columns.
 * @csspart bar - A channel's segment of a month's column.
 * @csspart legend - The channels and their colours.
 * @csspart tooltip - The tooltip of a focused or hovered month.
 * @csspart explain - The "How is this calculated?" disclosure.
 * @csspart stale - The note shown when a refresh failed and the last value stays.
 * @csspart empty - The "No data" message.
 * @csspart error - The error message.
 *
 * @cssprop [--kpi-chart-height=160px] - Height of the loading placeholder of the chart.
 * @cssprop [--kpi-series-1=#4f46e5] - First channel (channels take the series colours in the engine's order, "No channel" last).
 *
 * @fires {KpiLoadEvent} kpi-load - A new result is shown; `detail: { result, series }`.
 * @fires {KpiErrorEvent} kpi-error - Loading or computing failed; `detail: { error, message, attribute?, status? }`.
 * @fires {KpiWarningEvent} kpi-warning - The engine skipped bad records; `detail: { warnings }`.
 * @fires {KpiSelectEvent} kpi-select - A month's column was activated; `detail: { key: '2025-05', value: '20' }` (that month's new leads).
 */
export class KpiNewLeads extends KpiWidget {
  static override styles = [
    cardStyles,
    chartBaseStyles,
    chartItemStyles,
    chartLegendStyles,
    barLegendStyles,
    barChartStyles,
    newLeadsStyles,
  ];
  static override kpi = newLeads;
  static override info = newLeadsInfo;
  static override display = newLeadsDisplay;
  static override seriesMonths = DEFAULT_MONTHS;

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    count: {},
    months: { type: Number },
  };

  /** Summary form: the number of new leads in the period, e.g. `20` (with `previous` for the delta). */
  count?: string | number;

  /** Months of columns, ending with the period's last month: 6 (default) or 12. */
  months = DEFAULT_MONTHS;

  protected override seriesMonths(): number {
    return this.months === 12 ? 12 : DEFAULT_MONTHS;
  }

  protected override renderChart(view: KpiView): TemplateResult | typeof nothing {
    const series = view.series;
    if (!series?.length) return nothing;
    const f = this.format;
    // Channels sorted as the engine sorts each month's breakdown: by key, "unattributed" last.
    const keys = [...new Set(series.flatMap((r) => (r.breakdown ?? []).map((b) => b.key)))].sort((a, b) =>
      a === UNATTRIBUTED ? 1 : b === UNATTRIBUTED ? -1 : a < b ? -1 : a > b ? 1 : 0,
    );
    const seriesLabels: SeriesLabel[] = keys.map((key) => ({
      key,
      label: key === UNATTRIBUTED ? (UNATTRIBUTED_LABEL[f.locale] ?? UNATTRIBUTED_LABEL.en!) : key,
    }));
    const columns: StackedColumn[] = series.map((r) => {
      const start = r.period!.start;
      return {
        key: start.slice(0, 7),
        label: shortMonth(f.tag, start),
        segments: (r.breakdown ?? []).map((b) => ({
          series: b.key,
          value: b.value,
          display: b.value === null ? '—' : f.count(b.value),
        })),
        display: r.value === null ? '—' : f.count(r.value),
      };
    });
    const byMonth = new Map(series.map((r) => [r.period!.start.slice(0, 7), r.value]));
    return stackedBars(columns, seriesLabels, {
      width: Math.max(200, this.chartWidth - CARD_INSET),
      height: CHART_HEIGHT,
      label: (CHART_LABEL[f.locale] ?? CHART_LABEL.en!)(series.length),
      strings: chartStringsFor(f.locale),
      format: (n) => f.count(n),
      // The month's count as the engine gave it, not the chart's sum of its segments.
      onSelect: (key) => this.select(key, byMonth.get(key) ?? null),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-new-leads': KpiNewLeads;
  }
}
