import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { salesCycleLength, salesCycleLengthInfo } from '../../engine/kpis/sales-cycle-length.js';
import type { KpiResult } from '../../engine/types.js';
import { cardStyles } from '../base/card.styles.js';
import { salesCycleLengthDisplay } from '../base/kpi-display.js';
import { KpiWidget, type KpiView } from '../base/kpi-widget.js';
import { chartStringsFor, MAX_ITEMS } from '../charts/chart.js';
import { barChartStyles } from '../charts/bar-chart.styles.js';
import { chartBaseStyles } from '../charts/chart.styles.js';
import { chartItemStyles } from '../charts/items.styles.js';
import { horizontalBars } from '../charts/horizontal-bars.js';
import { chartSize, repLabel, repNames, ROW_HEIGHT } from '../sales-per-rep/sales-shared.js';
import { salesChartStyles } from '../sales-per-rep/sales-per-rep.styles.js';

const WORDS = {
  en: { chart: 'Average sales cycle by rep', median: (days: string) => `Median ${days}` },
  'zh-TW': { chart: '各業務代表平均銷售週期', median: (days: string) => `中位數 ${days}` },
};

/**
 * Sales cycle length: the average number of calendar days from a deal's creation to its close, over the
 * deals won in the period (`cycle-deals="closed"` adds the lost ones), with the median and the number
 * of deals under it and one bar per rep. Lower is better. Data: the summary attribute `average-days`
 * (with `previous` for the delta), `.data`, the `data` JSON attribute, `src` (JSON Dataset or CSV), or
 * the nearest `<kpi-source>`. Bars are labelled with the names of the Rep records among those records,
 * else with rep ids.
 *
 * @summary Sales cycle length: average days, median, change vs the previous period, bars by rep.
 * @tag kpi-sales-cycle
 *
 * @csspart bar - A rep's bar.
 * @csspart tooltip - The tooltip of a focused or hovered bar.
 *
 * @fires {KpiSelectEvent} kpi-select - A rep's bar was activated (click, Enter or Space); `detail: { key, value }`: the rep id (or `unassigned`) and its average days (null without deals).
 */
export class KpiSalesCycle extends KpiWidget {
  static override styles = [cardStyles, chartBaseStyles, chartItemStyles, barChartStyles, salesChartStyles];
  static override kpi = salesCycleLength;
  static override info = salesCycleLengthInfo;
  static override display = salesCycleLengthDisplay;
  static override engineOptions = { cycleDeals: 'cycleDeals' };

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    averageDays: { attribute: 'average-days' },
    cycleDeals: { attribute: 'cycle-deals' },
  };

  /** Summary form: the average cycle in days (decimal text), e.g. `23.3`. */
  averageDays?: string | number;

  /** Which deals are measured: `won` (default) or `closed` (won and lost). */
  cycleDeals?: 'won' | 'closed';

  /** The median and the number of deals measured, under the value (dataset forms only). */
  protected override renderTarget(result: KpiResult): TemplateResult | typeof nothing {
    const target = super.renderTarget(result);
    const median = result.details?.median;
    const deals = result.details?.deals;
    if (median === undefined || deals === undefined) return target;
    const f = this.format;
    const words = f.locale === 'zh-TW' ? WORDS['zh-TW'] : WORDS.en;
    const noun = f.noun(this.cycleDeals === 'closed' ? 'closedDeals' : 'wonDeals', this.kpiDisplay);
    const parts = [
      ...(median !== null ? [words.median(f.days(median))] : []),
      ...(deals !== null ? [f.quantity(deals, noun)] : []),
    ];
    return html`${target}${parts.length ? html`<p class="subline">${parts.join(' · ')}</p>` : nothing}`;
  }

  protected override renderChart(view: KpiView): TemplateResult | typeof nothing {
    const { result } = view;
    const breakdown = result.breakdown;
    if (!breakdown?.length) return nothing;
    const f = this.format;
    const zh = f.locale === 'zh-TW';
    const names = repNames(view.dataset);
    return horizontalBars(
      breakdown.map((entry) => ({
        key: entry.key,
        label: repLabel(entry.key, names, f.locale),
        value: entry.value,
        display: entry.value === null ? '—' : f.days(entry.value),
        ...(entry.value === null ? { note: f.reason(entry.reason, result.id, this.kpiDisplay) } : {}),
      })),
      {
        width: chartSize(this, this.chartWidth),
        height: Math.min(breakdown.length, MAX_ITEMS) * ROW_HEIGHT + 4,
        label: (zh ? WORDS['zh-TW'] : WORDS.en).chart,
        format: (n) => f.days(n),
        strings: chartStringsFor(f.locale),
        onSelect: (key, value) => this.select(key, value),
      },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-sales-cycle': KpiSalesCycle;
  }
}
