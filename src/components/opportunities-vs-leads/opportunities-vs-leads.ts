import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { opportunitiesVsLeads, opportunitiesVsLeadsInfo } from '../../engine/kpis/opportunities-vs-leads.js';
import type { KpiResult } from '../../engine/types.js';
import { cardStyles } from '../base/card.styles.js';
import { opportunitiesVsLeadsDisplay, type KpiDisplay } from '../base/kpi-display.js';
import { KpiWidget, type KpiView } from '../base/kpi-widget.js';
import { chartStringsFor } from '../charts/chart.js';
import { barChartStyles } from '../charts/bar-chart.styles.js';
import { chartBaseStyles } from '../charts/chart.styles.js';
import { chartItemStyles } from '../charts/items.styles.js';
import { funnel, type FunnelStep } from '../charts/funnel.js';
import { funnelStyles } from '../charts/funnel.styles.js';
import { opportunitiesVsLeadsStyles } from './opportunities-vs-leads.styles.js';

const display: KpiDisplay = {
  ...opportunitiesVsLeadsDisplay,
  labels: {
    en: {
      ...opportunitiesVsLeadsDisplay.labels?.en,
      meetingsBooked: 'Meetings booked',
      won: 'Won',
      meetingsBookedRate: 'Opportunities that booked a meeting',
      wonRate: 'Meetings booked that were won',
    },
    'zh-TW': {
      ...opportunitiesVsLeadsDisplay.labels?.['zh-TW'],
      meetingsBooked: '已約會議',
      won: '已成交',
      meetingsBookedRate: '約到會議的銷售機會比率',
      wonRate: '已約會議中成交的比率',
    },
  },
};

/** Amounts of the result's details shown under the funnel, in the pipeline's order. */
const STAGE_VALUES = ['opportunitiesValue', 'meetingsBookedValue', 'closedWonValue'] as const;

const ROW = 34;

/**
 * Sales opportunities vs leads: opportunities created in the period ÷ distinct leads created in it, as
 * a percentage, over a funnel of counts: leads, then the opportunities created in the period, how many
 * of those booked a meeting (they are now at meeting booked, proposal or won) and how many were won,
 * with the conversion into each step. The last three steps are one cohort, so each is part of the one
 * before. Under the funnel, the pipeline's amounts: the value of the opportunities, the open deals at
 * the meeting-booked stage at the period's end, and the sales won in the period. Every number is the
 * engine's (the result's details): the card divides nothing, and a conversion the engine leaves
 * undefined (a step after an empty one) is not shown. Activating a step (click, Enter or Space) fires
 * `kpi-select`. Summary form: `opportunities` + `leads` (`previous` for the delta, as a fraction), a
 * two-step funnel. Or records (leads and deals) from `.data`, the `data` attribute, `src`, or the
 * nearest `<kpi-source>`.
 *
 * @summary Opportunities vs leads card: conversion rate, change in percentage points, a funnel of leads, opportunities, meetings booked and won.
 * @tag kpi-opportunities-vs-leads
 *
 * @csspart bar - A funnel step's bar.
 * @csspart tooltip - A step's tooltip, shown on focus and hover.
 *
 * @fires {KpiSelectEvent} kpi-select - A funnel step was activated; `detail: { key, value }` (`leads`, `opportunities`, `meetingsBooked` or `won`, and its count).
 */
export class KpiOpportunitiesVsLeads extends KpiWidget {
  static override styles = [
    cardStyles,
    chartBaseStyles,
    chartItemStyles,
    barChartStyles,
    funnelStyles,
    opportunitiesVsLeadsStyles,
  ];
  static override kpi = opportunitiesVsLeads;
  static override info = opportunitiesVsLeadsInfo;
  static override display = display;

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    opportunities: {},
    leads: {},
  };

  /** Summary form: opportunities created in the period, with `leads`, e.g. `8`. */
  opportunities?: string | number;

  /** Summary form: distinct leads created in the period, with `opportunities`, e.g. `20`. */
  leads?: string | number;

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
    const { currency } = result;
    const details = result.details ?? {};
    const f = this.format;
    const label = (key: string) => f.detailLabel(key, this.kpiDisplay);
    if (details.leads === undefined || details.opportunities === undefined) return nothing;
    // Each step with the engine's conversion into it (null or absent: none shown).
    const plan: [key: string, conversion: KpiResult['value'] | undefined][] = [
      ['leads', undefined],
      ['opportunities', result.value],
      ['meetingsBooked', details.meetingsBookedRate],
      ['won', details.wonRate],
    ];
    const steps: FunnelStep[] = plan
      .filter(([key]) => details[key] !== undefined)
      .map(([key, conversion]) => {
        const value = details[key]!;
        return {
          key,
          label: label(key),
          value,
          display: value === null ? '' : f.count(value),
          ...(conversion ? { conversion: f.percent(conversion) } : {}),
        };
      });

    const amounts = STAGE_VALUES.filter((key) => details[key] !== undefined);
    return html`${funnel(steps, {
      width: this.drawingWidth,
      height: steps.length * ROW + (steps.length - 1) * 20 + 4,
      label: this.displayName,
      strings: chartStringsFor(f.locale),
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
