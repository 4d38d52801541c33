/**
 * The messages between a `<kpi-source worker>` and `kpi-worker.js`, and how values cross: a structured
 * clone drops the Decimal class, so decimals travel as tagged decimal strings (exact, never a float) and
 * errors as their class name and fields, revived on the other side as the same classes with the same
 * messages. No DOM and no Lit here: the worker bundle imports this module too.
 */
import { KpiLoadError } from '../components/base/errors.js';
import {
  CsvError,
  Decimal,
  InvalidOptionError,
  InvalidPeriodError,
  InvalidTimeZoneError,
  KpiError,
  MissingFxRateError,
  UnknownKpiError,
} from '../engine/index.js';
import type { ComputeOptions, DatasetKind, Rep, SeriesOptions } from '../engine/types.js';

/** A decimal on the wire: its exact text, `-0` included. */
export interface WireDecimal {
  $decimal: string;
}

/** An error on the wire: the class to revive, its message, and its own fields (code, attribute, status...). */
export interface WireError {
  name: string;
  message: string;
  fields: Record<string, unknown>;
}

/** Page → worker. `id` pairs an answer with its request. */
export type WorkerRequest =
  | { type: 'init'; base: string }
  | {
      type: 'load';
      id: number;
      src: string;
      kind?: DatasetKind;
      init: RequestInit;
      timeout: number;
    }
  | { type: 'abort'; id: number }
  | { type: 'drop'; handle: number }
  | { type: 'compute'; id: number; handle: number; kpi: string; options: unknown }
  | { type: 'series'; id: number; handle: number; kpi: string; options: unknown };

/** What a load answers: a handle to the records the worker keeps, and the few the page shows by name. */
export interface LoadAnswer {
  handle: number;
  /** Rep records (names for labels); every other kind stays in the worker. */
  reps?: Rep[];
}

/** Worker → page. */
export type WorkerResponse =
  | { type: 'ready' }
  | { type: 'loaded'; id: number; answer: LoadAnswer }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; error: WireError };

export type { ComputeOptions, SeriesOptions };

/** A deep copy with every Decimal as a WireDecimal; everything else as it is (results are plain data). */
export function encode(value: unknown): unknown {
  if (Decimal.isDecimal(value)) return { $decimal: (value as InstanceType<typeof Decimal>).valueOf() };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encode(v);
    return out;
  }
  return value;
}

/** The inverse of `encode`: WireDecimals become the engine's Decimal again. */
export function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$decimal') return new Decimal((value as WireDecimal).$decimal);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = decode(v);
    return out;
  }
  return value;
}

/** An error as plain data: whatever it is, its name, message and own cloneable fields. */
export function encodeError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(error)) {
    if (k === 'message' || k === 'name' || k === 'stack') continue;
    // Only plain data crosses (an InvalidPeriodError's period may be any value the page gave).
    try {
      fields[k] = structuredClone(encode(v));
    } catch {
      fields[k] = String(v);
    }
  }
  return { name: error.name, message: error.message, fields };
}

/** Empty instances of the kit's error classes, to be filled with the fields that crossed. */
const CLASSES: Record<string, () => Error> = {
  KpiLoadError: () => new KpiLoadError('', ''),
  KpiError: () => new KpiError('', ''),
  UnknownKpiError: () => new UnknownKpiError(''),
  InvalidPeriodError: () => new InvalidPeriodError(''),
  InvalidTimeZoneError: () => new InvalidTimeZoneError(''),
  InvalidOptionError: () => new InvalidOptionError('', ''),
  MissingFxRateError: () => new MissingFxRateError('', '', ''),
  CsvError: () => new CsvError('', 0),
};

/** The error the worker threw, as the same class with the same message and fields. */
export function decodeError(wire: WireError): Error {
  const make = CLASSES[wire.name];
  const error = make ? make() : new Error(wire.message);
  if (!make && wire.name !== 'Error') error.name = wire.name;
  error.message = wire.message;
  Object.assign(error, decode(wire.fields));
  return error;
}
