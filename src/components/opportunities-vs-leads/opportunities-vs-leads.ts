import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { opportunitiesVsLeadsInfo } from '../../engine/catalogue.js';
import { opportunitiesVsLeads } from '../../engine/kpis/opportunities-vs-leads.js';
import { winRate } from '../../engine/kpis/win-rate.js';
import type { KpiResult } from '../../engine/types.js';
import { cardStyles } from '../base/card.styles.js';
import { opportunitiesVsLeadsDisplay, type KpiDisplay } from '../base/kpi-display.js';
import { KpiWidget, type KpiExtraRequest, type KpiView } from '../base/kpi-widget.js';
import { chartStringsZhTW, chartStyles, funnel, type FunnelStep } from '../charts/index.js';
import { opportunitiesVsLeadsStyles } from './opportunities-vs-leads.styles.js';

const display: KpiDisplay = {
  ...opportunitiesVsLeadsDisplay,
  labels: {
    en: { ...opportunitiesVsLeadsDisplay.labels?.en, wonDeals: 'Won in the period' },
    'zh-TW': { ...opportunitiesVsLeadsDisplay.labels?.['zh-TW'], wonDeals: '本期成交' },
  },
};

/** Amounts of the result's details shown under the funnel, in the pipeline's order. */
const STAGE_VALUES = ['opportunitiesValue', 'meetingsBookedValue', 'closedWonValue'] as const;

const ROW = 34;

/**
 * Sales opportunities vs leads: opportunities created in the period ÷ distinct leads created in it, as
 * a percentage, over a funnel of counts: leads, opportunities (with that conversion between them) and
 * deals won in the period. Under the funnel, the pipeline's amounts: the value of the opportunities,
 * the open deals at the meeting-booked stage at the period's end, and the sales won. Every number is
 * the engine's: the counts and amounts come from the result's details and the won deals from
 * `win-rate`; a conversion the engine does not compute is not shown. Activating a step (click, Enter
 * or Space) fires `kpi-select`. Summary form: `opportunities` + `leads` (`previous` for the delta, as
 * a fraction). Or records (leads and deals) from `.data`, the `data` attribute, `src`, or the nearest
 * `<kpi-source>`.
 *
 * @summary Opportunities vs leads card: conversion rate, change in percentage points, a funnel of leads, opportunities and won deals.
 * @tag kpi-opportunities-vs-leads
 *
 * @csspart bar - A funnel step's bar.
 * @csspart tooltip - A step's tooltip, shown on focus and hover.
 *
 * @fires {KpiSelectEvent} kpi-select - A funnel step was activated; `detail: { key, value }` (`leads`, `opportunities` or `won`, and its count).
 */
export class KpiOpportunitiesVsLeads extends KpiWidget {
  static override styles = [cardStyles, chartStyles, opportunitiesVsLeadsStyles];
  static override kpi = opportunitiesVsLeads;
  static override info = opportunitiesVsLeadsInfo;
  static override display = display;

  /** Summary form: opportunities created in the period, with `leads`, e.g. `8`. */
  @property() opportunities?: string | number;

  /** Summary form: distinct leads created in the period, with `opportunities`, e.g. `20`. */
  @property() leads?: string | number;

  protected override extras(): Record<string, KpiExtraRequest> {
    // The won step counts the deals win-rate counts as won; its amount is the result's closedWonValue.
    return { winRate: { kpi: winRate } };
  }

  /**
   * The currency of the amounts in the details. The engine names a currency only on results in money, and
   * this one is a percentage: the page's `currency` (or its `<kpi-source>`'s) stands in.
   */
  private get amountCurrency(): string | undefined {
    return (this.currency || this.source?.currency)?.trim().toUpperCase() || undefined;
  }

  /**
   * The chart's width in user units: the card's width, measured at once on the first render, so that the
   * resize observer's first report changes nothing (a chart whose height changed inside that report would
   * raise "ResizeObserver loop completed with undelivered notifications").
   */
  private get drawingWidth(): number {
    return this.chartWidth || this.clientWidth || 320;
  }

  protected override renderExplain(view: KpiView): TemplateResult | typeof nothing {
    const currency = view.result.currency ?? this.amountCurrency;
    return super.renderExplain(currency ? { ...view, result: { ...view.result, currency } } : view);
  }

  protected override renderChart(view: KpiView): TemplateResult | typeof nothing {
    const { result } = view;
    const currency = result.currency ?? this.amountCurrency;
    const details = result.details ?? {};
    const f = this.format;
    const label = (key: string) => f.detailLabel(key, this.kpiDisplay);
    const steps: FunnelStep[] = [];
    const count = (key: string, value: KpiResult['value'], conversion?: string) => {
      steps.push({
        key,
        label: label(key === 'won' ? 'wonDeals' : key),
        value,
        display: value === null ? '' : f.count(value),
        ...(conversion ? { conversion } : {}),
      });
    };
    if (details.leads === undefined || details.opportunities === undefined) return nothing;
    count('leads', details.leads);
    count('opportunities', details.opportunities, result.value === null ? undefined : f.percent(result.value));
    const won = view.extras.winRate?.result;
    if (won?.details?.won !== undefined) count('won', won.details.won);

    const amounts = STAGE_VALUES.filter((key) => details[key] !== undefined);
    return html`${funnel(steps, {
      width: this.drawingWidth,
      height: steps.length * ROW + (steps.length - 1) * 20 + 4,
      label: this.displayName,
      ...(f.locale === 'zh-TW' ? { strings: chartStringsZhTW } : {}),
      onSelect: (key, value) => this.select(key, value),
    })}
    ${
      amounts.length
        ? html`<dl class="stage-values">
            ${amounts.map((key) => {
              const v = details[key];
              return html`<div>
                <dt>${label(key)}</dt>
                <dd>${v === null || v === undefined ? '—' : f.detail(v, 'money', currency)}</dd>
              </div>`;
            })}
          </dl>`
        : nothing
    }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-opportunities-vs-leads': KpiOpportunitiesVsLeads;
  }
}
