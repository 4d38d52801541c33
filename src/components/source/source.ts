import { ContextProvider } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { css, html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Dataset, DatasetKind } from '../../engine/types.js';
import { clock } from '../base/clock.js';
import type { KpiComputer } from '../base/computer.js';
import { errorDetail, KpiLoadError, messageOf } from '../base/errors.js';
import { KpiElement } from '../base/kpi-element.js';
import {
  checkTimeout,
  DEFAULT_FETCH_OPTIONS,
  DEFAULT_TIMEOUT_SECONDS,
  fetchDataset,
  parseDataAttribute,
  type KpiTransform,
} from '../base/load.js';
import { PollController } from '../base/poll.js';
import { defaultWorkerUrl, KpiWorkerClient, KpiWorkerUnavailableError } from '../base/worker-computer.js';
import { kpiSourceContext, type KpiSourceState, type KpiSourceValue } from './context.js';

/** The reason a fetch is aborted when the source leaves the page (never shown: it runs again on return). */
const DISCONNECTED = new KpiLoadError('disconnected', 'The source was removed from the page while loading.');

interface Loaded {
  dataset: Dataset;
  updatedAt?: number;
  srcKey?: string;
  /** The worker that holds the records, when `dataset` only stands in for them. */
  worker?: KpiWorkerClient;
}

/**
 * One dataset and shared options for every KPI element inside it. The records come from `src` (a JSON
 * Dataset, or CSV of one `src-kind`), fetched once, or from `.data`; elements with no inputs of their
 * own compute from them, and take `period`, `currency` and `time-zone` from here when they do not set
 * their own (a `lang` here is their nearest `lang` too). It draws nothing: its children lay out as if
 * it were not there (`display: contents`).
 *
 * With `worker`, a Web Worker (`kpi-worker.js`, a same-origin file next to the kit's module) fetches,
 * parses and keeps the records of `src` and computes every KPI of the elements inside, so a large `src`
 * never blocks the page; the page then holds only the reps (for names). Where the worker cannot start,
 * the source warns in the console and works on the main thread.
 *
 * @summary Shares one dataset and the period, currency, time zone and language with the KPI elements inside it.
 * @tag kpi-source
 *
 * @attr {'loading' | 'empty' | 'error' | 'ready' | 'stale'} state - Reflects where the source stands (read-only).
 * @attr lang - Language of the elements inside that set none closer.
 *
 * @slot - The KPI elements (and any layout) that read this source.
 *
 * @fires {KpiLoadEvent} kpi-load - The records are loaded; `detail: { dataset, updatedAt? }`.
 * @fires {KpiErrorEvent} kpi-error - Loading failed (refreshes included); `detail: { error, message, attribute?, status? }`. The elements inside show the error without firing it again.
 */
