import { DATASET_KINDS, parseCsv } from '../../engine/csv.js';
import type { Dataset, DatasetKind } from '../../engine/types.js';
import { clock } from './clock.js';
import { invalidAttribute, KpiLoadError, messageOf } from './errors.js';

/**
 * Turns what a `src` answered into a Dataset: the parsed JSON, or the rows of a CSV (objects of text by
 * column name). Set it as the `.transform` property of a widget or `<kpi-source>`.
 */
export type KpiTransform = (body: unknown, info: { src: string; kind?: DatasetKind; csv: boolean }) => Dataset;

/** What a fetch is made with unless the page says otherwise: cookies for the same origin only. */
export const DEFAULT_FETCH_OPTIONS: RequestInit = { credentials: 'same-origin' };

/**
 * Sizes past which records are refused rather than read: a fetched body (bytes) and the `data`
 * attribute (characters). Both 50 MB and 5 MB are far beyond a dashboard's needs and well below what
 * freezes a tab; tests lower them to prove the guards without building huge strings.
 */
export const loadLimits = {
  bodyBytes: 50 * 1024 * 1024,
  dataAttributeChars: 5 * 1024 * 1024,
};

/** The request timeout when the page sets none, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 15;

/** The `timeout` attribute, checked: a positive number of seconds. */
export function checkTimeout(timeout: number | undefined | null): number {
  if (timeout === undefined || timeout === null) return DEFAULT_TIMEOUT_SECONDS;
  if (!(Number.isFinite(timeout) && timeout > 0)) {
    throw invalidAttribute('timeout', 'The timeout attribute must be a number of seconds above 0.');
  }
  return timeout;
}

