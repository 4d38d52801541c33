import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { expansionRevenue, expansionRevenueInfo } from '../../engine/kpis/expansion-revenue.js';
import type { KpiResult } from '../../engine/types.js';
import { cardStyles } from '../base/card.styles.js';
import { expansionRevenueDisplay } from '../base/kpi-display.js';
import { KpiWidget, type KpiView } from '../base/kpi-widget.js';
import { chartStringsFor } from '../charts/chart.js';
import { shortMonth } from '../charts/month.js';
import { barChartStyles } from '../charts/bar-chart.styles.js';
import { chartBaseStyles } from '../charts/chart.styles.js';
import { chartItemStyles } from '../charts/items.styles.js';
import { verticalBars } from '../charts/vertical-bars.js';
import { expansionRevenueStyles } from './expansion-revenue.styles.js';

/**
 * Upsell and cross-sell revenue: expansion MRR in the period, its rate of the MRR at the start of the
 * period beside it, and one bar per month over the last 12 months (the current one emphasised).
 * Summary forms: `expansion` with `start` (start MRR, for the rate), or `expansion` alone; `previous`
 * for the delta. Or records from `.data`, the `data` attribute, `src`, or the nearest `<kpi-source>`.
 *
 * @summary Expansion MRR card: value, its rate of start MRR, change vs the previous period, 12 monthly bars.
 * @tag kpi-expansion-revenue
 *
 * @csspart chart - The monthly bars (with `bar` and `tooltip`).
 * @csspart bar - One month's bar; activating it (click, Enter, Space) fires `kpi-select`.
 * @csspart tooltip - The tooltip of a focused or hovered month.
 *
 * @cssprop [--kpi-expansion-revenue-color=var(--kpi-series-1)] - Bar colour of this widget.
 *
 * @fires {KpiSelectEvent} kpi-select - A month's bar was activated; `detail: { key: '2025-05', value: '50' }`.
 */
export class KpiExpansionRevenue extends KpiWidget {
  static override styles = [cardStyles, chartBaseStyles, chartItemStyles, barChartStyles, expansionRevenueStyles];
  static override kpi = expansionRevenue;
  static override info = expansionRevenueInfo;
  static override display = expansionRevenueDisplay;
  static override seriesMonths = 12;

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    expansion: {},
    start: {},
  };

  /** Summary form: expansion MRR in the period (decimal text), e.g. `70`. */
  expansion?: string | number;

  /** Summary form, with `expansion`: MRR at the start of the period, for the rate, e.g. `560`. */
  start?: string | number;

  /** The value with its rate of start MRR beside it ("—" and the reason in words when start MRR is zero). */
  protected override renderValue(result: KpiResult): TemplateResult {
    const value = super.renderValue(result);
    const rate = result.details?.rate;
    if (rate === undefined || result.value === null) return value;
    const f = this.format;
    return html`<div class="headline">
      ${value}
      <p class="rate">
        <span class="rate-label">${f.detailLabel('rate', this.kpiDisplay)}</span>
        ${
          rate === null
            ? html`<span class="rate-value missing">—</span>
                <span class="visually-hidden">${f.reason('zero-denominator', result.id, this.kpiDisplay)}</span>`
            : html`<span class="rate-value">${f.percent(rate)}</span>`
        }
      </p>
    </div>`;
  }

  /** Expansion MRR month by month; a bar fires `kpi-select` with its month and amount. Nothing for the summary forms. */
  protected override renderChart(view: KpiView): TemplateResult | typeof nothing {
    const series = view.series;
    if (!series?.length) return nothing;
    const f = this.format;
    const currency = view.result.currency;
    // The card's padding and border take about 42px of its width.
    const width = this.chartWidth > 0 ? Math.max(160, this.chartWidth - 42) : 320;
    return verticalBars(
      series.map((r) => ({
        key: r.period?.start.slice(0, 7) ?? '',
        label: shortMonth(f.tag, r.period?.start),
        value: r.value,
        display: r.value === null ? '—' : f.value(r),
      })),
      {
        width,
        height: 120,
        label: this.displayName,
        highlightLast: true,
        format: (v) =>
          f.money(v, currency, Math.abs(v) >= 10_000 ? { compact: true, minimumFractionDigits: 0 } : { strip: true }),
        onSelect: (key, value) => this.select(key, value),
        strings: chartStringsFor(f.locale),
      },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-expansion-revenue': KpiExpansionRevenue;
  }
}
