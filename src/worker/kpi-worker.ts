/**
 * kpi-worker.js: the Web Worker of `<kpi-source worker>`. It fetches and parses the source's `src` with
 * the same code as the page would (`fetchDataset`), keeps the records, and computes KPIs from them by
 * id, so the page never holds nor walks the records. Served as its own same-origin file, it runs under a
 * policy of `script-src 'self'` (or `worker-src 'self'`); a blob: URL would not.
 */
import { fetchDataset, loadLimits } from '../components/base/load.js';
import { KpiLoadError } from '../components/base/errors.js';
import { compute, computeSeries } from '../engine/index.js';
import type { ComputeOptions, Dataset, KpiId, SeriesOptions } from '../engine/types.js';
import { decode, encode, encodeError, type WorkerRequest, type WorkerResponse } from './protocol.js';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  fetch: typeof fetch;
}

const scope = globalThis as unknown as WorkerScope;
// The page's 50 MB cap on a body keeps parsing from freezing the tab; here parsing blocks no page, so the
// cap is memory's: 400 MB, below the longest string a browser makes of a body (about 512 M characters).
loadLimits.bodyBytes = 400 * 1024 * 1024;
const datasets = new Map<number, Dataset>();
const loads = new Map<number, AbortController>();
let nextHandle = 1;

// A relative `src` means what it means on the page, not next to this file; errors still name it as written.
const fetchOnPage = scope.fetch.bind(scope);
let base: string | undefined;
scope.fetch = (input, init) => fetchOnPage(typeof input === 'string' && base ? new URL(input, base).href : input, init);

function answer(message: WorkerResponse): void {
  scope.postMessage(message);
}

function records(handle: number): Dataset {
  const dataset = datasets.get(handle);
  if (!dataset) throw new KpiLoadError('worker-released', 'The records of this source were released: reload it.');
  return dataset;
}

async function load(request: Extract<WorkerRequest, { type: 'load' }>): Promise<void> {
  const controller = new AbortController();
  loads.set(request.id, controller);
  try {
    const dataset = await fetchDataset(
      request.src,
      request.kind,
      request.init,
      controller.signal,
      undefined,
      request.timeout,
    );
    const handle = nextHandle++;
    datasets.set(handle, dataset);
    answer({
      type: 'loaded',
      id: request.id,
      answer: { handle, ...(Array.isArray(dataset.reps) ? { reps: dataset.reps } : {}) },
    });
  } catch (e) {
    // An aborted load has no one waiting for it.
    if (!controller.signal.aborted) answer({ type: 'error', id: request.id, error: encodeError(e) });
  } finally {
    loads.delete(request.id);
  }
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  switch (request.type) {
    case 'init':
      base = request.base;
      return;
    case 'load':
      void load(request);
      return;
    case 'abort':
      loads.get(request.id)?.abort();
      return;
    case 'drop':
      datasets.delete(request.handle);
      return;
    case 'compute':
    case 'series':
      try {
        const kpi = request.kpi as KpiId;
        const data = records(request.handle);
        const value =
          request.type === 'compute'
            ? compute(kpi, data, decode(request.options) as ComputeOptions)
            : computeSeries(kpi, data, decode(request.options) as SeriesOptions);
        answer({ type: 'result', id: request.id, value: encode(value) });
      } catch (e) {
        answer({ type: 'error', id: request.id, error: encodeError(e) });
      }
      return;
  }
});

answer({ type: 'ready' });
