import type { KpiModule } from '../../engine/context.js';
import { kpiModule } from '../../engine/registry.js';
import type { ComputeOptions, Dataset, DatasetKind, KpiResult, SeriesOptions } from '../../engine/types.js';
import {
  decode,
  decodeError,
  encode,
  type LoadAnswer,
  type WorkerRequest,
  type WorkerResponse,
} from '../../worker/protocol.js';
import { inThreadComputer, type KpiComputer } from './computer.js';
import { KpiLoadError } from './errors.js';

/** The worker could not start (a policy forbids it, the file is missing): the page computes itself instead. */
export class KpiWorkerUnavailableError extends KpiLoadError {
  constructor(detail: string) {
    super('worker-unavailable', `The KPI worker could not start (${detail}).`);
  }
}

/**
 * Where `kpi-worker.js` is unless the page says: next to the module that loads it. The npm build puts
 * shared code in `dist/chunks/` and the worker in `dist/`; the CDN file and its worker share `dist/cdn/`.
 */
export function defaultWorkerUrl(): string {
  const here = import.meta.url;
  const chunk = /\/chunks\/[^/]*$/.test(new URL(here).pathname);
  return new URL(chunk ? '../kpi-worker.js' : './kpi-worker.js', here).href;
}

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}

const POLICY = Symbol.for('kpi-elements/trusted-types-policy');

/**
 * A Trusted Types script URL for the worker, for pages that require them (`require-trusted-types-for
 * 'script'`). The policy admits only same-origin URLs; two copies of the kit on a page share it.
 */
function scriptUrl(url: string): string | URL {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  const holder = globalThis as unknown as Record<symbol, { createScriptURL(url: string): unknown } | undefined>;
  holder[POLICY] ??= tt.createPolicy('kpi-elements', {
    createScriptURL(u: string) {
      const parsed = new URL(u, document.baseURI);
      if (parsed.origin !== location.origin) {
        throw new TypeError(`kpi-elements only starts its worker from a same-origin file, not ${u}.`);
      }
      return parsed.href;
    },
  });
  return holder[POLICY].createScriptURL(url) as string;
}

/** The error of every request to a worker that was stopped. */
const stopped = () => new KpiLoadError('worker-terminated', 'The KPI worker was stopped.');

interface Waiting {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * One Web Worker that holds the records of one `<kpi-source worker>` and computes from them. `load`
 * answers a stand-in Dataset (the handle, with the rep names labels need); `computer` computes from a
 * stand-in in the worker and from any other Dataset on the main thread.
 */
export class KpiWorkerClient {
  readonly url: string;
  /** The KpiComputer the source shares with the widgets inside it. */
  readonly computer: KpiComputer;
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private readonly handles = new WeakMap<Dataset, number>();
  private nextId = 1;
  private started = false;
  private failure: KpiWorkerUnavailableError | undefined;
  private terminated = false;

  /** Throws KpiWorkerUnavailableError when the browser refuses the worker outright. */
  constructor(url: string = defaultWorkerUrl()) {
    this.url = url;
    try {
      this.worker = new Worker(scriptUrl(url) as string, { type: 'module', name: 'kpi-elements' });
    } catch (e) {
      throw new KpiWorkerUnavailableError(e instanceof Error ? e.message : String(e));
    }
    this.worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => this.receive(event.data));
    // Before its first message, an error is the script failing to load or run: give up on the worker.
    // After it, the worker answers every failure as a message, so an error event cannot be one of ours.
    this.worker.addEventListener('error', (event) => {
      if (this.started) return;
      event.preventDefault();
      this.fail(new KpiWorkerUnavailableError(`${url} did not load as a module worker`));
    });
    this.post({ type: 'init', base: document.baseURI });
    const handles = this.handles;
    const ask = (type: 'compute' | 'series', kpi: KpiModule, handle: number, options: unknown) => {
      // The worker knows the kit's KPIs by id (those of another copy of the kit on the page too).
      try {
        kpiModule(kpi.id);
      } catch {
        return Promise.reject(
          new KpiLoadError(
            'worker-unknown-kpi',
            `The KPI "${kpi.id}" is not one of the kit's, so the worker cannot compute it.`,
          ),
        );
      }
      return this.request({ type, id: this.nextId++, handle, kpi: kpi.id, options: encode(options) });
    };
    /** Computes in the worker from a stand-in it knows, else on the main thread. */
    const where =
      <O, R>(type: 'compute' | 'series', inThread: (kpi: KpiModule, data: Dataset, options: O) => Promise<R>) =>
      (kpi: KpiModule, data: Dataset, options: O): Promise<R> => {
        const handle = handles.get(data);
        return handle === undefined ? inThread(kpi, data, options) : (ask(type, kpi, handle, options) as Promise<R>);
      };
    this.computer = {
      compute: where<ComputeOptions, KpiResult>('compute', inThreadComputer.compute),
      computeSeries: where<SeriesOptions, KpiResult[]>('series', inThreadComputer.computeSeries),
      // Summary numbers are a handful of decimals: not worth a round trip.
      computeSummary: (kpi, inputs, options) => inThreadComputer.computeSummary(kpi, inputs, options),
    };
  }

