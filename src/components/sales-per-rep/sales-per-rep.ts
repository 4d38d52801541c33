import { nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { salesPerRep, salesPerRepInfo } from '../../engine/kpis/sales-per-rep.js';
import type { BreakdownEntry } from '../../engine/types.js';
import { cardStyles } from '../base/card.styles.js';
import { salesPerRepDisplay } from '../base/kpi-display.js';
import { KpiWidget, type KpiView } from '../base/kpi-widget.js';
import { chartStringsFor, MAX_ITEMS } from '../charts/chart.js';
import { barChartStyles } from '../charts/bar-chart.styles.js';
import { chartBaseStyles } from '../charts/chart.styles.js';
import { chartItemStyles } from '../charts/items.styles.js';
import { horizontalBars } from '../charts/horizontal-bars.js';
import { chartSize, repLabel, repNames, ROW_HEIGHT, UNASSIGNED_KEY } from './sales-shared.js';
import { salesChartStyles } from './sales-per-rep.styles.js';

const WORDS = {
  en: { chart: 'Won sales by rep', average: 'Team average' },
  'zh-TW': { chart: '各業務代表成交銷售額', average: '團隊平均' },
};

/** The room the reference label takes above the rows. */
const REFERENCE_ROOM = 19;

/**
 * Sales per rep, the source article's total sales ÷ reps: won sales in the period divided by the reps
 * active in it, with a leaderboard of each rep's won sales (highest first) and the team average as the
 * reference line. Won deals without a rep count in the total and show as "Unassigned". Data: summary
 * attributes (`total-sales` and `reps`, with `previous` for the delta), `.data`, the `data` JSON
 * attribute, `src` (JSON Dataset or CSV), or the nearest `<kpi-source>`. Bars are labelled with the
 * names of the Rep records among those records, else with rep ids.
 *
 * @summary Sales per rep: team average, change vs the previous period, leaderboard bars by rep.
 * @tag kpi-sales-per-rep
 *
 * @csspart bar - A rep's bar in the leaderboard.
 * @csspart legend - Not used by this chart.
 * @csspart tooltip - The tooltip of a focused or hovered bar.
 *
 * @fires {KpiSelectEvent} kpi-select - A rep's bar was activated (click, Enter or Space); `detail: { key, value }`: the rep id (or `unassigned`) and its won sales.
 */
export class KpiSalesPerRep extends KpiWidget {
  static override styles = [cardStyles, chartBaseStyles, chartItemStyles, barChartStyles, salesChartStyles];
  static override kpi = salesPerRep;
  static override info = salesPerRepInfo;
  static override display = salesPerRepDisplay;

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    totalSales: { attribute: 'total-sales' },
    reps: {},
  };

  /** Summary form: won sales of the period (decimal text), with `reps`. */
  totalSales?: string | number;

  /** Summary form: the number of reps, with `total-sales`. */
  reps?: string | number;

  protected override renderChart(view: KpiView): TemplateResult | typeof nothing {
    const { result } = view;
    const breakdown = result.breakdown;
    if (!breakdown?.length) return nothing;
    const f = this.format;
    const zh = f.locale === 'zh-TW';
    const words = zh ? WORDS['zh-TW'] : WORDS.en;
    const names = repNames(view.dataset);
    // A leaderboard: the highest won sales first, ties in the engine's order (by rep id); won deals
    // without a rep are not a rep, so they come last.
    const rows = [...breakdown].sort((a, b) => rank(a) - rank(b) || compareValues(b, a));
    const money = (v: NonNullable<BreakdownEntry['value']>) => f.money(v, result.currency);
    return horizontalBars(
      rows.map((entry) => ({
        key: entry.key,
        label: repLabel(entry.key, names, f.locale),
        value: entry.value,
        display: entry.value === null ? '—' : money(entry.value),
        ...(entry.value === null ? { note: f.reason(entry.reason, result.id, this.kpiDisplay) } : {}),
      })),
      {
        width: chartSize(this, this.chartWidth),
        height: Math.min(rows.length, MAX_ITEMS) * ROW_HEIGHT + (result.value === null ? 4 : REFERENCE_ROOM + 4),
        label: words.chart,
        ...(result.value !== null
          ? { reference: { value: result.value, label: words.average, display: money(result.value) } }
          : {}),
        format: (n) => f.money(n, result.currency),
        strings: chartStringsFor(f.locale),
        onSelect: (key, value) => this.select(key, value),
      },
    );
  }
}

/** Reps with a value, then reps without one, then `unassigned`. */
const rank = (e: BreakdownEntry) => (e.key === UNASSIGNED_KEY ? 2 : e.value === null ? 1 : 0);
const compareValues = (a: BreakdownEntry, b: BreakdownEntry) =>
  a.value === null || b.value === null ? 0 : a.value.comparedTo(b.value);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-sales-per-rep': KpiSalesPerRep;
  }
}
