import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { KpiModule } from '../../engine/context.js';
import { InvalidOptionError } from '../../engine/errors.js';
import {
  addDays,
  addMonths,
  formatCivil,
  parseLocalDate,
  resolvePeriod,
  resolveTimeZone,
} from '../../engine/period.js';
import type {
  ComputeOptions,
  Dataset,
  DatasetKind,
  KpiDefinition,
  KpiResult,
  PeriodRange,
  SeriesOptions,
  Warning,
} from '../../engine/types.js';
import { FormatController, type ValueFormat } from '../controllers/format-controller.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { kpiSourceContext, watchLateSources, type KpiSourceValue } from '../source/context.js';
import { clock } from './clock.js';
import { inThreadComputer, type KpiComputer } from './computer.js';
import { detailUnit, type DetailSpec, type DetailUnit, type QuotientSide } from './details.js';
import type { KpiDisplay } from './kpi-display.js';
import { attributeOf, checkChoice, errorDetail, invalidAttribute, KpiLoadError, messageOf } from './errors.js';
import type { KpiExtraResult } from './events.js';
import { KpiElement } from './kpi-element.js';
import {
  DEFAULT_FETCH_OPTIONS,
  checkTimeout,
  DEFAULT_TIMEOUT_SECONDS,
  fetchDataset,
  parseDataAttribute,
  type KpiTransform,
} from './load.js';
import { resolvePeriodAttribute } from './period-attribute.js';
import { PollController } from './poll.js';

export type {
  KpiErrorDetail,
  KpiErrorEvent,
  KpiExtraResult,
  KpiLoadDetail,
  KpiLoadEvent,
  KpiResultLoad,
  KpiSelectDetail,
  KpiSelectEvent,
  KpiSourceLoad,
  KpiWarningDetail,
  KpiWarningEvent,
} from './events.js';

/** Another KPI a widget computes alongside its own, from the same records and options. */
export interface KpiExtraRequest {
  kpi: KpiModule;
  /** Months of series ending with the period's last month (0 or absent: none). */
  series?: number;
  /** Engine options for this KPI only, e.g. `{ method: 'churn' }`. */
  options?: Record<string, unknown>;
}

/** What a widget renders once loaded. */
export interface KpiView {
  result: KpiResult;
  /** Monthly results ending with the period's last month, when the widget asked for a series. */
  series?: KpiResult[];
  /** The extra KPIs the widget asked for, by the names it gave them (dataset forms only). */
  extras: Record<string, KpiExtraResult>;
  /** True when the result comes from summary attributes rather than records. */
  summary: boolean;
  /** When the records were fetched (ms since the epoch), for `src` and `<kpi-source src>`. */
  updatedAt?: number;
  /** The records the result was computed from (dataset forms), for display labels such as rep names only. */
  dataset?: Dataset;
}

/** The state a widget is in; also what it shows, and its `state` attribute. */
export type KpiWidgetState = 'loading' | 'empty' | 'error' | 'ready' | 'stale';

type Mode = 'summary' | 'data' | 'src' | 'source' | 'empty' | 'pending';

/** Resolves in a later task: `scheduler.yield()` where the browser has it, else a zero timeout. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
/** Everything one computation depends on, worked out before it starts (see `willUpdate`). */
interface Plan {
  mode: Mode;
  error?: unknown;
  kpi?: KpiModule;
  summary?: Record<string, string | number>;
  dataset?: Dataset;
  src?: string;
  srcKind?: DatasetKind;
  source?: KpiSourceValue;
  options: Partial<ComputeOptions>;
  /** The period asked for, for the header while loading. */
  period?: PeriodRange;
  series: number;
  extras: Record<string, KpiExtraRequest>;
  computer: KpiComputer;
  transform?: KpiTransform;
  fetchOptions: RequestInit;
  /** Seconds before a fetch of `src` gives up. */
  timeout: number;
  generation: number;
  /** The primitive parts of the plan, as JSON: equal keys and equal objects mean nothing to redo. */
  key: string;
  /** While the KPI's own code loads (see `kpiPending`). */
  pending?: Promise<unknown>;
}

type Ready = { kind: 'ready'; srcKey?: string; stale?: unknown } & KpiView;
type Outcome = { kind: 'empty' } | { kind: 'waiting' } | Ready;

const given = (v: unknown) => v !== undefined && v !== null && v !== '';
const COMPARE = ['previous-period', 'same-period-last-year', 'none'];
const NOTATIONS = ['standard', 'compact', 'scientific', 'engineering'];
const ARROWS = { up: '▲', down: '▼', unchanged: '▶', none: '' } as const;

/** The reason a load is aborted when its card leaves the page (never shown: the load runs again on return). */
const DISCONNECTED = new KpiLoadError('disconnected', 'The element was removed from the page while loading.');

/** How a result's own unit reads among its details: amounts of money (also per day) as money. */
function detailUnitOf({ unit }: KpiResult): DetailUnit {
  return unit === 'currency' || unit === 'currency-per-day' ? 'money' : unit;
}

/** The browser's time zone. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The `months` months ending with the month that holds the period's last day, as from/to. */
function trailingMonths(periodEnd: string, months: number): { from: string; to: string } {
  const last = addDays(parseLocalDate(periodEnd)!, -1);
  const to = { year: last.year, month: last.month, day: 1 };
  return { from: formatCivil(addMonths(to, 1 - months)).slice(0, 7), to: formatCivil(to).slice(0, 7) };
}