  /**
   * Has the worker fetch and parse `src`; answers the stand-in Dataset. Failures arrive as the errors
   * `fetchDataset` throws on the main thread; an abort of `signal` rejects at once with its reason.
   */
  async load(
    src: string,
    kind: DatasetKind | undefined,
    init: RequestInit,
    timeout: number,
    signal: AbortSignal,
  ): Promise<Dataset> {
    signal.throwIfAborted();
    const id = this.nextId++;
    const answer = this.request({
      type: 'load',
      id,
      src,
      ...(kind ? { kind } : {}),
      init: cloneableInit(init),
      timeout,
    }) as Promise<LoadAnswer>;
    const aborted = new Promise<never>((_, reject) => {
      const onAbort = () => {
        this.post({ type: 'abort', id });
        this.settle(id)?.reject(signal.reason);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      void answer.finally(() => signal.removeEventListener('abort', onAbort)).catch(() => undefined);
    });
    const { handle, reps } = await Promise.race([answer, aborted]);
    const dataset: Dataset = reps ? { reps } : {};
    this.handles.set(dataset, handle);
    return dataset;
  }

  /** Lets the worker forget the records behind a stand-in. */
  release(data: Dataset | undefined): void {
    const handle = data && this.handles.get(data);
    if (handle === undefined || handle === null) return;
    this.handles.delete(data!);
    this.post({ type: 'drop', handle });
  }

  /** Stops the worker; what was waiting rejects. */
  terminate(): void {
    if (this.terminated) return;
    this.terminated = true;
    this.worker.terminate();
    this.rejectAll(stopped());
  }

  /** Sends a request (its `id` taken from `nextId`) and waits for the answer of that id. */
  private request(message: WorkerRequest & { id: number }): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.terminated) return Promise.reject(stopped());
    const { id } = message;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      try {
        this.post(message);
      } catch (e) {
        // An option the structured clone refuses (a function): nothing was sent.
        this.waiting.delete(id);
        reject(e);
      }
    });
  }

  private post(message: WorkerRequest): void {
    if (!this.terminated) this.worker.postMessage(message);
  }

  private settle(id: number): Waiting | undefined {
    const waiting = this.waiting.get(id);
    this.waiting.delete(id);
    return waiting;
  }

  private receive(message: WorkerResponse): void {
    this.started = true;
    if (message.type === 'ready') return;
    const waiting = this.settle(message.id);
    if (message.type === 'error') waiting?.reject(decodeError(message.error));
    else waiting?.resolve(message.type === 'loaded' ? message.answer : decode(message.value));
  }

  private fail(error: KpiWorkerUnavailableError): void {
    this.failure = error;
    this.terminated = true;
    this.worker.terminate();
    this.rejectAll(error);
  }

  private rejectAll(error: unknown): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(error);
  }
}

/** RequestInit as the worker can receive it: headers as pairs, no signal, no body (a GET). */
function cloneableInit(init: RequestInit): RequestInit {
  const { signal: _, body: __, window: ___, ...rest } = init;
  return { ...rest, ...(init.headers ? { headers: [...new Headers(init.headers)] } : {}) };
}