/** "50 MB", "4 KB", "100 bytes". */
export function formatSize(n: number): string {
  const mb = 1024 * 1024;
  if (n >= mb) return `${+(n / mb).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** Reads the `data` JSON attribute; an error names the attribute. */
export function parseDataAttribute(text: string | undefined | null): Dataset | KpiLoadError | undefined {
  if (text === undefined || text === null || text.trim() === '') return undefined;
  if (text.length > loadLimits.dataAttributeChars) {
    return new KpiLoadError(
      'data-attribute-too-large',
      `The data attribute is over ${formatSize(loadLimits.dataAttributeChars)}: use the .data property or src instead.`,
      { attribute: 'data' },
    );
  }
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      return new KpiLoadError(
        'invalid-data-attribute',
        'The data attribute must be a JSON object of record arrays, e.g. {"subscriptions": [...]}.',
        { attribute: 'data' },
      );
    }
    return value as Dataset;
  } catch (e) {
    return new KpiLoadError('invalid-data-attribute', `The data attribute is not valid JSON (${messageOf(e)}).`, {
      attribute: 'data',
    });
  }
}

/** Reads a fetched body as a Dataset: JSON (a Dataset, or an array of `kind` records) or CSV of `kind`. */
export function readBody(
  text: string,
  src: string,
  contentType: string,
  kind: DatasetKind | undefined,
  transform?: KpiTransform,
): Dataset {
  const path = src.split(/[?#]/)[0] ?? '';
  const json = /json/i.test(contentType);
  // CSV by its content type, by a .csv path, or, for an endpoint that says neither, by src-kind and a
  // body that does not start as JSON does.
  const csv =
    /\bcsv\b/i.test(contentType) ||
    (!json && /\.csv$/i.test(path)) ||
    (!json && kind !== undefined && !/^\uFEFF?\s*[[{]/.test(text));
  if (kind !== undefined && !DATASET_KINDS.includes(kind)) {
    throw new KpiLoadError('invalid-src-kind', `src-kind "${kind}" is not one of ${DATASET_KINDS.join(', ')}.`, {
      attribute: 'src-kind',
    });
  }
  let body: unknown;
  if (csv) {
    if (!kind && !transform) {
      throw new KpiLoadError(
        'missing-src-kind',
        `${src} is CSV: set src-kind to its record kind, e.g. src-kind="subscriptions".`,
        { attribute: 'src-kind' },
      );
    }
    // Without a kind the rows are only handed to the transform; any kind parses cells the same way.
    body = parseCsv(text, kind ?? 'leads');
  } else {
    try {
      body = JSON.parse(text);
    } catch (e) {
      throw new KpiLoadError('invalid-json', `${src} is not valid JSON (${messageOf(e)}).`, { fetch: true });
    }
  }
  if (transform) {
    try {
      return checkDataset(transform(body, { src, csv, ...(kind ? { kind } : {}) }), src);
    } catch (e) {
      if (e instanceof KpiLoadError) throw e;
      throw new KpiLoadError('transform-failed', `The transform of ${src} failed (${messageOf(e)}).`);
    }
  }
  if (csv) return { [kind!]: body } as Dataset;
  if (Array.isArray(body)) {
    if (!kind) {
      throw new KpiLoadError('missing-src-kind', `${src} holds an array: set src-kind to its record kind.`, {
        attribute: 'src-kind',
      });
    }
    return { [kind]: body } as Dataset;
  }
  return checkDataset(body, src);
}

function checkDataset(value: unknown, src: string): Dataset {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new KpiLoadError('invalid-dataset', `${src} did not give a Dataset (an object of record arrays).`);
  }
  return value as Dataset;
}

/**
 * Fetches `src` and reads it as a Dataset. Failures of the network, of HTTP and of the body are
 * KpiLoadErrors marked `fetch` (a refresh failing so keeps the last good value); an abort of `signal`
 * rethrows. The request, body included, is aborted after `timeoutSeconds`; a body over
 * `loadLimits.bodyBytes` is refused, by its Content-Length when it has one and while reading otherwise.
 */
export async function fetchDataset(
  src: string,
  kind: DatasetKind | undefined,
  init: RequestInit,
  signal: AbortSignal,
  transform: KpiTransform | undefined,
  timeoutSeconds: number,
): Promise<Dataset> {
  signal.throwIfAborted();
  // One controller for the caller's abort (a new src, a disconnect) and the timeout.
  const controller = new AbortController();
  const timeout = new KpiLoadError('timeout', `${src} did not answer within ${timeoutSeconds} s.`, {
    attribute: 'src',
    fetch: true,
  });
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort);
  const timer = clock.setTimeout(() => controller.abort(timeout), timeoutSeconds * 1000);
  // An abort's own error (AbortError, or the caller's reason) becomes the timeout where the timer fired.
  const failure = (e: unknown) => {
    if (signal.aborted) return e;
    if (controller.signal.aborted) return timeout;
    return undefined;
  };
  try {
    let response: Response;
    try {
      response = await fetch(src, { ...init, signal: controller.signal });
    } catch (e) {
      throw (
        failure(e) ??
        new KpiLoadError('network-error', `${src} could not be fetched (${messageOf(e)}).`, { fetch: true })
      );
    }
    if (!response.ok) {
      throw new KpiLoadError(
        'http-error',
        `${src} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
        { status: response.status, fetch: true },
      );
    }
    let text: string;
    try {
      text = await readText(response, src, controller.signal);
    } catch (e) {
      throw failure(e) ?? e;
    }
    signal.throwIfAborted();
    return readBody(text, src, response.headers.get('content-type') ?? '', kind, transform);
  } finally {
    clock.clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/** The body as text, refused past `loadLimits.bodyBytes` before it is all in memory. */
async function readText(response: Response, src: string, signal: AbortSignal): Promise<string> {
  const limit = loadLimits.bodyBytes;
  const tooLarge = (size?: number) =>
    new KpiLoadError(
      'body-too-large',
      `${src} is ${size === undefined ? '' : `${formatSize(size)}, `}more than the ${formatSize(limit)} a widget reads: serve a smaller extract, or aggregate first.`,
      { attribute: 'src', status: response.status, fetch: true },
    );
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge(declared);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const onAbort = () => void reader.cancel(signal.reason).catch(() => undefined);
  signal.addEventListener('abort', onAbort);
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      signal.throwIfAborted();
      const { done, value } = await reader.read();
      signal.throwIfAborted();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > limit) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