/**
 * The base of every KPI card: inputs (summary attributes, `.data`, the `data` attribute, `src`, the
 * nearest `<kpi-source>`), one @lit/task that loads (with abort) and computes through a
 * {@link KpiComputer}, the loading / empty / error / ready / stale states, events, locale, the value
 * with its accessible sentence, the delta, the target, a sparkline, and "How is this calculated?".
 *
 * A widget is a thin subclass: it names its KPI (`static kpi`, `static info`), declares its summary
 * and option attributes as properties (`static engineOptions` maps options to the engine), and may
 * draw a chart (`renderChart`) from its result, its series (`static seriesMonths`) and extra KPIs
 * (`extras()`), or a trend line of its series (`static sparkline`).
 *
 * @attr {'loading' | 'empty' | 'error' | 'ready' | 'stale'} state - Reflects what the card shows (read-only).
 * @attr lang - Language of the card's words and number formats; default: the nearest `lang` above it, else the browser's.
 *
 * @slot empty - Replaces the "No data" message.
 * @slot error - Replaces the error message.
 *
 * @csspart base - The card.
 * @csspart label - The KPI name (or `label`).
 * @csspart value - The formatted value; its accessible name is a whole sentence.
 * @csspart delta - The change against the compared period: arrow, signed change and words.
 * @csspart target - Progress toward `target`, when set.
 * @csspart sparkline - The box holding the trend line.
 * @csspart chart - The box holding a widget's chart.
 * @csspart explain - The "How is this calculated?" disclosure: formula and inputs.
 * @csspart stale - The note shown when a refresh failed and the last value stays.
 * @csspart empty - The "No data" message.
 * @csspart error - The error message.
 *
 * @cssprop [--kpi-font-family=system-ui] - Font stack (with Traditional Chinese fallbacks).
 * @cssprop [--kpi-color-text=#111827] - Value and text (#f3f4f6 in dark).
 * @cssprop [--kpi-color-muted=#4b5563] - Label, period and notes (#9ca3af in dark).
 * @cssprop [--kpi-color-surface=#ffffff] - Card background (#111827 in dark).
 * @cssprop [--kpi-color-border=#e5e7eb] - Card border and skeleton (#374151 in dark).
 * @cssprop [--kpi-color-positive=#047857] - A change in the good direction (#34d399 in dark).
 * @cssprop [--kpi-color-negative=#b91c1c] - A change in the bad direction, and errors (#f87171 in dark).
 * @cssprop [--kpi-color-neutral=#4b5563] - An unchanged value, or one with no good direction (#9ca3af in dark).
 * @cssprop [--kpi-series-1=#4f46e5] - First chart colour, and the sparkline's (#818cf8 in dark).
 * @cssprop [--kpi-series-2=#0d9488] - Second chart colour (#2dd4bf in dark).
 * @cssprop [--kpi-series-3=#d97706] - Third chart colour (#fbbf24 in dark).
 * @cssprop [--kpi-series-4=#db2777] - Fourth chart colour (#f472b6 in dark).
 * @cssprop [--kpi-series-5=#0284c7] - Fifth chart colour (#38bdf8 in dark).
 * @cssprop [--kpi-series-6=#65a30d] - Sixth chart colour (#a3e635 in dark).
 * @cssprop [--kpi-series-7=#9333ea] - Seventh chart colour (#c084fc in dark).
 * @cssprop [--kpi-series-8=#475569] - Eighth chart colour (#94a3b8 in dark).
 * @cssprop [--kpi-radius=12px] - Card corner radius.
 * @cssprop [--kpi-space=1rem] - Card padding and the space between its parts scale with it.
 * @cssprop [--kpi-value-font-size=2rem] - Size of the value (three quarters of it in a narrow card).
 * @cssprop [--kpi-sparkline-height=40px] - Height of the trend line.
 * @cssprop [--kpi-chart-height=120px] - Height of a widget's chart (and of its skeleton).
 *
 * @fires {KpiLoadEvent} kpi-load - A new result is shown; `detail: { result, series?, extras? }`.
 * @fires {KpiErrorEvent} kpi-error - Loading or computing failed; `detail: { error, message, attribute?, status? }`.
 * @fires {KpiWarningEvent} kpi-warning - The engine skipped bad records; `detail: { warnings }`.
 */
export abstract class KpiWidget extends KpiElement {
  // ---- What a subclass declares ----

  /** The KPI this widget computes. */
  static kpi?: KpiModule;
  /** Its names, unit, polarity and formula: its catalogue entry (`...Info`, beside the KPI in engine/kpis/). */
  static info?: KpiDefinition;
  /**
   * Summary forms as lists of property names; a form is used when every one is set. Default: the KPI
   * module's own summary forms, whose input names are the widgets' property names.
   */
  static summaryForms?: readonly (readonly string[])[];
  /** Properties passed to the engine as options: property name → option name (`{ grossMargin: 'grossMargin' }`). */
  static engineOptions: Readonly<Record<string, string>> = {};
  /** Months of series of the KPI itself, for the sparkline or a chart (0: none). */
  static seriesMonths = 0;
  /**
   * Draws the trend line of the series in a widget without `renderChart`: `trendLine` of
   * `base/trend-line.js` (`static override sparkline = trendLine`, with `sparklineStyles`). Unset: no trend
   * line, and no series computed for one. A static hook rather than a default, so that widgets with a
   * chart of their own do not carry the sparkline's code.
   */
  static sparkline?: (series: KpiResult[], format: FormatController) => TemplateResult | typeof nothing;
  /**
   * How the KPI reads besides its catalogue entry: formula in zh-TW, "not defined" words, and the units of
   * its result details (the KPI's constant of `base/kpi-display.ts`, e.g. `cacDisplay`).
   */
  static display?: KpiDisplay;

