import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { KpiModule } from '../../engine/context.js';
import { DATASET_KINDS, parseCsv } from '../../engine/csv.js';
import { InvalidOptionError, KpiError } from '../../engine/errors.js';
import { addDays, addMonths, formatCivil, parseLocalDate } from '../../engine/period.js';
import type {
  ComputeOptions,
  Dataset,
  DatasetKind,
  KpiDefinition,
  KpiResult,
  PeriodInput,
  SeriesOptions,
  Warning,
} from '../../engine/types.js';
import { FormatController, periodGrain } from '../controllers/format-controller.js';
import { inThreadComputer, type KpiComputer } from './computer.js';
import { KpiElement } from './kpi-element.js';

/** Detail of `kpi-load`: the computed result, and the monthly series when the widget draws one. */
export interface KpiLoadDetail {
  result: KpiResult;
  series?: KpiResult[];
}
/** Detail of `kpi-error`: what went wrong (never thrown into the page). */
export interface KpiErrorDetail {
  error: unknown;
  message: string;
}
/** Detail of `kpi-warning`: records the engine skipped, with their ids. */
export interface KpiWarningDetail {
  warnings: Warning[];
}
export type KpiLoadEvent = CustomEvent<KpiLoadDetail>;
export type KpiErrorEvent = CustomEvent<KpiErrorDetail>;
export type KpiWarningEvent = CustomEvent<KpiWarningDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-load': KpiLoadEvent;
    'kpi-error': KpiErrorEvent;
    'kpi-warning': KpiWarningEvent;
  }
}

/** What a widget renders once loaded. */
export interface KpiView {
  result: KpiResult;
  /** Monthly results ending with the period's last month, when the widget asked for a series. */
  series?: KpiResult[];
  /** True when the result comes from summary attributes rather than records. */
  summary: boolean;
}

/** The state a widget is in; also what it shows. */
export type KpiWidgetState = 'loading' | 'empty' | 'error' | 'ready' | 'stale';

