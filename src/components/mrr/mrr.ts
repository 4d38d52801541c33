import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { mrrInfo } from '../../engine/catalogue.js';
import { mrr } from '../../engine/kpis/mrr.js';
import type { KpiResult } from '../../engine/types.js';
import { cardStyles } from '../base/card.styles.js';
import { KpiWidget, type KpiView } from '../base/kpi-widget.js';
import { sparkline } from '../charts/sparkline.js';
import { mrrStyles } from './mrr.styles.js';

/**
 * Monthly recurring revenue at the end of the period, the change since the previous period in words,
 * and a 12-month trend. Data comes from summary attributes (`mrr`, or `paying-customers` × `arpa`),
 * the `.data` property, the `data` JSON attribute, or a `src` URL (JSON Dataset or CSV).
 *
 * @summary Monthly recurring revenue card: value, change vs the previous period, 12-month sparkline.
 * @tag kpi-mrr
 *
 * @csspart base - The card.
 * @csspart label - The KPI name.
 * @csspart value - The formatted MRR.
 * @csspart delta - The change vs the comparison period, with an arrow and the direction in words.
 * @csspart target - Progress toward `target`, when set.
 * @csspart explain - What the number is made of: paying customers, or customers × ARPA.
 * @csspart sparkline - The box holding the 12-month trend chart.
 * @csspart stale - Note shown when a reload failed and the last good value stays on the card.
 * @csspart empty - The "No data" message.
 * @csspart error - The error message.
 *
 * @cssprop [--kpi-accent=#4f46e5] - Sparkline colour of every widget (#a5b4fc in dark).
 * @cssprop [--kpi-mrr-accent=var(--kpi-accent)] - Sparkline colour of this widget only.
 * @cssprop [--kpi-surface=#ffffff] - Card background (#111827 in dark).
 * @cssprop [--kpi-text=#111827] - Value and text colour (#f3f4f6 in dark).
 * @cssprop [--kpi-text-muted=#4b5563] - Label, period and notes (#9ca3af in dark).
 * @cssprop [--kpi-border=#e5e7eb] - Card border (#374151 in dark).
 * @cssprop [--kpi-positive=#047857] - A change in the good direction (#34d399 in dark).
 * @cssprop [--kpi-negative=#b91c1c] - A change in the bad direction, and errors (#f87171 in dark).
 * @cssprop [--kpi-radius=12px] - Card corner radius.
 * @cssprop [--kpi-padding=1rem 1.25rem] - Card padding.
 * @cssprop [--kpi-shadow=0 1px 2px rgb(0 0 0 / 0.05), 0 1px 3px rgb(0 0 0 / 0.05)] - Card shadow.
 * @cssprop [--kpi-font-family=system-ui] - Font stack (with Traditional Chinese fallbacks).
 * @cssprop [--kpi-value-font-size=2rem] - Size of the value (three quarters of it below 16rem wide).
 * @cssprop [--kpi-sparkline-height=40px] - Sparkline height of every widget.
 * @cssprop [--kpi-mrr-sparkline-height=var(--kpi-sparkline-height)] - Sparkline height of this widget.
 *
 * @fires {KpiLoadEvent} kpi-load - The result is computed and shown; `detail: { result, series }`.
 * @fires {KpiErrorEvent} kpi-error - Loading or computing failed; `detail: { error, message }`.
 * @fires {KpiWarningEvent} kpi-warning - The engine skipped bad records; `detail: { warnings }`.
 */
export class KpiMrr extends KpiWidget {
  static override styles = [cardStyles, mrrStyles];

  /** Summary form: the MRR itself (decimal text), e.g. `5940`. */
  @property() mrr?: string | number;

  /** Summary form: paying customers, with `arpa` (MRR = paying customers × ARPA). */
  @property({ attribute: 'paying-customers' }) payingCustomers?: string | number;

  /** Summary form: average revenue per account per month, with `paying-customers`. */
  @property() arpa?: string | number;

  /** Summary form: the previous period's MRR, for the delta. */
  @property() previous?: string | number;

  /** Hides the 12-month sparkline (and skips computing it). */
  @property({ type: Boolean, attribute: 'no-sparkline' }) noSparkline = false;

  protected readonly kpi = mrr;
  protected readonly info = mrrInfo;
  protected override readonly summaryForms = [['mrr'], ['payingCustomers', 'arpa']];

  protected override seriesMonths(): number {
    return this.noSparkline ? 0 : 12;
  }

  protected renderResult({ result, series, summary }: KpiView): TemplateResult {
    return html`${this.renderValue(result)} ${this.renderDelta(result)} ${this.renderTarget(result)}
    ${this.renderExplain(result, summary)} ${series && !this.noSparkline ? this.renderSparkline(series) : nothing}`;
  }

  private renderExplain(result: KpiResult, summary: boolean): TemplateResult | typeof nothing {
    const f = this.format;
    const customers = result.details?.customers;
    const arpa = result.details?.arpa;
    if (!customers) return nothing;
    const text =
      summary && arpa
        ? f.t.times(f.t.customers(f.count(customers), f.plural(customers)), f.currency(arpa, result.currency))
        : f.t.payingCustomers(f.count(customers), f.plural(customers));
    return html`<p part="explain" class="explain">${text}</p>`;
  }

  private renderSparkline(series: KpiResult[]): TemplateResult | typeof nothing {
    const values = series.map((r) => r.value);
    const known = series.filter((r) => r.value !== null);
    if (known.length < 2) return nothing;
    const f = this.format;
    const first = known[0]!;
    const last = known[known.length - 1]!;
    const label = f.t.trend(
      series.length,
      f.currency(first.value!, first.currency),
      f.currency(last.value!, last.currency),
    );
    return html`<div part="sparkline" class="sparkline-box">
      ${sparkline(values, { width: 120, height: 32, label })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-mrr': KpiMrr;
  }
}
