import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { mrrMovements, mrrMovementsInfo } from '../../engine/kpis/mrr-movements.js';
import type { KpiResult } from '../../engine/types.js';
import { cardStyles } from '../base/card.styles.js';
import { mrrMovementsDisplay } from '../base/kpi-display.js';
import { KpiWidget, type KpiView } from '../base/kpi-widget.js';
import { BOLD, chartStringsFor, textWidth } from '../charts/chart.js';
import { barChartStyles } from '../charts/bar-chart.styles.js';
import { chartBaseStyles } from '../charts/chart.styles.js';
import { chartItemStyles } from '../charts/items.styles.js';
import { waterfallStyles } from '../charts/waterfall.styles.js';
import { waterfall, type WaterfallStep } from '../charts/waterfall.js';
import { mrrMovementsStyles } from './mrr-movements.styles.js';

/** The steps of the bridge, in order, and which way each moves the running MRR. */
const STEPS = [
  ['start', 'total'],
  ['new', 'up'],
  ['expansion', 'up'],
  ['reactivation', 'up'],
  ['contraction', 'down'],
  ['churn', 'down'],
  ['end', 'total'],
] as const;

type StepKey = (typeof STEPS)[number][0];

/**
 * Short names under the columns: the detail labels ("Reactivation MRR") do not fit seven columns of a
 * card. The full labels stay in "How is this calculated?".
 */
const STEP_LABELS: Record<string, Record<StepKey, string>> = {
  en: {
    start: 'Start',
    new: 'New',
    expansion: 'Expansion',
    reactivation: 'Reactivation',
    contraction: 'Contraction',
    churn: 'Churn',
    end: 'End',
  },
  'zh-TW': {
    start: '期初',
    new: '新增',
    expansion: '擴充',
    reactivation: '重新啟用',
    contraction: '縮減',
    churn: '流失',
    end: '期末',
  },
};

/** Drawing height of the waterfall; the skeleton's `--kpi-chart-height` default matches it (see the styles). */
const CHART_HEIGHT = 160;
/** The card's horizontal padding and border, so the chart is drawn at the width it is shown. */
const CARD_INSET = 42;

/**
 * MRR movements of the period as a waterfall: MRR at the start, new, expansion and reactivation MRR
 * up, contraction and churned MRR down, MRR at the end. The headline is net new MRR, signed (end −
 * start, as the engine computes it), with its change against the compared period. Data: the summary
 * attributes `start` + `new` + `expansion` + `reactivation` + `contraction` + `churn` (contraction and
 * churn as positive amounts, with `previous` for the delta), `.data`, the `data` JSON attribute, `src`
 * (JSON Dataset or CSV subscriptions), or the nearest `<kpi-source>`.
 *
 * @summary MRR movements card: net new MRR and a waterfall from start to end MRR.
 * @tag kpi-mrr-movements
 *
 * @slot empty - Replaces the "No data" message.
 * @slot error - Replaces the error message.
 *
 * @csspart base - The card.
 * @csspart label - The KPI name (or `label`).
 * @csspart value - Net new MRR, signed; its accessible name is a whole sentence.
 * @csspart delta - The change against the compared period.
 * @csspart target - Progress toward `target`, when set.
 * @csspart chart - The waterfall.
 * @csspart bar - A step of the waterfall.
 * @csspart tooltip - The tooltip of a focused or hovered step.
 * @csspart explain - The "How is this calculated?" disclosure: formula and every movement.
 * @csspart stale - The note shown when a refresh failed and the last value stays.
 * @csspart empty - The "No data" message.
 * @csspart error - The error message.
 *
 * @cssprop [--kpi-chart-height=160px] - Height of the loading placeholder of the waterfall.
 * @cssprop [--kpi-color-positive=#047857] - Steps that add MRR (new, expansion, reactivation).
 * @cssprop [--kpi-color-negative=#b91c1c] - Steps that remove MRR (contraction, churn).
 * @cssprop [--kpi-color-neutral=#64748b] - The start and end totals.
 *
 * @fires {KpiLoadEvent} kpi-load - A new result is shown; `detail: { result }`.
 * @fires {KpiErrorEvent} kpi-error - Loading or computing failed; `detail: { error, message, attribute?, status? }`.
 * @fires {KpiWarningEvent} kpi-warning - The engine skipped bad records; `detail: { warnings }`.
 * @fires {KpiSelectEvent} kpi-select - A step was activated (click, Enter or Space); `detail: { key, value }`, e.g. `{ key: 'churn', value: '300' }`.
 */