export class KpiSource extends KpiElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // Reactive properties (Lit): the attribute and type of each field below.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    src: {},
    srcKind: { attribute: 'src-kind' },
    period: {},
    currency: {},
    timeZone: { attribute: 'time-zone' },
    transform: { attribute: false },
    fetchOptions: { attribute: false },
    timeout: { type: Number },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    computer: { attribute: false },
    worker: { type: Boolean },
    workerUrl: { attribute: 'worker-url' },
  };

  /** The records (a Dataset). Assign a new object to recompute, or call `refresh()`. */
  data?: Dataset;

  /** The same Dataset as JSON text (used when `.data` is not set). */
  dataJson?: string;

  /** URL of a JSON Dataset, or of CSV records of one kind (see `src-kind`); fetched once for every element inside. */
  src?: string;

  /** The record kind of a CSV (or JSON array) `src`, e.g. `deals`. */
  srcKind?: DatasetKind;

  /** The period of the elements inside that set none (same forms as theirs, e.g. `2025-12`, `last-quarter`). */
  period?: string;

  /** The reporting currency of the elements inside that set none. */
  currency?: string;

  /** The IANA time zone of the elements inside that set none. */
  timeZone?: string;

  /** Turns what `src` answered (parsed JSON, or CSV rows) into a Dataset. */
  transform?: KpiTransform;

  /**
   * How `src` is fetched (headers, credentials); default `{ credentials: 'same-origin' }`. A property only,
   * never an attribute, so markup cannot send credentials elsewhere.
   */
  fetchOptions: RequestInit = DEFAULT_FETCH_OPTIONS;

  /** Seconds a fetch of `src` may take, body included, before it is an error (default 15). */
  timeout: number = DEFAULT_TIMEOUT_SECONDS;

  /**
   * Fetches `src` again every this many seconds (below 5 counts as 5; unset or 0: never). Polling pauses
   * while the page is hidden; after a failed refresh the last records stay, stale, and the wait doubles
   * up to 5 minutes until a refresh succeeds.
   */
  refreshInterval?: number;

  /** Where the elements inside compute, unless they set their own. */
  computer?: KpiComputer;

  /**
   * Fetches, parses and computes from `src` in a Web Worker, off the main thread (for large records).
   * Applies to `src` without a `transform`; `.data` and the `data` attribute stay on the main thread.
   */
  worker = false;

  /** URL of `kpi-worker.js` when it is not next to the kit's module (a same-origin `.js` file). */
  workerUrl?: string;

  private readonly provider = new ContextProvider(this, { context: kpiSourceContext });
  private parsedJson: Dataset | KpiLoadError | undefined;
  private generation = 0;
  private lastGood: Loaded | undefined;
  private announcedLoad: unknown;
  private announcedError: unknown;
  /** Set when a disconnect aborted a fetch, which then runs again on reconnecting. */
  private interrupted = false;
  private client: KpiWorkerClient | undefined;
  /** The worker URL that failed to start: the source stays on the main thread until the URL changes. */
  private failedWorkerUrl: string | undefined;

  private readonly task = new Task(this, {
    task: async (
      [data, parsed, src, kind, transform, init, timeout, generation, worker, workerUrl],
      { signal },
    ): Promise<Loaded | undefined> => {
      if (data) return { dataset: generation > 0 ? { ...data } : data };
      if (parsed instanceof KpiLoadError) throw parsed;
      if (parsed) return { dataset: parsed };
      if (!src) return undefined;
      const seconds = checkTimeout(timeout);
      const srcKey = `${src}\n${kind ?? ''}`;
      const client = worker && !transform ? this.workerClient(workerUrl) : undefined;
      if (client) {
        try {
          const dataset = await client.load(src, kind, init, seconds, signal);
          return { dataset, updatedAt: clock.now(), srcKey, worker: client };
        } catch (e) {
          if (!(e instanceof KpiWorkerUnavailableError)) throw e;
          this.workerFailed(client.url, client, e);
        }
      }
      const dataset = await fetchDataset(src, kind, init, signal, transform, seconds);
      return { dataset, updatedAt: clock.now(), srcKey };
    },
    args: () =>
      [
        this.data,
        this.parsedJson,
        this.src,
        this.srcKind,
        this.transform,
        this.fetchOptions,
        this.timeout,
        this.generation,
        this.worker,
        this.workerUrl,
      ] as const,
    onComplete: (loaded) => {
      // The worker keeps one set of records per source: the ones replaced go.
      if (this.lastGood?.dataset !== loaded?.dataset) this.lastGood?.worker?.release(this.lastGood.dataset);
      this.lastGood = loaded;
      // Records loaded on the main thread (`worker` turned off, `.data`): the worker has nothing left to do.
      if (this.client && !loaded?.worker) {
        this.client.terminate();
        this.client = undefined;
      }
    },
  });

  /** Where the source stands: `empty`, `loading`, `ready`, `error`, or `stale` (a refresh failed; the last records stay). */
  get state(): KpiSourceState {
    switch (this.task.status) {
      case TaskStatus.ERROR:
        return this.staleRecords() ? 'stale' : 'error';
      case TaskStatus.COMPLETE:
        return this.task.value ? 'ready' : 'empty';
      default:
        if (this.lastGood) return 'ready';
        return this.data || this.parsedJson || this.src ? 'loading' : 'empty';
    }
  }

  /** The records shared now (also while stale). (Not `dataset`: that is the element's `data-*` attributes.) */
  get records(): Dataset | undefined {
    return this.loaded()?.dataset;
  }

  constructor() {
    super();
    new PollController(this);
  }

  /** @internal For `refresh-interval`: whether the source fetches a `src`. */
  get polls(): boolean {
    return !this.data && !this.parsedJson && !!this.src;
  }

  /** @internal For `refresh-interval`: whether the last refresh failed. */
  get refreshFailed(): boolean {
    return this.state === 'stale' || this.state === 'error';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.interrupted) {
      this.interrupted = false;
      this.generation++;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A source taken off the page stops its fetch; put back, it fetches again.
    if (this.task.status === TaskStatus.PENDING) {
      this.interrupted = true;
      this.task.abort(DISCONNECTED);
    }
    // Its worker stops too, and the records it held with it: put back, the source fetches them again.
    if (this.client) {
      if (this.loaded()?.worker) {
        this.interrupted = true;
        this.lastGood = undefined;
      }
      this.client.terminate();
      this.client = undefined;
    }
  }

  /** Fetches `src` again (or re-reads `.data` changed in place); the elements inside recompute. */
  async refresh(): Promise<void> {
    this.generation++;
    this.requestUpdate();
    await this.updateComplete;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
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
    if (changed.has('dataJson')) this.parsedJson = parseDataAttribute(this.dataJson);
  }

  protected override update(changed: PropertyValues<this>): void {
    // The task runs in super.update; the value shared afterwards says loading before the first render of the elements inside.
    super.update(changed);
    this.share();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.state;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
    const loaded = this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    if (loaded && loaded !== this.announcedLoad) {
      this.announcedLoad = loaded;
      this.emit('kpi-load', {
        dataset: loaded.dataset,
        ...(loaded.updatedAt !== undefined ? { updatedAt: loaded.updatedAt } : {}),
      });
    }
    const error = this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
    if (error !== undefined && error !== DISCONNECTED && error !== this.announcedError) {
      this.announcedError = error;
      this.emit('kpi-error', errorDetail(error));
    }
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  private loaded(): Loaded | undefined {
    if (this.task.status === TaskStatus.COMPLETE) return this.task.value;
    if (this.task.status === TaskStatus.ERROR) return this.staleRecords();
    return this.lastGood;
  }

  /** The worker for `worker-url` (started on first use), or undefined where it cannot start. */
  private workerClient(url: string | undefined): KpiWorkerClient | undefined {
    let wanted = url ?? '';
    try {
      wanted = url ? new URL(url, document.baseURI).href : defaultWorkerUrl();
      if (this.client && this.client.url !== wanted) {
        this.client.terminate();
        this.client = undefined;
      }
      if (this.client) return this.client;
      if (this.failedWorkerUrl === wanted) return undefined;
      this.client = new KpiWorkerClient(wanted);
      return this.client;
    } catch (e) {
      // A URL that does not parse, or a browser that refuses the worker outright.
      this.workerFailed(
        wanted,
        undefined,
        e instanceof KpiWorkerUnavailableError ? e : new KpiWorkerUnavailableError(messageOf(e)),
      );
      return undefined;
    }
  }

  private workerFailed(url: string, client: KpiWorkerClient | undefined, error: KpiWorkerUnavailableError): void {
    this.failedWorkerUrl = url;
    if (this.client === client) this.client = undefined;
    console.warn(`<kpi-source worker>: ${error.message} Computing on the main thread instead.`);
  }

  /** The last records, when a refresh of the same `src` failed. */
  private staleRecords(): Loaded | undefined {
    const error = this.task.error;
    const good = this.lastGood;
    if (!good?.srcKey || !(error instanceof KpiLoadError) || !error.fetch) return undefined;
    return good.srcKey === `${this.src}\n${this.srcKind ?? ''}` ? good : undefined;
  }

  /** Tells the elements inside when anything they read changed. */
  private share(): void {
    const loaded = this.loaded();
    const state = this.state;
    const error = state === 'error' || state === 'stale' ? this.task.error : undefined;
    const old = this.provider.value;
    const next: KpiSourceValue = {
      state,
      dataset: loaded?.dataset,
      updatedAt: loaded?.updatedAt,
      error,
      period: this.period,
      currency: this.currency,
      timeZone: this.timeZone,
      computer: this.computer ?? loaded?.worker?.computer,
      fetched: this.polls,
      settled: this.task.taskComplete.then(
        () => undefined,
        () => undefined,
      ),
      refresh: () => this.refresh(),
    };
    const same =
      old &&
      (
        ['state', 'dataset', 'updatedAt', 'error', 'period', 'currency', 'timeZone', 'computer', 'fetched'] as const
      ).every((k) => old[k] === next[k]);
    if (!same) this.provider.setValue(next);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-source': KpiSource;
  }
}
