import { UNATTRIBUTED } from '../../engine/records.js';
import { nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { cacByChannel, cacByChannelInfo } from '../../engine/kpis/cac-by-channel.js';
import { cardStyles } from '../base/card.styles.js';
import { cacByChannelDisplay, type KpiDisplay } from '../base/kpi-display.js';
import { KpiWidget, type KpiView } from '../base/kpi-widget.js';
import { chartStringsFor, MAX_ITEMS } from '../charts/chart.js';
import { barChartStyles } from '../charts/bar-chart.styles.js';
import { chartBaseStyles } from '../charts/chart.styles.js';
import { chartItemStyles } from '../charts/items.styles.js';
import { horizontalBars, type HorizontalBarItem } from '../charts/horizontal-bars.js';

/** The engine's key for new customers without an acquisition channel. */

const display: KpiDisplay = {
  ...cacByChannelDisplay,
  labels: {
    en: { ...cacByChannelDisplay.labels?.en, [UNATTRIBUTED]: 'No channel' },
    'zh-TW': { ...cacByChannelDisplay.labels?.['zh-TW'], [UNATTRIBUTED]: '無管道' },
  },
};

const ROW = 26;

/**
 * CAC per acquisition channel as horizontal bars, with the blended marketing CAC (spend of every row
 * with a channel ÷ all new customers) as the value; lower is better. A channel with spend and no new
 * customers has no bar: it shows "—" and the reason in words; customers without a channel are one row,
 * labelled as such. Activating a bar (click, Enter or Space) fires `kpi-select` with the channel and
 * its CAC. Summary form: the `channels` JSON attribute,
 * `[{"channel":"seo","spend":"1500","newCustomers":"3"}]`, with `previous` for the delta. Or records
 * (spend and customers) from `.data`, the `data` attribute, `src`, or the nearest `<kpi-source>`.
 *
 * @summary CAC by channel card: blended CAC, change vs the previous period (lower is better), a bar per channel.
 * @tag kpi-cac-by-channel
 *
 * @csspart bar - A channel's bar.
 * @csspart tooltip - A bar's tooltip, shown on focus and hover.
 *
 * @fires {KpiSelectEvent} kpi-select - A channel's bar was activated; `detail: { key, value }` (the channel, its CAC as decimal text or null).
 */
export class KpiCacByChannel extends KpiWidget {
  static override styles = [cardStyles, chartBaseStyles, chartItemStyles, barChartStyles];
  static override kpi = cacByChannel;
  static override info = cacByChannelInfo;
  static override display = display;
  static override summaryForms = [['channels']];

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    channels: {},
  };

  /**
   * Summary form: per channel, its spend and new customers, as JSON:
   * `[{"channel":"seo","spend":"1500","newCustomers":"3"}]`; an entry without a channel is the
   * customers without one.
   */
  channels?: string;

  /**
   * The chart's width in user units: the card's width, measured at once on the first render, so that the
   * resize observer's first report changes nothing (a chart whose height changed inside that report would
   * raise "ResizeObserver loop completed with undelivered notifications").
   */
  private get drawingWidth(): number {
    return this.chartWidth || this.clientWidth || 320;
  }

  protected override renderChart(view: KpiView): TemplateResult | typeof nothing {
    const { result } = view;
    const entries = result.breakdown ?? [];
    if (!entries.length) return nothing;
    const f = this.format;
    const items: HorizontalBarItem[] = entries.map((e) => ({
      key: e.key,
      label: e.key === UNATTRIBUTED ? f.detailLabel(UNATTRIBUTED, this.kpiDisplay) : e.key,
      value: e.value,
      display: e.value === null ? '' : f.money(e.value, result.currency),
      ...(e.value === null ? { note: f.reason(e.reason, result.id, this.kpiDisplay) } : {}),
    }));
    return horizontalBars(items, {
      width: this.drawingWidth,
      height: Math.min(items.length, MAX_ITEMS) * ROW + 4,
      label: this.displayName,
      format: (n) => f.money(n, result.currency),
      strings: chartStringsFor(f.locale),
      onSelect: (key, value) => this.select(key, value),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-cac-by-channel': KpiCacByChannel;
  }
}