export class KpiMrrMovements extends KpiWidget {
  static override styles = [
    cardStyles,
    chartBaseStyles,
    chartItemStyles,
    barChartStyles,
    waterfallStyles,
    mrrMovementsStyles,
  ];
  static override kpi = mrrMovements;
  static override info = mrrMovementsInfo;
  static override display = mrrMovementsDisplay;
  static override engineOptions = { discountPolicy: 'discountPolicy' };

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    start: {},
    new: {},
    expansion: {},
    reactivation: {},
    contraction: {},
    churn: {},
    discountPolicy: { attribute: 'discount-policy' },
  };

  /** Summary form: MRR at the start of the period (decimal text). */
  start?: string | number;

  /** Summary form: MRR from new customers. */
  new?: string | number;

  /** Summary form: MRR added by customers who paid more (upsell, cross-sell). */
  expansion?: string | number;

  /** Summary form: MRR from customers who came back. */
  reactivation?: string | number;

  /** Summary form: MRR lost to customers who paid less, as a positive amount. */
  contraction?: string | number;

  /** Summary form: MRR lost to customers who left, as a positive amount. */
  churn?: string | number;

  /** How discounts reduce MRR: `all` (default), `forever-only` or `none`. */
  discountPolicy?: 'all' | 'forever-only' | 'none';

  /** Net new MRR with its sign: "+$1,200.00", "−$300.00" (`notation` and `decimals` apply). */
  private signedValue(result: KpiResult): string {
    const o = this.valueFormat();
    return this.format.money(result.value!, result.currency, {
      signDisplay: 'exceptZero',
      ...(o.notation ? { notation: o.notation, compact: o.notation === 'compact' } : {}),
      ...(o.decimals !== undefined ? { minimumFractionDigits: o.decimals, maximumFractionDigits: o.decimals } : {}),
    });
  }

  protected override renderValue(result: KpiResult): TemplateResult {
    if (result.value === null) return super.renderValue(result);
    return html`<p part="value" class="value" role="img" aria-label=${this.sentence(result)}>
      ${this.signedValue(result)}
    </p>`;
  }

  /** The base's sentence with the signed value: "MRR movements, +$1,200.00, up 20% versus April, higher is better". */
  protected override sentence(result: KpiResult): string {
    if (result.value === null) return super.sentence(result);
    const f = this.format;
    const c = f.comparison(result);
    return f.t.sentence({
      name: this.displayName,
      value: this.signedValue(result),
      change: c?.spoken,
      against: c?.against,
      noComparison: c?.direction === 'none',
      polarity: result.polarity,
    });
  }

  protected override renderChart(view: KpiView): TemplateResult | typeof nothing {
    const { details, currency } = view.result;
    if (!details) return nothing;
    const f = this.format;
    const labels = STEP_LABELS[f.locale] ?? STEP_LABELS.en!;
    const width = Math.max(200, this.chartWidth - CARD_INSET);
    const texts = (compact: boolean) => {
      const money = (v: NonNullable<KpiResult['value']>, signDisplay: 'never' | 'exceptZero' = 'never') =>
        f.money(
          v,
          currency,
          // Compact and short: "$68.1K", "−$457", "$6.81萬", the narrow currency symbol, so seven labels fit.
          compact
            ? { compact, signDisplay, currencyDisplay: 'narrowSymbol', maximumSignificantDigits: 3 }
            : { strip: true, signDisplay },
        );
      // Contraction and churn are positive amounts in the engine's details; shown as what they take away.
      return STEPS.map(([key, kind]) => {
        const v = details[key] ?? null;
        return v === null ? '—' : kind === 'total' ? money(v) : money(kind === 'down' ? v.negated() : v, 'exceptZero');
      });
    };
    // Amounts as in the disclosure when they fit over the columns, else compact; the disclosure keeps them exact.
    const exact = texts(false);
    const fits = Math.max(...exact.map((t) => textWidth(t) * BOLD)) <= (width / STEPS.length) * 1.1;
    const displays = fits ? exact : texts(true);
    const steps: WaterfallStep[] = STEPS.map(([key, kind], i) => ({
      key,
      label: labels[key],
      value: details[key] ?? null,
      display: displays[i]!,
      kind,
    }));
    return waterfall(steps, {
      width,
      height: CHART_HEIGHT,
      label: this.displayName,
      strings: chartStringsFor(f.locale),
      format: (n) => f.money(n, currency, { strip: true }),
      onSelect: (key) => this.select(key, details[key] ?? null),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-mrr-movements': KpiMrrMovements;
  }
}