  // ---- Inputs ----

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    src: {},
    srcKind: { attribute: 'src-kind' },
    transform: { attribute: false },
    fetchOptions: { attribute: false },
    timeout: { type: Number },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    previous: {},
    period: {},
    currency: {},
    timeZone: { attribute: 'time-zone' },
    compare: {},
    target: {},
    label: {},
    noSparkline: { type: Boolean, attribute: 'no-sparkline' },
    theme: { reflect: true },
    notation: {},
    decimals: { type: Number },
    computer: { attribute: false },
    // Internal state, set from the nearest <kpi-source> (see the constructor).
    source: { attribute: false },
  };

  /** The records to compute from (a Dataset: `{ subscriptions: [...], ... }`). Assign a new object to recompute, or call `refresh()`. */
  data?: Dataset;

  /** The same Dataset as JSON text in the `data` attribute (used when the `.data` property is not set). */
  dataJson?: string;

  /** URL of a JSON Dataset, or of CSV records of one kind (see `src-kind`). */
  src?: string;

  /** The record kind of a CSV (or JSON array) `src`, e.g. `subscriptions`. */
  srcKind?: DatasetKind;

  /** Turns what `src` answered (parsed JSON, or CSV rows) into a Dataset. */
  transform?: KpiTransform;

  /**
   * How `src` is fetched (headers, credentials); default `{ credentials: 'same-origin' }`. A property only,
   * never an attribute, so markup (or a template filled from data) cannot send credentials elsewhere.
   */
  fetchOptions: RequestInit = DEFAULT_FETCH_OPTIONS;

  /** Seconds a fetch of `src` may take, body included, before the card shows an error (default 15). */
  timeout: number = DEFAULT_TIMEOUT_SECONDS;

  /**
   * Fetches `src` again every this many seconds (below 5 counts as 5; unset or 0: never). Polling pauses
   * while the page is hidden; after a failed refresh the last value stays, marked stale, and the wait
   * doubles up to 5 minutes until a refresh succeeds.
   */
  refreshInterval?: number;

  /** Summary form: the previous period's value, for the delta. */
  previous?: string | number;

  // ---- Options ----

  /**
   * `2024-05`, `2024-Q2`, `2024`, `2024-01/2024-06` (months, both included), `this-month`, `last-month`,
   * `this-quarter`, `last-quarter`, `this-year`, `last-year` or `ytd`; default: the last complete month
   * in `time-zone`.
   */
  period?: string;

  /** Reporting currency (ISO 4217), e.g. `USD`; default: the one currency the records carry; none: plain numbers. */
  currency?: string;

  /** IANA time zone that dates are bucketed in, e.g. `America/New_York`; default: the browser's zone. */
  timeZone?: string;

  /** What the delta compares with: `previous-period` (default), `same-period-last-year` or `none`. */
  compare?: 'previous-period' | 'same-period-last-year' | 'none';

  /** A target value (decimal text; a fraction for rates, `0.25`); the card then shows progress toward it. */
  target?: string;

  /** Replaces the KPI's name as the card's label. */
  label?: string;

  /** Hides the sparkline (and skips computing its series). */
  noSparkline = false;

  /** Colour scheme: `light`, `dark`, or `auto` (default: follows `prefers-color-scheme`). */
  theme?: 'light' | 'dark' | 'auto';

  /** Notation of the value: `standard`, `compact`, `scientific` or `engineering`; default by unit. */
  notation?: 'standard' | 'compact' | 'scientific' | 'engineering';

  /** Fraction digits of the value, fixed (0–20); default by unit. */
  decimals?: number;

  /** Where the numbers are computed; default: the nearest `<kpi-source>`'s, else the engine on the main thread. */
  computer?: KpiComputer;

  /** The nearest `<kpi-source>`, through Lit context. */
  protected source?: KpiSourceValue;

  protected readonly format = new FormatController(this);
  /** The card's content width, for widgets that draw a chart (`renderChart`). */
  protected readonly resize: ResizeController | undefined;

  private parsedJson: Dataset | KpiLoadError | undefined;
  private plan!: Plan;
  private generation = 0;
  private fetched:
    { key: string; dataset: Dataset; at: number; init: RequestInit; transform?: KpiTransform } | undefined;
  private copy: { source: Dataset; generation: number; dataset: Dataset } | undefined;
  private lastGood: Ready | undefined;
  private announcedView: unknown;
  private announcedError: unknown;
  private renderError: unknown;
  private shownView: KpiView | undefined;
  private announcement = '';
  private ticker: ReturnType<typeof setInterval> | undefined;
  /** Set when a disconnect aborted a load, which then runs again on reconnecting. */
  private interrupted = false;

  private readonly task = new Task(this, {
    task: ([plan], { signal }) => this.load(plan, signal),
    args: () => [this.plan] as const,
    argsEqual: ([a], [b]) =>
      a.key === b.key &&
      a.kpi === b.kpi &&
      a.dataset === b.dataset &&
      a.source?.dataset === b.source?.dataset &&
      a.computer === b.computer &&
      a.transform === b.transform &&
      a.fetchOptions === b.fetchOptions,
    onComplete: (outcome) => {
      if (outcome.kind === 'ready') this.lastGood = outcome;
      else if (outcome.kind === 'empty') this.lastGood = undefined;
    },
  });

  constructor() {
    super();
    new ContextConsumer(this, {
      context: kpiSourceContext,
      subscribe: true,
      callback: (source) => (this.source = source),
    });
    watchLateSources();
    new PollController(this);
    if (this.renderChart) this.resize = new ResizeController(this);
  }

  // ---- Public API ----

  /** Where the widget stands: `loading`, `empty`, `error`, `ready`, or `stale` (a refresh failed; the last value stays). */
  get state(): KpiWidgetState {
    return this.shown().state;
  }

  /** The result the card shows (also while stale); undefined in the other states. */
  get result(): KpiResult | undefined {
    return this.view()?.result;
  }

  /** Records the engine skipped for the result shown (also sent as `kpi-warning`). */
  get warnings(): Warning[] {
    return this.result?.warnings ?? [];
  }

  /** Reloads `src` (or the `<kpi-source>` the widget reads) and recomputes; also after changing `.data` in place. */
  async refresh(): Promise<void> {
    if (this.plan?.mode === 'source' && this.source) {
      await this.source.refresh();
    } else {
      // A new generation is a new key of the fetched records too: `src` is fetched again.
      this.generation++;
      this.requestUpdate();
    }
    await this.updateComplete;
  }

  /** @internal For `refresh-interval`: whether the card fetches its own `src`. */
  get polls(): boolean {
    return this.plan?.mode === 'src';
  }

  /** @internal For `refresh-interval`: whether the last refresh failed. */
  get refreshFailed(): boolean {
    return this.state === 'stale' || this.state === 'error';
  }

  // ---- What a subclass may override ----

  /** The KPI module; default `static kpi`. */
  protected get kpiModule(): KpiModule | undefined {
    return (this.constructor as typeof KpiWidget).kpi;
  }

  /** The KPI's catalogue entry; default `static info`. */
  protected get kpiInfo(): KpiDefinition | undefined {
    return (this.constructor as typeof KpiWidget).info;
  }

  /**
   * Settles when the KPI's module, loaded on demand, has arrived (`<kpi-card>` loads the KPI it shows);
   * until then the widget is loading. Undefined when there is nothing to wait for (the default).
   */
  protected get kpiPending(): Promise<unknown> | undefined {
    return undefined;
  }

  /** Summary forms as lists of property names (see `static summaryForms`). */
  protected summaryForms(): readonly (readonly string[])[] {
    const ctor = this.constructor as typeof KpiWidget;
    return ctor.summaryForms ?? this.kpiModule?.summary?.map((f) => f.inputs) ?? [];
  }

  /** The summary inputs set on the element, by property name; undefined when none is. */
  protected summaryInputs(): Record<string, string | number> | undefined {
    const names = new Set([...this.summaryForms().flat(), 'previous']);
    const inputs: Record<string, string | number> = {};
    for (const name of names) {
      const v = (this as unknown as Record<string, unknown>)[name];
      if (given(v)) inputs[name] = typeof v === 'number' ? v : String(v);
    }
    return Object.keys(inputs).length ? inputs : undefined;
  }

  /** Engine options from the properties of `static engineOptions`. */
  protected engineOptionValues(): Record<string, unknown> {
    const options: Record<string, unknown> = {};
    for (const [prop, option] of Object.entries((this.constructor as typeof KpiWidget).engineOptions)) {
      const v = (this as unknown as Record<string, unknown>)[prop];
      if (given(v) && v !== false) options[option] = v;
    }
    return options;
  }

  /** Months of series of the KPI itself; `no-sparkline` turns it off for widgets whose chart is the sparkline. */
  protected seriesMonths(): number {
    const { seriesMonths, sparkline } = this.constructor as typeof KpiWidget;
    return this.renderChart || (sparkline && !this.noSparkline) ? seriesMonths : 0;
  }

  /** Extra KPIs to compute from the same records, by name (e.g. `{ nrr: { kpi: netRevenueRetention, series: 12 } }`). */
  protected extras(): Record<string, KpiExtraRequest> {
    return {};
  }

  /**
   * A widget's chart from its view, placed below the value (and hidden in a card under 240px): a chart
   * template of `charts/` (which brings its own `[part="chart"]`), or any Lit template; `nothing` for
   * none. Without this hook the card draws the trend line of `static sparkline`, if set.
   */
  protected renderChart?(view: KpiView): TemplateResult | typeof nothing;

  /**
   * Fires `kpi-select` for a bar, step or segment the user activated: pass it as a chart's `onSelect`.
   * The value goes out as decimal text.
   */
  protected select(key: string, value: number | { toString(): string } | null): void {
    this.emit('kpi-select', { key, value: value === null ? null : String(value) });
  }

  /** The card's content width in CSS pixels (0 before the first layout, or without `renderChart`). */
  protected get chartWidth(): number {
    return this.resize?.width ?? 0;
  }

  /** The KPI's display words and detail units; default `static display`. */
  protected get kpiDisplay(): KpiDisplay | undefined {
    return (this.constructor as typeof KpiWidget).display;
  }

  /** How the result's details read in "How is this calculated?" (units by key name where the KPI says nothing). */
  protected detailSpec(): DetailSpec | undefined {
    return this.kpiDisplay?.details;
  }

  /** The label: `label`, else the KPI's name in the current language. */
  protected get displayName(): string {
    const info = this.kpiInfo;
    return this.label || (info ? this.format.kpiName(info) : 'KPI');
  }

  // ---- Lifecycle ----

  override connectedCallback(): void {
    // A widget moved out of a <kpi-source> must not keep its records: the context request made while
    // connecting sets this again when a source is still above it.
    this.source = undefined;
    super.connectedCallback();
    if (this.interrupted) {
      this.interrupted = false;
      this.generation++;
      this.requestUpdate();
    }
    // "Updated 5 minutes ago" keeps its age while fetched data is on the card.
    this.ticker = setInterval(() => {
      if (this.view()?.updatedAt !== undefined) this.requestUpdate();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
    this.ticker = undefined;
    // A card taken off the page stops its fetch; put back, it loads again.
    if (this.task.status === TaskStatus.PENDING) {
      this.interrupted = true;
      this.task.abort(DISCONNECTED);
    }
  }

  /**
   * Every update waits for a task of its own, so a dashboard whose widgets all update at once (the page
   * loads, a source delivers, the language changes) never renders and computes them in one long task:
   * the browser paints and answers input between widgets.
   */
  protected override async scheduleUpdate(): Promise<void> {
    await nextTask();
    super.scheduleUpdate();
  }

  /** Resolves once the data is loaded, computed and rendered (also after an error), so there is one ready promise. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    // The task ends with a requestUpdate, a <kpi-source> load ends with a new context value, and a
    // kpi-load listener may change inputs again: wait until all is quiet.
    for (let i = 0; i < 20; i++) {
      const waiting = this.task.status === TaskStatus.COMPLETE && this.task.value?.kind === 'waiting';
      if (!(this.task.status === TaskStatus.PENDING || this.isUpdatePending || waiting)) break;
      if (waiting) await (this.plan?.pending ?? this.source?.settled);
      else {
        try {
          await this.task.taskComplete;
        } catch {
          // Shown as the error (or stale) state.
        }
      }
      settled = await super.getUpdateComplete();
    }
    return settled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('dataJson')) this.parsedJson = parseDataAttribute(this.dataJson);
    this.plan = this.makePlan();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.state;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
    // Events follow the render, so a listener sees the card it is told about; each outcome is told once.
    const view = this.view();
    if (view && view !== this.announcedView) {
      this.announcedView = view;
      if (view.result.warnings.length) this.emit('kpi-warning', { warnings: view.result.warnings });
      this.emit('kpi-load', {
        result: view.result,
        ...(view.series ? { series: view.series } : {}),
        ...(Object.keys(view.extras).length ? { extras: view.extras } : {}),
      });
    }
    const error = this.renderError ?? (this.task.status === TaskStatus.ERROR ? this.task.error : undefined);
    // A <kpi-source> tells its own failures once; its widgets show them without repeating the event.
    if (
      error !== undefined &&
      error !== DISCONNECTED &&
      error !== this.announcedError &&
      error !== this.plan.source?.error
    ) {
      this.announcedError = error;
      this.emit('kpi-error', errorDetail(error, this.attributeOfError(error)));
    }
  }

  // ---- Planning and loading ----

  private makePlan(): Plan {
    const source = this.source;
    const plan: Plan = {
      mode: 'empty',
      options: {},
      series: 0,
      extras: {},
      computer: this.computer ?? source?.computer ?? inThreadComputer,
      fetchOptions: this.fetchOptions ?? DEFAULT_FETCH_OPTIONS,
      timeout: DEFAULT_TIMEOUT_SECONDS,
      generation: this.generation,
      key: '',
      transform: this.transform,
    };
    const pending = this.kpiPending;
    if (pending) {
      plan.mode = 'pending';
      plan.pending = pending;
    } else {
      try {
        this.planInputs(plan, source);
      } catch (e) {
        plan.error = e;
      }
    }
    plan.key = JSON.stringify([
      plan.mode,
      plan.kpi?.id,
      plan.summary,
      plan.options,
      plan.src,
      plan.srcKind,
      plan.timeout,
      plan.series,
      Object.entries(plan.extras).map(([name, x]) => [name, x.kpi.id, x.series, x.options]),
      plan.source && [plan.source.state, plan.source.updatedAt],
      plan.generation,
      plan.error === undefined ? undefined : messageOf(plan.error),
    ]);
    return plan;
  }

  /** Fills in the plan from the element's attributes and properties (throws what is wrong with them). */
  private planInputs(plan: Plan, source: KpiSourceValue | undefined): void {
    const kpi = this.kpiModule;
    if (!kpi || !this.kpiInfo) throw this.missingKpi();
    plan.kpi = kpi;
    const timeZone = resolveTimeZone(this.timeZone || source?.timeZone || localTimeZone());
    const currency = (this.currency || source?.currency || '').trim().toUpperCase();
    if (currency && !/^[A-Z]{3}$/.test(currency)) {
      throw invalidAttribute(
        'currency',
        `The currency attribute "${this.currency ?? currency}" is not an ISO 4217 code such as "USD".`,
      );
    }
    const compare = this.compare || 'previous-period';
    checkChoice('compare', compare, COMPARE);
    if (this.notation !== undefined && this.notation !== null) checkChoice('notation', this.notation, NOTATIONS);
    const d = this.decimals;
    if (d !== undefined && d !== null && !(Number.isInteger(d) && d >= 0 && d <= 20)) {
      throw invalidAttribute('decimals', 'The decimals attribute must be a whole number from 0 to 20.');
    }
    const periodText = this.period || source?.period;

    const summary = this.summaryInputs();
    const forms = this.summaryForms();
    const complete = forms.filter((form) => form.every((n) => given(summary?.[n])));
    const dataset = this.data ?? this.parsedJson;
    if (summary && complete.length) {
      plan.mode = 'summary';
      // `previous` is the delta's baseline, unless a form takes it as an input (growth compares already).
      const { previous: _, ...current } = summary;
      plan.summary = compare !== 'none' || complete.some((form) => form.includes('previous')) ? summary : current;
    } else if (dataset instanceof KpiLoadError) {
      throw dataset;
    } else if (dataset) {
      plan.mode = 'data';
      plan.dataset = dataset;
    } else if (this.src) {
      plan.mode = 'src';
      plan.src = this.src;
      if (this.srcKind) plan.srcKind = this.srcKind;
      plan.timeout = checkTimeout(this.timeout);
    } else if (this.incomplete(summary)) {
      const names = forms.map((f) => f.map((n) => this.attributeOf(n) ?? n).join(' + ')).join(', or ');
      const first = Object.keys(summary!).find((n) => n !== 'previous');
      const message = names
        ? `Incomplete summary attributes: set ${names}.`
        : `${this.kpiInfo.names.en} takes no summary numbers: give it records (data, src or a <kpi-source>).`;
      throw new KpiLoadError('incomplete-summary', message, {
        ...(first ? { attribute: this.summaryAttribute(first).attribute } : {}),
      });
    } else if (source) {
      plan.mode = 'source';
      plan.source = source;
    } else return;

    const records = plan.mode !== 'summary';
    // Summary numbers belong to no particular month unless the page says so: no default period.
    const period = records || given(periodText) ? resolvePeriodAttribute(periodText, timeZone, clock.now()) : undefined;
    if (period) plan.period = resolvePeriod(period);
    plan.options = {
      timeZone,
      ...(currency ? { currency } : {}),
      ...(given(this.target) ? { target: this.target } : {}),
      ...this.engineOptionValues(),
      ...(period ? { period } : {}),
      ...(records ? { compare: compare as ComputeOptions['compare'] } : {}),
    };
    if (records) {
      plan.series = this.seriesMonths();
      plan.extras = this.extras();
    }
  }

  /** Summary attributes that cannot be used: some are set, no form is complete, and they are not options. */
  private incomplete(summary: Record<string, string | number> | undefined): boolean {
    if (!summary) return false;
    const options = (this.constructor as typeof KpiWidget).engineOptions;
    return Object.keys(summary).some((n) => n !== 'previous' && !(n in options));
  }

  /** The error of a widget without a KPI; `<kpi-card>` names its `kpi` attribute. */
  protected missingKpi(): Error {
    return new KpiLoadError('missing-kpi', 'This element has no KPI.');
  }

  /** The attribute of a property, as Lit declares it. */
  protected attributeOf(property: string): string | undefined {
    const decl = (this.constructor as typeof KpiWidget).elementProperties.get(property);
    if (!decl || decl.attribute === false) return undefined;
    return typeof decl.attribute === 'string' ? decl.attribute : property.toLowerCase();
  }

  private attributeOfError(error: unknown): string | undefined {
    const direct = attributeOf(error);
    if (direct) return direct;
    if (error instanceof InvalidOptionError) {
      const options = (this.constructor as typeof KpiWidget).engineOptions;
      const property = Object.keys(options).find((p) => options[p] === error.option) ?? error.option;
      return this.attributeOf(property);
    }
    return undefined;
  }

  private async load(plan: Plan, signal: AbortSignal): Promise<Outcome> {
    if (plan.error !== undefined) throw plan.error;
    const { computer, options } = plan;
    const kpi = plan.kpi!;
    if (plan.mode === 'empty') return { kind: 'empty' };
    if (plan.mode === 'pending') return { kind: 'waiting' };
    if (plan.mode === 'summary') {
      try {
        const result = await computer.computeSummary(kpi, plan.summary!, options);
        return { kind: 'ready', result, extras: {}, summary: true };
      } catch (e) {
        // Names the attribute the page wrote, not the engine's camelCase input.
        throw e instanceof InvalidOptionError && e.option in plan.summary!
          ? this.optionError(e, this.summaryAttribute(e.option))
          : e;
      }
    }

    let dataset: Dataset;
    let updatedAt: number | undefined;
    let stale: unknown;
    let srcKey: string | undefined;
    if (plan.mode === 'source') {
      const source = plan.source!;
      if (source.state === 'loading') return { kind: 'waiting' };
      if (source.state === 'error') throw source.error;
      if (!source.dataset) return { kind: 'empty' };
      dataset = source.dataset;
      updatedAt = source.updatedAt;
      if (source.state === 'stale') stale = source.error;
    } else if (plan.mode === 'src') {
      srcKey = `${plan.src}\n${plan.srcKind ?? ''}`;
      ({ dataset, at: updatedAt } = await this.fetchOwn(plan, signal));
    } else {
      dataset = plan.dataset!;
      if (plan.generation > 0) {
        // The engine indexes a dataset object once; a refresh after in-place edits needs a new object.
        if (this.copy?.source !== dataset || this.copy.generation !== plan.generation) {
          this.copy = { source: dataset, generation: plan.generation, dataset: { ...dataset } };
        }
        dataset = this.copy.dataset;
      }
    }

    try {
      /** One KPI's result, and its series of `months` months ending with the period's last month. */
      const run = async (k: KpiModule, o: ComputeOptions, months: number): Promise<KpiExtraResult> => {
        const result = await computer.compute(k, dataset, o);
        if (months <= 0 || !result.period) return { result };
        const { period: _, compare: __, target: ___, ...rest } = o;
        const seriesOptions: SeriesOptions = { ...rest, ...trailingMonths(result.period.end, months), compare: 'none' };
        return { result, series: await computer.computeSeries(k, dataset, seriesOptions) };
      };
      const opts = options as ComputeOptions;
      const own = await run(kpi, opts, plan.series);
      const extras: Record<string, KpiExtraResult> = {};
      for (const [name, x] of Object.entries(plan.extras)) {
        extras[name] = await run(x.kpi, { ...opts, ...x.options }, x.series ?? 0);
      }
      signal.throwIfAborted();
      return {
        kind: 'ready',
        ...own,
        extras,
        summary: false,
        dataset,
        updatedAt,
        srcKey,
        stale,
      };
    } catch (e) {
      const attribute = e instanceof InvalidOptionError && this.attributeOfError(e);
      throw attribute
        ? this.optionError(e as InvalidOptionError, { attribute, label: `The ${attribute} attribute` })
        : e;
    }
  }

  /** An engine option error reworded for the attribute that holds the option ("The won attribute must be ..."). */
  private optionError(e: InvalidOptionError, { attribute, label }: { attribute: string; label: string }): KpiLoadError {
    return invalidAttribute(attribute, `${label} ${e.message.replace(/^Invalid option "[^"]*": /, '')}`);
  }

  /** Which attribute holds a summary input, and how an error message names it ("The won attribute"). */
  protected summaryAttribute(input: string): { attribute: string; label: string } {
    const attribute = this.attributeOf(input) ?? input;
    return { attribute, label: `The ${attribute} attribute` };
  }

  private async fetchOwn(plan: Plan, signal: AbortSignal): Promise<{ dataset: Dataset; at: number }> {
    const key = `${plan.src}\n${plan.srcKind ?? ''}\n${plan.generation}`;
    const f = this.fetched;
    if (f && f.key === key && f.init === plan.fetchOptions && f.transform === plan.transform) return f;
    const dataset = await fetchDataset(
      plan.src!,
      plan.srcKind,
      plan.fetchOptions,
      signal,
      plan.transform,
      plan.timeout,
    );
    this.fetched = {
      key,
      dataset,
      at: clock.now(),
      init: plan.fetchOptions,
      transform: plan.transform,
    };
    return this.fetched;
  }

  /** The last good view, when a refresh of the same `src` failed: the card stays, marked stale. */
  private staleView(): Ready | undefined {
    const error = this.task.error;
    const good = this.lastGood;
    if (!good || !(error instanceof KpiLoadError) || !error.fetch || this.plan?.mode !== 'src') return undefined;
    return good.srcKey === `${this.plan.src}\n${this.plan.srcKind ?? ''}` ? good : undefined;
  }

  /** What the card shows now: its state, and in `ready` and `stale` the view. */
  private shown(): { state: KpiWidgetState; view?: Ready } {
    const { status, value } = this.task;
    if (status === TaskStatus.ERROR) {
      const view = this.staleView();
      return view ? { state: 'stale', view } : { state: 'error' };
    }
    const complete = status === TaskStatus.COMPLETE;
    // While a new outcome is on its way the last good one stays, unless nothing is left to show.
    const outcome = complete ? value : this.plan?.mode === 'empty' ? undefined : this.lastGood;
    if (!outcome) return { state: this.plan && this.plan.mode !== 'empty' ? 'loading' : 'empty' };
    if (outcome.kind === 'waiting') return { state: 'loading' };
    if (
      outcome.kind === 'empty' ||
      (complete && outcome.result.value === null && outcome.result.reason === 'no-data')
    ) {
      return { state: 'empty' };
    }
    return { state: outcome.stale !== undefined ? 'stale' : 'ready', view: outcome };
  }

  /** The view the card shows now, if any. */
  private view(): Ready | undefined {
    return this.shown().view;
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const t = this.format.t;
    let state = this.state;
    const busy = this.task.status === TaskStatus.PENDING || state === 'loading';
    const view = this.view();
    this.renderError = undefined;
    let body: unknown = nothing;
    if (view) {
      try {
        body = this.renderBody(view);
        if (view !== this.shownView) {
          // A polite live region tells a screen reader about a value that changed while it was on the page.
          if (this.shownView) this.announcement = this.sentence(view.result);
          this.shownView = view;
        }
      } catch (e) {
        this.renderError = e;
        state = 'error';
      }
    }
    if (state === 'loading') body = this.renderSkeleton();
    else if (state === 'empty') {
      body = html`<slot name="empty"><p part="empty" class="status">${t.noData}</p></slot>`;
    } else if (state === 'error') body = this.renderFailure(this.renderError ?? this.task.error);
    const period = view?.result.period ?? this.plan?.period;
    const warnings = view?.result.warnings ?? [];
    const updatedAt = view?.updatedAt;
    const age = updatedAt !== undefined ? this.format.age(clock.now() - updatedAt) : undefined;
    const staleError = this.task.status === TaskStatus.ERROR ? this.task.error : view?.stale;
    return html`<div
      part="base"
      class="card ${state}"
      role="group"
      aria-labelledby="label"
      aria-busy=${busy ? 'true' : 'false'}
    >
      <div class="header">
        <span part="label" class="label" id="label">${this.displayName}</span>
        ${period ? html`<span class="period">${this.format.period(period)}</span>` : nothing}
      </div>
      ${body}
      ${
        state === 'stale'
          ? html`<p part="stale" class="stale-note" title=${messageOf(staleError)}>${t.stale(age)}</p>`
          : nothing
      }
      ${
        (age && state === 'ready') || warnings.length
          ? html`<p class="footer">
              ${age && state === 'ready' ? html`<span class="updated">${t.updated(age)}</span>` : nothing}
              ${
                warnings.length
                  ? html`<span
                      class="warnings"
                      title=${warnings
                        .slice(0, 20)
                        .map((w) => w.message)
                        .join('\n')}
                      >${t.skipped(warnings.length)}</span
                    >`
                  : nothing
              }
            </p>`
          : nothing
      }
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  /** The card's content once loaded: value, delta, target, chart (or sparkline) and the explanation. */
  protected renderBody(view: KpiView): TemplateResult {
    return html`${this.renderValue(view.result)} ${this.renderDelta(view.result)} ${this.renderTarget(view.result)}
    ${this.renderChartBox(view)} ${this.renderExplain(view)}`;
  }

  /** The value, with an accessible name that reads as a sentence; "—" and the reason in words when it is null. */
  protected renderValue(result: KpiResult): TemplateResult {
    const f = this.format;
    const missing = result.value === null;
    return html`<p
        part="value"
        class="value ${missing ? 'missing' : ''}"
        role="img"
        aria-label=${this.sentence(result)}
      >
        ${missing ? '—' : f.value(result, this.valueFormat())}
      </p>
      ${missing ? html`<p class="reason">${f.reason(result.reason, result.id, this.kpiDisplay)}</p>` : nothing}`;
  }

  /**
   * The change against the compared period: an arrow, the signed change (percentage points for rates),
   * the amount, and the period in words; coloured by polarity, never by colour alone. "No comparison"
   * when the baseline is zero, negative or missing.
   */
  protected renderDelta(result: KpiResult): TemplateResult | typeof nothing {
    const c = this.format.comparison(result);
    if (!c) return nothing;
    const arrow = ARROWS[c.direction];
    return html`<p part="delta" class="delta ${c.tone}">
      ${arrow ? html`<span class="arrow" aria-hidden="true">${arrow}</span>` : nothing} ${c.text}
    </p>`;
  }

  /** Progress toward `target`: "91.3% of $80,000 target"; for lower-is-better KPIs, how far under or over. */
  protected renderTarget(result: KpiResult): TemplateResult | typeof nothing {
    const target = result.target;
    if (!target || result.value === null) return nothing;
    const f = this.format;
    const unit = detailUnitOf(result);
    const goal = f.detail(target.value, unit, result.currency);
    if (result.polarity === 'lower-is-better' && target.remaining !== null) {
      const under = !target.remaining.isNegative();
      const amount =
        result.unit === 'percent'
          ? f.points(target.remaining, false, false)
          : f.detail(target.remaining.abs(), unit, result.currency);
      return html`<p part="target" class="target ${under ? 'positive' : 'negative'}">
        ${under ? f.t.targetUnder(amount, goal) : f.t.targetOver(amount, goal)}
      </p>`;
    }
    if (target.progress === null) return nothing;
    return html`<p part="target" class="target">${f.t.targetOf(f.percent(target.progress), goal)}</p>`;
  }

  private renderChartBox(view: KpiView): TemplateResult | typeof nothing {
    if (this.renderChart) {
      const chart = this.renderChart(view);
      return chart === nothing ? nothing : html`<div class="chart-box">${chart}</div>`;
    }
    const trend = (this.constructor as typeof KpiWidget).sparkline;
    return view.series && trend && !this.noSparkline ? trend(view.series, this.format) : nothing;
  }

  /** "How is this calculated?": the formula in words, the quotient with its real inputs, and every detail by unit. */
  protected renderExplain(view: KpiView): TemplateResult | typeof nothing {
    const info = this.kpiInfo;
    if (!info) return nothing;
    const f = this.format;
    const { details, currency } = view.result;
    const spec = this.detailSpec();
    const side = (v: NonNullable<KpiResult['value']>, s: QuotientSide) =>
      s.unit === 'count' && s.noun ? f.quantity(v, f.noun(s.noun, this.kpiDisplay)) : f.detail(v, s.unit, currency);
    const q = spec?.quotient;
    const equation =
      q && details?.numerator && details.denominator
        ? f.t.divide(side(details.numerator, q.numerator), side(details.denominator, q.denominator))
        : undefined;
    const hidden = new Set(['numerator', 'denominator', ...(spec?.hide ?? [])]);
    const rows = Object.entries(details ?? {}).filter(([key]) => !hidden.has(key));
    return html`<details part="explain" class="explain">
      <summary>${f.t.howCalculated}</summary>
      <p class="formula">${f.formula(info, this.kpiDisplay)}</p>
      ${equation ? html`<p class="equation">${equation}</p>` : nothing}
      ${
        rows.length
          ? html`<dl class="details">
              ${rows.map(
                ([key, value]) =>
                  html`<div>
                    <dt>${f.detailLabel(key, this.kpiDisplay)}</dt>
                    <dd>${value === null ? '—' : f.detail(value, detailUnit(key, spec), currency)}</dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
    </details>`;
  }

  /** A placeholder the size of the loaded card (value, delta, chart and disclosure lines), so nothing shifts. */
  protected renderSkeleton(): TemplateResult {
    const chart = this.renderChart
      ? html`<div class="chart-box chart-bone bone-block" aria-hidden="true"></div>`
      : this.plan?.series
        ? html`<div class="chart-box sparkline-box" aria-hidden="true">
            <div class="sparkline-bone bone-block"></div>
          </div>`
        : nothing;
    return html`<p class="value bone" aria-hidden="true"><span>$0,000.00</span></p>
      <p class="delta bone" aria-hidden="true"><span>+00% (+$000) vs month</span></p>
      ${chart}
      <p class="explain bone" aria-hidden="true"><span>${this.format.t.howCalculated}</span></p>
      ${
        this.plan?.mode === 'src' || (this.plan?.mode === 'source' && this.plan.source?.fetched)
          ? html`<p class="footer bone" aria-hidden="true">
              <span>${this.format.t.updated(this.format.t.justNow)}</span>
            </p>`
          : nothing
      }
      <p class="visually-hidden">${this.format.t.loading}</p>`;
  }

  private renderFailure(error: unknown): TemplateResult {
    return html`<slot name="error">
      <div part="error" class="error" role="alert">
        <p class="error-title">${this.format.t.loadError}</p>
        <p class="error-message">${messageOf(error)}</p>
      </div>
    </slot>`;
  }

  /** The value as one sentence: "Customer acquisition cost, $458.33, down 8% versus April, lower is better". */
  protected sentence(result: KpiResult): string {
    const f = this.format;
    const name = this.displayName;
    if (result.value === null) return f.t.missingSentence(name, f.reason(result.reason, result.id, this.kpiDisplay));
    const c = f.comparison(result);
    return f.t.sentence({
      name,
      value: f.value(result, this.valueFormat()),
      change: c?.spoken,
      against: c?.against,
      noComparison: c?.direction === 'none',
      polarity: result.polarity,
    });
  }

  /** The `notation` and `decimals` the page set for the value. */
  protected valueFormat(): ValueFormat {
    return { notation: this.notation, decimals: this.decimals ?? undefined };
  }
}
