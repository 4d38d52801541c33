/** Base of every error the engine throws: only calls that cannot mean anything throw (spec §6.23). */
export class KpiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

export class UnknownKpiError extends KpiError {
  constructor(readonly kpi: string) {
    super('unknown-kpi', `Unknown KPI id "${kpi}".`);
  }
}

export class InvalidPeriodError extends KpiError {
  constructor(
    readonly period: unknown,
    detail = '',
  ) {
    super(
      'invalid-period',
      `Invalid period ${JSON.stringify(period)}: use a month "2024-05", a quarter "2024-Q2", a year "2024" or { start, end } dates${detail ? ` (${detail})` : ''}.`,
    );
  }
}

export class InvalidTimeZoneError extends KpiError {
  constructor(readonly timeZone: unknown) {
    super(
      'invalid-time-zone',
      `Invalid time zone ${JSON.stringify(timeZone)}: use an IANA zone such as "Asia/Taipei".`,
    );
  }
}

export class InvalidOptionError extends KpiError {
  constructor(
    readonly option: string,
    message: string,
  ) {
    super('invalid-option', `Invalid option "${option}": ${message}`);
  }
}

export class MissingFxRateError extends KpiError {
  constructor(
    readonly from: string,
    readonly to: string,
    readonly date: string,
  ) {
    super('missing-fx-rate', `No exchange rate from ${from} to ${to} on or before ${date}; add an fxRates entry.`);
  }
}
