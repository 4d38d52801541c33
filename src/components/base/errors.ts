import { KpiError, InvalidPeriodError, InvalidTimeZoneError } from '../../engine/errors.js';
import type { KpiErrorDetail } from './events.js';

/**
 * A failure of a widget or `<kpi-source>` outside the engine: a fetch, a body that does not parse, an
 * attribute that means nothing. `attribute` names the attribute to fix; `status` is the HTTP status.
 */
export class KpiLoadError extends KpiError {
  readonly attribute: string | undefined;
  readonly status: number | undefined;
  /** True for failures of a fetch (network, HTTP, body): a refresh that fails so leaves the card stale. */
  readonly fetch: boolean;
  constructor(code: string, message: string, init: { attribute?: string; status?: number; fetch?: boolean } = {}) {
    super(code, message);
    this.attribute = init.attribute;
    this.status = init.status;
    this.fetch = init.fetch ?? false;
  }
}

export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The attribute an engine error is about, where the error says so without help. */
export function attributeOf(error: unknown): string | undefined {
  if (error instanceof KpiLoadError) return error.attribute;
  if (error instanceof InvalidPeriodError) return 'period';
  if (error instanceof InvalidTimeZoneError) return 'time-zone';
  return undefined;
}

/** An attribute whose value means nothing: the error names it, so the page knows what to fix. */
export function invalidAttribute(attribute: string, message: string): KpiLoadError {
  return new KpiLoadError('invalid-attribute', message, { attribute });
}

/** Throws {@link invalidAttribute} unless `value` is one of `choices`. */
export function checkChoice(attribute: string, value: string, choices: readonly string[]): void {
  if (!choices.includes(value)) {
    throw invalidAttribute(attribute, `The ${attribute} attribute "${value}" is not one of ${choices.join(', ')}.`);
  }
}

/** The detail of a `kpi-error` event; `attribute` defaults to the one the error names. */
export function errorDetail(error: unknown, attribute = attributeOf(error)): KpiErrorDetail {
  const status = error instanceof KpiLoadError ? error.status : undefined;
  return {
    error,
    message: messageOf(error),
    ...(attribute ? { attribute } : {}),
    ...(status !== undefined ? { status } : {}),
  };
}
