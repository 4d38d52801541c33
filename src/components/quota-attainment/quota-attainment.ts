import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { quotaAttainment, quotaAttainmentInfo } from '../../engine/kpis/quota-attainment.js';
import type { KpiResult } from '../../engine/types.js';
import { cardStyles } from '../base/card.styles.js';
import { quotaAttainmentDisplay } from '../base/kpi-display.js';
import { KpiWidget, type KpiView } from '../base/kpi-widget.js';
import { bulletBars } from '../charts/bullet-bars.js';
import { bulletBarsStyles } from '../charts/bullet-bars.styles.js';
import { chartStringsFor, MAX_ITEMS } from '../charts/chart.js';
import { barChartStyles } from '../charts/bar-chart.styles.js';
import { chartBaseStyles } from '../charts/chart.styles.js';
import { chartItemStyles } from '../charts/items.styles.js';
import { chartLegendStyles } from '../charts/legend.styles.js';
import { barLegendStyles } from '../charts/bar-legend.styles.js';
import { chartSize, repLabel, repNames, ROW_HEIGHT } from '../sales-per-rep/sales-shared.js';
import { salesChartStyles } from '../sales-per-rep/sales-per-rep.styles.js';

const WORDS = {
  en: {
    chart: 'Quota attainment by rep',
    // "2 of 5 reps reached quota": `ofReps` is "5 reps", its plural by Intl.PluralRules (FormatController.quantity).
    reached: (reached: string, ofReps: string) => `${reached} of ${ofReps} reached quota`,
  },
  'zh-TW': {
    chart: '各業務代表配額達成率',
    // "5 位業務代表中 2 位達成配額"
    reached: (reached: string, ofReps: string) => `${ofReps}中 ${reached} 位達成配額`,
  },
};

/**
 * Quota attainment: the won sales of the reps with a quota for the period ÷ the sum of their quotas,
 * with how many of those reps reached their quota ("2 of 5 reps reached quota"), and one bullet bar per
 * rep (won sales against the quota marker). Reps without a quota, and won deals without a rep, are
 * listed with the reason. Data: the summary attributes `actual` and `quota` (with `previous`, a
 * fraction, for the delta), `.data`, the `data` JSON attribute, `src` (JSON Dataset), or the nearest
 * `<kpi-source>`. Bars are labelled with the names of the Rep records among those records, else with
 * rep ids.
 *
 * @summary Quota attainment: team attainment, change in points, bullet bars per rep against quota.
 * @tag kpi-quota-attainment
 *
 * @csspart bar - A rep's won-sales bar (class `met` at or over quota).
 * @csspart legend - The legend of the bullet bars: actual and target.
 * @csspart tooltip - The tooltip of a focused or hovered bar.
 *
 * @fires {KpiSelectEvent} kpi-select - A rep's bar was activated (click, Enter or Space); `detail: { key, value }`: the rep id (or `unassigned`) and its won sales.
 */
export class KpiQuotaAttainment extends KpiWidget {
  static override styles = [
    cardStyles,
    chartBaseStyles,
    chartItemStyles,
    chartLegendStyles,
    barLegendStyles,
    barChartStyles,
    bulletBarsStyles,
    salesChartStyles,
  ];
  static override kpi = quotaAttainment;
  static override info = quotaAttainmentInfo;
  static override display = quotaAttainmentDisplay;

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    actual: {},
    quota: {},
  };

  /** Summary form: won sales of the period (decimal text), with `quota`. */
  actual?: string | number;

  /** Summary form: the quota of the period, with `actual`. */
  quota?: string | number;

  private get words() {
    return this.format.locale === 'zh-TW' ? WORDS['zh-TW'] : WORDS.en;
  }

  /** How many of the reps with a quota reached it, under the value (dataset forms, when a rep has a quota). */
  protected override renderTarget(result: KpiResult): TemplateResult | typeof nothing {
    const target = super.renderTarget(result);
    const total = result.details?.repsWithQuota;
    const reached = result.details?.repsReachingQuota;
    if (!total || !reached || total.isZero()) return target;
    const f = this.format;
    return html`${target}
      <p class="subline reps-at-quota">
        ${this.words.reached(f.count(reached), f.quantity(total, f.noun('reps', this.kpiDisplay)))}
      </p>`;
  }

  protected override renderChart(view: KpiView): TemplateResult | typeof nothing {
    const { result } = view;
    const breakdown = result.breakdown;
    if (!breakdown?.length) return nothing;
    const f = this.format;
    const names = repNames(view.dataset);
    const { currency } = result;
    const money = (v: Parameters<typeof f.detail>[0]) => f.detail(v, 'money', currency);
    const label = (key: string) => repLabel(key, names, f.locale);
    // Reps without a quota (and won deals without a rep) have no attainment: "—", their won sales as a
    // bar without a marker, and the reason (in the tooltip, the table, and in words under the chart).
    const missing = new Map<string, string[]>();
    const items = breakdown.map((entry) => {
      const item = { key: entry.key, label: label(entry.key), actual: entry.details?.won ?? null };
      if (entry.value === null) {
        const reason = f.reason(entry.reason, result.id, this.kpiDisplay);
        missing.set(reason, [...(missing.get(reason) ?? []), item.label]);
        return { ...item, target: null, display: '—', targetDisplay: reason };
      }
      // The bar and the marker are money (won against quota); the text is the attainment.
      const quota = entry.details?.quota ?? null;
      return {
        ...item,
        target: quota,
        display: f.percent(entry.value),
        ...(quota !== null ? { targetDisplay: money(quota) } : {}),
      };
    });
    const zh = f.locale === 'zh-TW';
    return html`${bulletBars(items, {
      width: chartSize(this, this.chartWidth),
      height: Math.min(items.length, MAX_ITEMS) * ROW_HEIGHT + 4,
      label: this.words.chart,
      format: (n) => f.money(n, currency),
      strings: chartStringsFor(f.locale),
      onSelect: (key, value) => this.select(key, value),
    })}
    ${[...missing].map(
      ([reason, reps]) => html`<p class="chart-note">— ${reason}${zh ? '：' : ': '}${reps.join(zh ? '、' : ', ')}</p>`,
    )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-quota-attainment': KpiQuotaAttainment;
  }
}
