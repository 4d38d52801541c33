import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { customerChurnRate, customerChurnRateInfo } from '../../engine/kpis/customer-churn-rate.js';
import { customerRetentionRate, customerRetentionRateInfo } from '../../engine/kpis/customer-retention-rate.js';
import { grossRevenueRetention, grossRevenueRetentionInfo } from '../../engine/kpis/gross-revenue-retention.js';
import { netRevenueRetention, netRevenueRetentionInfo } from '../../engine/kpis/net-revenue-retention.js';
import type { KpiDefinition, KpiResult } from '../../engine/types.js';
import { cardStyles } from '../base/card.styles.js';
import {
  customerChurnRateDisplay,
  customerRetentionRateDisplay,
  grossRevenueRetentionDisplay,
  netRevenueRetentionDisplay,
  type KpiDisplay,
} from '../base/kpi-display.js';
import { KpiWidget, type KpiExtraRequest, type KpiView } from '../base/kpi-widget.js';
import { chartStringsFor } from '../charts/chart.js';
import { shortMonth } from '../charts/month.js';
import { chartBaseStyles } from '../charts/chart.styles.js';
import { chartItemStyles } from '../charts/items.styles.js';
import { chartLegendStyles } from '../charts/legend.styles.js';
import { lineChartStyles } from '../charts/line-chart.styles.js';
import { lineChart, type LineSeries } from '../charts/line-chart.js';
import { retentionStyles } from './retention.styles.js';

const MONTHS = 12;

/** The rates drawn beside customer retention, by the names `extras()` gives them. */
const RATES: readonly { name: 'churn' | 'nrr' | 'grr'; info: KpiDefinition; display: KpiDisplay }[] = [
  { name: 'churn', info: customerChurnRateInfo, display: customerChurnRateDisplay },
  { name: 'nrr', info: netRevenueRetentionInfo, display: netRevenueRetentionDisplay },
  { name: 'grr', info: grossRevenueRetentionInfo, display: grossRevenueRetentionDisplay },
];

/**
 * Customer retention rate for the period, with customer churn rate, net revenue retention and gross
 * revenue retention beside it, and all four as lines over the last 12 months on one percent axis.
 * Summary form: `customers-start`, `customers-end` and `new-customers` (with `reactivated-customers`
 * to subtract reactivations separately), and `previous` (a fraction) for the delta; the summary form
 * shows retention alone. Or records from `.data`, the `data` attribute, `src`, or the nearest
 * `<kpi-source>`.
 *
 * @summary Customer retention card: retention rate, churn, NRR and GRR, 12-month lines of all four.
 * @tag kpi-retention
 *
 * @csspart chart - The line chart of the four rates (with `legend`, and the `tooltip` of the focused or hovered month).
 * @csspart legend - The chart's legend.
 * @csspart tooltip - The tooltip of a focused or hovered month.
 *
 * @cssprop [--kpi-series-1=#4f46e5] - Customer retention line.
 * @cssprop [--kpi-series-2=#0d9488] - Customer churn line.
 * @cssprop [--kpi-series-3=#d97706] - Net revenue retention line.
 * @cssprop [--kpi-series-4=#db2777] - Gross revenue retention line.
 */
export class KpiRetention extends KpiWidget {
  static override styles = [
    cardStyles,
    chartBaseStyles,
    chartItemStyles,
    chartLegendStyles,
    lineChartStyles,
    retentionStyles,
  ];
  static override kpi = customerRetentionRate;
  static override info = customerRetentionRateInfo;
  static override display = customerRetentionRateDisplay;
  static override seriesMonths = MONTHS;

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    customersStart: { attribute: 'customers-start' },
    customersEnd: { attribute: 'customers-end' },
    newCustomers: { attribute: 'new-customers' },
    reactivatedCustomers: { attribute: 'reactivated-customers' },
  };

  /** Summary form: paying customers at the start of the period, e.g. `4`. */
  customersStart?: string | number;

  /** Summary form: paying customers at the end of the period, e.g. `5`. */
  customersEnd?: string | number;

  /** Summary form: customers gained in the period (reactivations included unless `reactivated-customers` is set), e.g. `2`. */
  newCustomers?: string | number;

  /** Summary form, optional: customers who came back in the period, subtracted apart from `new-customers`. */
  reactivatedCustomers?: string | number;

  protected override extras(): Record<string, KpiExtraRequest> {
    return {
      churn: { kpi: customerChurnRate, series: MONTHS },
      nrr: { kpi: netRevenueRetention, series: MONTHS },
      grr: { kpi: grossRevenueRetention, series: MONTHS },
    };
  }

  protected override renderBody(view: KpiView): TemplateResult {
    const { result } = view;
    const chart = this.renderChart(view);
    return html`${this.renderValue(result)} ${this.renderDelta(result)} ${this.renderTarget(result)}
    ${this.renderRates(view)} ${chart === nothing ? nothing : html`<div class="chart-box">${chart}</div>`}
    ${this.renderExplain(view)}`;
  }

  /** Churn, NRR and GRR for the period as small labelled values; "—" with the reason (for screen readers) when null. */
  protected renderRates(view: KpiView): TemplateResult | typeof nothing {
    const f = this.format;
    const shown = RATES.filter((r) => view.extras[r.name]);
    if (!shown.length) return nothing;
    return html`<dl class="rates">
      ${shown.map(({ name, info, display }) => {
        const r = view.extras[name]!.result;
        return html`<div class="rate">
          <dt>${f.kpiName(info)}</dt>
          ${
            r.value === null
              ? html`<dd class="missing" title=${f.reason(r.reason, r.id, display)}>
                  — <span class="visually-hidden">${f.reason(r.reason, r.id, display)}</span>
                </dd>`
              : html`<dd>${f.value(r)}</dd>`
          }
        </div>`;
      })}
    </dl>`;
  }

  /** The four rates month by month on one percent axis; nothing for the summary form. */
  protected override renderChart(view: KpiView): TemplateResult | typeof nothing {
    const own = view.series;
    if (!own?.length) return nothing;
    const f = this.format;
    const line = (key: string, info: KpiDefinition, results: readonly KpiResult[] | undefined): LineSeries => {
      const points = own.map((_, i) => results?.[i]?.value ?? null);
      return { key, label: f.kpiName(info), points, displays: points.map((v) => (v === null ? null : f.percent(v))) };
    };
    const series = [
      line('retention', customerRetentionRateInfo, own),
      ...RATES.map((r) => line(r.name, r.info, view.extras[r.name]?.series)),
    ];
    // Twelve months of "—" in four series say no more than the rates above; draw nothing then.
    if (!series.some((x) => x.points.some((v) => v !== null))) return nothing;
    // The card's padding and border take about 42px of its width.
    const width = this.chartWidth > 0 ? Math.max(160, this.chartWidth - 42) : 320;
    return lineChart(
      series,
      own.map((r) => shortMonth(f.tag, r.period?.start)),
      {
        width,
        height: 132,
        label: this.displayName,
        format: (v) => f.percent(v),
        strings: chartStringsFor(f.locale),
      },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-retention': KpiRetention;
  }
}
