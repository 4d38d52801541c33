import { DATASET_KINDS, parseCsv } from '../../engine/csv.js';
import type { Dataset, DatasetKind } from '../../engine/types.js';
import { KpiLoadError, messageOf } from './errors.js';

/**
 * Turns what a `src` answered into a Dataset: the parsed JSON, or the rows of a CSV (objects of text by
 * column name). Set it as the `.transform` property of a widget or `<kpi-source>`.
 */
export type KpiTransform = (body: unknown, info: { src: string; kind?: DatasetKind; csv: boolean }) => Dataset;

/** What a fetch is made with unless the page says otherwise: cookies for the same origin only. */
export const DEFAULT_FETCH_OPTIONS: RequestInit = { credentials: 'same-origin' };

/** Reads the `data` JSON attribute; an error names the attribute. */
export function parseDataAttribute(text: string | undefined | null): Dataset | KpiLoadError | undefined {
  if (text === undefined || text === null || text.trim() === '') return undefined;
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
  const csv = /\bcsv\b/i.test(contentType) || (!/json/i.test(contentType) && /\.csv$/i.test(path));
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
 * KpiLoadErrors marked `fetch` (a refresh failing so keeps the last good value); an abort rethrows.
 */
export async function fetchDataset(
  src: string,
  kind: DatasetKind | undefined,
  init: RequestInit,
  signal: AbortSignal,
  transform?: KpiTransform,
): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(src, { ...init, signal });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new KpiLoadError('network-error', `${src} could not be fetched (${messageOf(e)}).`, { fetch: true });
  }
  if (!response.ok) {
    throw new KpiLoadError(
      'http-error',
      `${src} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      { status: response.status, fetch: true },
    );
  }
  const text = await response.text();
  signal.throwIfAborted();
  return readBody(text, src, response.headers.get('content-type') ?? '', kind, transform);
}