type Outcome = { kind: 'empty' } | ({ kind: 'ready' } & KpiView);

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const given = (v: unknown) => v !== undefined && v !== null && v !== '';
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The browser's time zone. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The calendar month of now in `timeZone`, 'YYYY-MM'; the browser's month when the zone is invalid. */
function currentMonth(timeZone: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(new Date());
  } catch {
    // The engine reports the invalid zone with its own typed error.
    parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit' }).formatToParts(new Date());
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}`;
}

/** The `months` months ending with the month that holds the period's last day, as from/to. */
function trailingMonths(periodEnd: string, months: number): { from: string; to: string } {
  const last = addDays(parseLocalDate(periodEnd)!, -1);
  const to = { year: last.year, month: last.month, day: 1 };
  return { from: formatCivil(addMonths(to, 1 - months)).slice(0, 7), to: formatCivil(to).slice(0, 7) };
}

/** Reads a fetched body as a Dataset: JSON (a Dataset, or an array of `kind` records) or CSV of `kind`. */
function readBody(text: string, src: string, contentType: string, kind: DatasetKind | undefined): Dataset {
  const path = src.split(/[?#]/)[0] ?? '';
  const csv = /\bcsv\b/i.test(contentType) || (!/json/i.test(contentType) && /\.csv$/i.test(path));
  if (kind !== undefined && !DATASET_KINDS.includes(kind)) {
    throw new KpiError('invalid-src-kind', `src-kind "${kind}" is not one of ${DATASET_KINDS.join(', ')}.`);
  }
  if (csv) {
    if (!kind)
      throw new KpiError(
        'missing-src-kind',
        `${src} is CSV: set src-kind to its record kind, e.g. src-kind="subscriptions".`,
      );
    return { [kind]: parseCsv(text, kind) } as Dataset;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new KpiError('invalid-json', `${src} is not valid JSON (${messageOf(e)}).`);
  }
  if (Array.isArray(json)) {
    if (!kind) throw new KpiError('missing-src-kind', `${src} holds an array: set src-kind to its record kind.`);
    return { [kind]: json } as Dataset;
  }
  return json as Dataset;
}

/**
 * The data plumbing every KPI widget shares: inputs from summary attributes, a `.data` Dataset, a
 * `data` JSON attribute or a `src` URL; one @lit/task that loads (with abort) and computes through a
 * {@link KpiComputer}; the loading, empty, error, ready and stale states; events; locale. A widget
 * declares its KPI module, its catalogue entry and summary forms, and renders a loaded result.
 */
export abstract class KpiWidget extends KpiElement {
  /** The records to compute from (a Dataset: `{ subscriptions: [...], ... }`). Assign a new object to recompute, or call `refresh()`. */
  @property({ attribute: false }) data?: Dataset;

  /** The same Dataset as JSON text in the `data` attribute (used when the `.data` property is not set). */
  @property({ attribute: 'data' }) dataJson?: string;

  /** URL of a JSON Dataset, or of CSV records of one kind (see `src-kind`). */
  @property() src?: string;

  /** The record kind of a CSV (or JSON array) `src`, e.g. `subscriptions`. */
  @property({ attribute: 'src-kind' }) srcKind?: DatasetKind;

  /** Month `2025-12`, quarter `2025-Q4` or year `2025`; default: the current month in `time-zone`. */
  @property() period?: PeriodInput;

  /** Reporting currency (ISO 4217), e.g. `USD`; default: the one currency the records carry. */
  @property() currency?: string;

  /** IANA time zone that dates are bucketed in, e.g. `America/New_York`; default: the browser's zone. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** What the delta compares with: `previous-period`, `same-period-last-year` or `none`. */
  @property() compare: 'previous-period' | 'same-period-last-year' | 'none' = 'previous-period';

  /** A target value (decimal text); the card then shows progress toward it. */
  @property() target?: string;

  /** Colour scheme: `light` or `dark`; default: follows the page's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Where the numbers are computed; the default runs the engine on the main thread. */
  @property({ attribute: false }) computer: KpiComputer = inThreadComputer;

  /** The KPI this widget computes. */
  protected abstract readonly kpi: KpiModule;
  /** Its names and unit, from the catalogue. */
  protected abstract readonly info: KpiDefinition;
  /** Summary forms as lists of property names; a form is used when all of its properties are set. */
  protected readonly summaryForms: readonly (readonly string[])[] = [];

  /** Renders a loaded result inside the card, below the label. */
  protected abstract renderResult(view: KpiView): TemplateResult;

  /** How many months of series to compute for a chart (0: none). */
  protected seriesMonths(): number {
    return 0;
  }

  protected readonly format = new FormatController(this);

  private parsedJson: Dataset | KpiError | undefined;
  private generation = 0;
  private fetched: { key: string; dataset: Dataset } | undefined;
  private copy: { source: Dataset; generation: number; dataset: Dataset } | undefined;
  private lastGood: (KpiView & { kind: 'ready' }) | undefined;
  private announced: unknown;
  private renderError: unknown;

  private readonly task = new Task(this, {
    task: (args, { signal }) => this.load(args, signal),
    args: () =>
      [
        this.computer,
        this.kpi,
        this.summaryInputs(),
        this.data,
        this.parsedJson,
        this.src,
        this.srcKind,
        this.period,
        this.currency,
        this.timeZone || localTimeZone(),
        this.compare,
        this.target,
        this.seriesMonths(),
        this.generation,
      ] as const,
    onComplete: (outcome) => {
      this.lastGood = outcome.kind === 'ready' ? outcome : undefined;
    },
  });

  /** Where the widget stands: `loading`, `empty`, `error`, `ready`, or `stale` (a reload failed; the last good value stays). */
  get state(): KpiWidgetState {
    switch (this.task.status) {
      case TaskStatus.INITIAL:
      case TaskStatus.PENDING:
        return this.lastGood ? 'ready' : this.hasInput() ? 'loading' : 'empty';
      case TaskStatus.ERROR:
        return this.lastGood ? 'stale' : 'error';
      default: {
        const outcome = this.task.value;
        if (!outcome || outcome.kind === 'empty') return 'empty';
        return outcome.result.value === null && outcome.result.reason === 'no-data' ? 'empty' : 'ready';
      }
    }
  }

  /** Reloads `src` and recomputes; use after changing the records of `.data` in place. */
  async refresh(): Promise<void> {
    this.generation++;
    this.fetched = undefined;
    this.requestUpdate();
    await this.updateComplete;
  }

  /** Resolves once the data is loaded, computed and rendered (also after an error), so there is one ready promise. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    // The task ends with a requestUpdate; a kpi-load listener may change inputs again. Wait until quiet.
    for (let i = 0; i < 10 && (this.task.status === TaskStatus.PENDING || this.isUpdatePending); i++) {
      try {
        await this.task.taskComplete;
      } catch {
        // Shown as the error (or stale) state.
      }
      settled = await super.getUpdateComplete();
    }
    return settled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('dataJson')) this.parsedJson = this.parseDataJson(this.dataJson);
  }

  private parseDataJson(text: string | undefined): Dataset | KpiError | undefined {
    if (text === undefined || text === null || text.trim() === '') return undefined;
    try {
      return JSON.parse(text) as Dataset;
    } catch (e) {
      return new KpiError('invalid-data-attribute', `The data attribute is not valid JSON (${messageOf(e)}).`);
    }
  }

  /** The summary inputs set on the element, camelCase, as JSON text (a stable task argument). */
  private summaryInputs(): string | undefined {
    const names = [...new Set([...this.summaryForms.flat(), 'previous'])].filter((n) => n in this);
    const inputs: Record<string, unknown> = {};
    for (const name of names) {
      const v = (this as unknown as Record<string, unknown>)[name];
      if (given(v)) inputs[name] = typeof v === 'number' ? v : String(v);
    }
    return Object.keys(inputs).length ? JSON.stringify(inputs) : undefined;
  }

  private hasInput(): boolean {
    return !!(this.summaryInputs() || this.data || this.parsedJson || this.src);
  }

  private async load(
    [
      computer,
      kpi,
      summaryJson,
      data,
      parsedJson,
      src,
      srcKind,
      period,
      currency,
      timeZone,
      compare,
      target,
      months,
      generation,
    ]: readonly [
      KpiComputer,
      KpiModule,
      string | undefined,
      Dataset | undefined,
      Dataset | KpiError | undefined,
      string | undefined,
      DatasetKind | undefined,
      PeriodInput | undefined,
      string | undefined,
      string,
      string,
      string | undefined,
      number,
      number,
    ],
    signal: AbortSignal,
  ): Promise<Outcome> {
    const common = { timeZone, ...(currency ? { currency } : {}) };
    const options: ComputeOptions = {
      ...common,
      period: period || currentMonth(timeZone),
      compare: compare as ComputeOptions['compare'],
      ...(given(target) ? { target: target! } : {}),
    };

    // Summary attributes win when one form is complete.
    const inputs = summaryJson ? (JSON.parse(summaryJson) as Record<string, string | number>) : undefined;
    if (inputs && this.summaryForms.some((form) => form.every((n) => given(inputs[n])))) {
      // Summary numbers belong to no particular month unless the page says so: no default period.
      const { previous, ...current } = inputs;
      const summaryInputs = compare === 'none' || previous === undefined ? current : inputs;
      const summaryOptions: Partial<ComputeOptions> = {
        ...common,
        ...(given(period) ? { period: period! } : {}),
        ...(given(target) ? { target: target! } : {}),
      };
      try {
        const result = await computer.computeSummary(kpi, summaryInputs, summaryOptions);
        return { kind: 'ready', result, summary: true };
      } catch (e) {
        // Name the attribute the page wrote, not the engine's camelCase input.
        if (e instanceof InvalidOptionError && e.option in inputs) {
          throw new KpiError(
            'invalid-attribute',
            `The ${kebab(e.option)} attribute ${JSON.stringify(inputs[e.option])} is not a decimal number.`,
          );
        }
        throw e;
      }
    }

    let dataset: Dataset;
    if (data) dataset = data;
    else if (parsedJson instanceof KpiError) throw parsedJson;
    else if (parsedJson) dataset = parsedJson;
    else if (src) dataset = await this.fetchDataset(src, srcKind, generation, signal);
    else if (inputs) {
      const forms = this.summaryForms.map((f) => f.map(kebab).join(' + ')).join(', or ');
      throw new KpiError('incomplete-summary', `Incomplete summary attributes: set ${forms}.`);
    } else return { kind: 'empty' };

    if (generation > 0 && dataset !== this.fetched?.dataset) {
      // The engine indexes a dataset object once; a refresh after in-place edits needs a new object.
      if (this.copy?.source !== dataset || this.copy.generation !== generation) {
        this.copy = { source: dataset, generation, dataset: { ...dataset } };
      }
      dataset = this.copy.dataset;
    }

    const result = await computer.compute(kpi, dataset, options);
    let series: KpiResult[] | undefined;
    if (months > 0 && result.period) {
      const { from, to } = trailingMonths(result.period.end, months);
      const seriesOptions: SeriesOptions = { ...common, from, to, compare: 'none' };
      series = await computer.computeSeries(kpi, dataset, seriesOptions);
    }
    signal.throwIfAborted();
    return { kind: 'ready', result, ...(series ? { series } : {}), summary: false };
  }

  private async fetchDataset(
    src: string,
    kind: DatasetKind | undefined,
    generation: number,
    signal: AbortSignal,
  ): Promise<Dataset> {
    const key = `${src}\n${kind ?? ''}\n${generation}`;
    if (this.fetched?.key === key) return this.fetched.dataset;
    const response = await fetch(src, { signal });
    if (!response.ok) {
      throw new KpiError(
        'http-error',
        `${src} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      );
    }
    const text = await response.text();
    const dataset = readBody(text, src, response.headers.get('content-type') ?? '', kind);
    this.fetched = { key, dataset };
    return dataset;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Events follow the render, so a listener sees the card it is told about; each outcome is told once.
    const status = this.task.status;
    if (status === TaskStatus.COMPLETE && this.task.value !== this.announced) {
      const outcome = this.task.value!;
      this.announced = outcome;
      if (outcome.kind === 'ready') {
        if (outcome.result.warnings.length) this.emit('kpi-warning', { warnings: outcome.result.warnings });
        this.emit('kpi-load', { result: outcome.result, ...(outcome.series ? { series: outcome.series } : {}) });
      }
    } else if (status === TaskStatus.ERROR && this.task.error !== this.announced) {
      this.announced = this.task.error;
      this.emit('kpi-error', { error: this.task.error, message: messageOf(this.task.error) });
    }
    if (this.renderError !== undefined && this.renderError !== this.announced) {
      this.announced = this.renderError;
      this.emit('kpi-error', { error: this.renderError, message: messageOf(this.renderError) });
    }
  }

  protected override render(): TemplateResult {
    const t = this.format.t;
    const state = this.state;
    const busy = this.task.status === TaskStatus.PENDING;
    const view =
      state === 'stale' || (state === 'ready' && busy)
        ? this.lastGood
        : state === 'ready' && this.task.value?.kind === 'ready'
          ? this.task.value
          : undefined;
    this.renderError = undefined;
    let body: TemplateResult | typeof nothing = nothing;
    if (view) {
      try {
        body = this.renderResult(view);
      } catch (e) {
        this.renderError = e;
      }
    }
    if (this.renderError !== undefined)
      return this.renderCard('error', false, undefined, this.renderFailure(this.renderError));
    if (state === 'loading') {
      body = html`<div class="skeleton" aria-hidden="true"></div>
        <p class="status" role="status">${t.loading}</p>`;
    } else if (state === 'empty') {
      body = html`<p part="empty" class="status" role="status">${t.noData}</p>`;
    } else if (state === 'error') {
      body = this.renderFailure(this.task.error);
    } else if (state === 'stale') {
      body = html`${body}
        <p part="stale" class="stale-note" role="status" title=${messageOf(this.task.error)}>${t.stale}</p>`;
    }
    return this.renderCard(state, busy, view, body);
  }

  private renderCard(state: KpiWidgetState, busy: boolean, view: KpiView | undefined, body: unknown): TemplateResult {
    const period = view?.result.period;
    const warnings = view?.result.warnings ?? [];
    return html`<div
      part="base"
      class="card ${state}${busy ? ' busy' : ''}"
      role="group"
      aria-labelledby="label"
      aria-busy=${busy ? 'true' : 'false'}
    >
      <div class="header">
        <span part="label" class="label" id="label">${this.info.names[this.format.locale]}</span>
        ${period ? html`<span class="period">${this.format.period(period)}</span>` : nothing}
      </div>
      ${body}
      ${
        warnings.length
          ? html`<p
              class="warnings"
              title=${warnings
                .slice(0, 20)
                .map((w) => w.message)
                .join('\n')}
            >
              ${this.format.t.skipped(warnings.length)}
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderFailure(error: unknown): TemplateResult {
    return html`<div part="error" class="error" role="alert">
      <p class="error-title">${this.format.t.loadError}</p>
      <p class="error-message">${messageOf(error)}</p>
    </div>`;
  }

  /** The formatted value of a result in its unit, or "—" when it is null. */
  protected renderValue(result: KpiResult): TemplateResult {
    if (result.value === null) {
      return html`<p part="value" class="value missing" title=${result.reason ?? ''}>
        —<span class="visually-hidden">${this.format.t.notAvailable}</span>
      </p>`;
    }
    return html`<p part="value" class="value">${this.format.unit(result.value, result.unit, result.currency)}</p>`;
  }

  /**
   * The change against the comparison period: an arrow, the direction in words, the amount and the
   * percentage without sign, and the basis ("vs previous month"). Coloured by polarity, never by colour alone.
   */
  protected renderDelta(result: KpiResult): TemplateResult | typeof nothing {
    const c = result.comparison;
    if (!c || c.delta === null) return nothing;
    const f = this.format;
    const direction = c.delta.isZero() ? 'unchanged' : c.delta.isNegative() ? 'down' : 'up';
    const good =
      direction === 'unchanged' || result.polarity === 'neutral'
        ? 'neutral'
        : (direction === 'up') === (result.polarity === 'higher-is-better')
          ? 'positive'
          : 'negative';
    const grain = c.period ? periodGrain(c.period) : result.period ? periodGrain(result.period) : 'month';
    const against = f.t.comparedWith(c.basis, grain);
    const amount = f.unit(c.delta, result.unit, result.currency, {
      signDisplay: 'never',
      ...(result.unit === 'currency' ? { trailingZeroDisplay: 'stripIfInteger' } : {}),
    });
    const percent = c.deltaPercent === null ? undefined : f.percent(c.deltaPercent, 1, { signDisplay: 'never' });
    const arrow = { up: '▲', down: '▼', unchanged: '–' }[direction];
    return html`<p part="delta" class="delta ${good}">
      <span class="arrow" aria-hidden="true">${arrow}</span> ${f.t.delta(direction, against, amount, percent)}
    </p>`;
  }

  /** Progress toward `target`, when one is set: "91.3% of $80,000 target". */
  protected renderTarget(result: KpiResult): TemplateResult | typeof nothing {
    const target = result.target;
    if (!target || target.progress === null) return nothing;
    const f = this.format;
    return html`<p part="target" class="target">
      ${f.t.targetProgress(
        f.percent(target.progress),
        f.unit(target.value, result.unit, result.currency, { trailingZeroDisplay: 'stripIfInteger' }),
      )}
    </p>`;
  }
}
