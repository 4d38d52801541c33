import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { cltv, cltvInfo } from '../../engine/kpis/cltv.js';
import { ltvToCac } from '../../engine/kpis/ltv-to-cac.js';
import { cardStyles } from '../base/card.styles.js';
import { cltvDisplay, ltvToCacDisplay, type KpiDisplay } from '../base/kpi-display.js';
import { KpiWidget, type KpiExtraRequest, type KpiView } from '../base/kpi-widget.js';
import { cltvStyles } from './cltv.styles.js';

type Method = 'simple' | 'churn' | 'discounted';

// Words beyond the catalogue's go in the display's labels, so registerTranslation(lang, { details }) reaches them.
const display: KpiDisplay = {
  ...cltvDisplay,
  labels: {
    en: {
      ...cltvDisplay.labels?.en,
      'method.simple': 'Method: simple (margin × retention × ARPA)',
      'method.churn': 'Method: churn (ARPA × margin ÷ churn)',
      'method.discounted': 'Method: discounted (m·r ÷ (1 + d − r))',
      ltvToCac: 'LTV:CAC (churn method)',
    },
    'zh-TW': {
      ...cltvDisplay.labels?.['zh-TW'],
      'method.simple': '方法：簡易法（毛利率 × 保留率 × ARPA）',
      'method.churn': '方法：流失法（ARPA × 毛利率 ÷ 流失率）',
      'method.discounted': '方法：折現法（m·r ÷ (1 + d − r)）',
      ltvToCac: 'LTV:CAC（流失法）',
    },
  },
};

/**
 * Customer lifetime value with the method that computed it named under the value: `simple` (the source
 * article's gross margin × retention rate × ARPA, the default), `churn` (ARPA × margin ÷ churn) or
 * `discounted`. With records, ARPA and retention come from subscriptions unless `arpa` and
 * `retention-rate` are given; `gross-margin` is always needed (without it the card says so). When the
 * records also hold spend and customers, the card adds LTV:CAC, by the churn method and labelled so.
 * Summary form: `gross-margin` + `retention-rate` + `arpa`, by the simple method (`previous` for the
 * delta); set only some of them and they are options for the records instead.
 *
 * @summary Customer lifetime value card: value with its method named, change vs the previous period, LTV:CAC.
 * @tag kpi-cltv
 */
export class KpiCltv extends KpiWidget {
  static override styles = [cardStyles, cltvStyles];
  static override kpi = cltv;
  static override info = cltvInfo;
  static override display = display;
  static override engineOptions = {
    method: 'method',
    grossMargin: 'grossMargin',
    retentionRate: 'retentionRate',
    arpa: 'arpa',
    discountRate: 'discountRate',
  };

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    method: {},
    grossMargin: { attribute: 'gross-margin' },
    retentionRate: { attribute: 'retention-rate' },
    arpa: {},
    discountRate: { attribute: 'discount-rate' },
  };

  /**
   * With records: `simple` (default; margin × retention × ARPA), `churn` (ARPA × margin ÷ churn) or
   * `discounted`. The summary form is the source article's simple formula whatever this says.
   */
  method?: Method;

  /** Gross margin as a fraction, e.g. `0.8`; needed by every method. */
  grossMargin?: string | number;

  /** Retention rate per month as a fraction, e.g. `0.9`; default with records: 1 − customer churn of the period. */
  retentionRate?: string | number;

  /** Average revenue per account per month, e.g. `1000`; default with records: end MRR ÷ paying customers. */
  arpa?: string | number;

  /** Discount rate per month as a fraction, for the `discounted` method (default 0). */
  discountRate?: string | number;

  protected override extras(): Record<string, KpiExtraRequest> {
    return { ltvToCac: { kpi: ltvToCac } };
  }

  protected override renderBody(view: KpiView): TemplateResult {
    const { result } = view;
    return html`${this.renderValue(result)} ${this.renderMethod(view)} ${this.renderDelta(result)}
    ${this.renderTarget(result)} ${this.renderLtvToCac(view)} ${this.renderExplain(view)}`;
  }

  /** The method the value was computed with: the summary form is always the simple one. */
  private renderMethod(view: KpiView): TemplateResult | typeof nothing {
    if (view.result.value === null && view.result.reason === 'missing-gross-margin') return nothing;
    const method: string = view.summary ? 'simple' : this.method?.trim() || 'simple';
    return html`<p class="method">${this.format.detailLabel(`method.${method}`, this.kpiDisplay)}</p>`;
  }

  /**
   * LTV:CAC from the engine's `ltv-to-cac` (churn method), when the records hold spend and customers.
   * Left out without them (`no-data`) and without a gross margin, which the value already asks for.
   */
  private renderLtvToCac(view: KpiView): TemplateResult | typeof nothing {
    const extra = view.extras.ltvToCac?.result;
    if (!extra || extra.reason === 'no-data' || extra.reason === 'missing-gross-margin') return nothing;
    const f = this.format;
    return html`<dl class="ltv-to-cac">
      <dt>${f.detailLabel('ltvToCac', this.kpiDisplay)}</dt>
      <dd>
        ${extra.value === null ? html`— <span class="reason">${f.reason(extra.reason, extra.id, ltvToCacDisplay)}</span>` : f.value(extra)}
      </dd>
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-cltv': KpiCltv;
  }
}
