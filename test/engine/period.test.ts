import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lastDay } from '../../src/engine/money.js';
import {
  comparisonPeriod,
  epochToLocalDate,
  monthRange,
  parseTimestamp,
  periodInstants,
  resolvePeriod,
  resolveTimeZone,
  zonedToEpoch,
} from '../../src/engine/period.js';

describe('resolvePeriod', () => {
  const t = (input: Parameters<typeof resolvePeriod>[0], start: string, end: string, months?: number) => () =>
    assert.deepEqual(resolvePeriod(input), { start, end, ...(months !== undefined ? { months } : {}) });
  it('resolvePeriod(month) is the half-open month', t('2024-05', '2024-05-01', '2024-06-01', 1));
  it('resolvePeriod(December) ends on January 1 of the next year', t('2024-12', '2024-12-01', '2025-01-01', 1));
  it('resolvePeriod(quarter) is three months', t('2024-Q2', '2024-04-01', '2024-07-01', 3));
  it('resolvePeriod(year) is twelve months', t('2024', '2024-01-01', '2025-01-01', 12));
  it('resolvePeriod(range) keeps the dates', t({ start: '2024-05-10', end: '2024-05-20' }, '2024-05-10', '2024-05-20'));
  for (const bad of [
    '2024-13',
    '2024-00',
    '2024-Q5',
    '24-05',
    'last month',
    '',
    { start: '2024-05-20', end: '2024-05-10' },
    { start: '2024-02-30', end: '2024-03-01' },
  ]) {
    it(`resolvePeriod(${JSON.stringify(bad)}) throws InvalidPeriodError`, () =>
      assert.throws(() => resolvePeriod(bad as never), { code: 'invalid-period' }));
  }
});

describe('comparisonPeriod', () => {
  const t =
    (
      input: Parameters<typeof resolvePeriod>[0],
      basis: 'previous-period' | 'same-period-last-year',
      start: string,
      end: string,
    ) =>
    () => {
      const p = comparisonPeriod(resolvePeriod(input), basis);
      assert.deepEqual([p.start, p.end], [start, end]);
    };
  it(
    'comparisonPeriod(month, previous) is the month before',
    t('2024-03', 'previous-period', '2024-02-01', '2024-03-01'),
  );
  it(
    'comparisonPeriod(January, previous) is December of the year before',
    t('2024-01', 'previous-period', '2023-12-01', '2024-01-01'),
  );
  it(
    'comparisonPeriod(quarter, previous) is the quarter before',
    t('2024-Q1', 'previous-period', '2023-10-01', '2024-01-01'),
  );
  it(
    'comparisonPeriod(days, previous) is the same number of days before',
    t({ start: '2024-03-10', end: '2024-03-20' }, 'previous-period', '2024-02-29', '2024-03-10'),
  );
  it(
    'comparisonPeriod(month, last year) is the same month a year back',
    t('2024-02', 'same-period-last-year', '2023-02-01', '2023-03-01'),
  );
  it(
    'comparisonPeriod(leap day range, last year) clamps to February 28',
    t({ start: '2024-02-29', end: '2024-03-01' }, 'same-period-last-year', '2023-02-28', '2023-03-01'),
  );
});

describe('time zones', () => {
  it('resolveTimeZone rejects an unknown zone with InvalidTimeZoneError', () =>
    assert.throws(() => resolveTimeZone('Mars/Base'), { code: 'invalid-time-zone' }));
  it('resolveTimeZone accepts IANA zones', () => assert.equal(resolveTimeZone('Asia/Taipei'), 'Asia/Taipei'));
  it('epochToLocalDate gives the local calendar date', () => {
    assert.equal(epochToLocalDate(Date.UTC(2024, 4, 31, 20), 'Asia/Taipei'), '2024-06-01');
    assert.equal(epochToLocalDate(Date.UTC(2024, 5, 1, 3), 'America/Los_Angeles'), '2024-05-31');
  });
  it('periodInstants spans 23 or 25 hours across New York DST days', () => {
    const spring = periodInstants({ start: '2024-03-10', end: '2024-03-11' }, 'America/New_York');
    const fall = periodInstants({ start: '2024-11-03', end: '2024-11-04' }, 'America/New_York');
    assert.equal((spring.end - spring.start) / 3_600_000, 23);
    assert.equal((fall.end - fall.start) / 3_600_000, 25);
    assert.equal(new Date(spring.start).toISOString(), '2024-03-10T05:00:00.000Z');
  });
  it('zonedToEpoch takes the earlier instant in a fall-back overlap', () =>
    assert.equal(
      new Date(zonedToEpoch({ year: 2024, month: 11, day: 3 }, 'America/New_York', 1, 30)).toISOString(),
      '2024-11-03T05:30:00.000Z',
    ));
  it('zonedToEpoch reads a time in a spring-forward gap with the offset before it', () =>
    assert.equal(
      new Date(zonedToEpoch({ year: 2024, month: 3, day: 10 }, 'America/New_York', 2, 30)).toISOString(),
      '2024-03-10T07:30:00.000Z',
    ));
  it('zonedToEpoch finds midnight that follows a midnight DST jump (Santiago)', () =>
    assert.equal(
      epochToLocalDate(zonedToEpoch({ year: 2024, month: 9, day: 8 }, 'America/Santiago'), 'America/Santiago'),
      '2024-09-08',
    ));
});

describe('parseTimestamp', () => {
  const t = (text: string, zone: string, iso: string | undefined) => () => {
    const ms = parseTimestamp(text, zone);
    assert.equal(ms === undefined ? undefined : new Date(ms).toISOString(), iso);
  };
  it('parseTimestamp(date) is local midnight', t('2024-05-03', 'Asia/Taipei', '2024-05-02T16:00:00.000Z'));
  it(
    'parseTimestamp(date-time without offset) is wall-clock time',
    t('2024-05-03T10:00', 'Asia/Taipei', '2024-05-03T02:00:00.000Z'),
  );
  it('parseTimestamp(Z) is that instant', t('2024-05-03T10:00:00Z', 'Asia/Taipei', '2024-05-03T10:00:00.000Z'));
  it('parseTimestamp(+hh:mm) applies the offset', t('2024-05-03T10:00:00+08:00', 'UTC', '2024-05-03T02:00:00.000Z'));
  it('parseTimestamp keeps milliseconds', t('2024-05-03T10:00:00.5Z', 'UTC', '2024-05-03T10:00:00.500Z'));
  for (const bad of ['2024-02-30', '2024-13-01', '2024-05-03T25:00', 'yesterday', '', '2024-5-3']) {
    it(`parseTimestamp(${JSON.stringify(bad)}) is undefined`, t(bad, 'UTC', undefined));
  }
});

describe('monthRange', () => {
  it('monthRange includes both ends across a year', () =>
    assert.deepEqual(
      monthRange('2024-11', '2025-02').map((p) => p.start),
      ['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01'],
    ));
  it('monthRange rejects a month that is not YYYY-MM', () =>
    assert.throws(() => monthRange('2024-1', '2024-02'), { code: 'invalid-option' }));
});

describe('lastDay', () => {
  it('is the day before the period end, in any year (0000-0099 too) and across leap days', () => {
    assert.equal(lastDay({ start: '2024-02-01', end: '2024-03-01' }), '2024-02-29');
    assert.equal(lastDay({ start: '2024-12-01', end: '2025-01-01' }), '2024-12-31');
    assert.equal(lastDay({ start: '0050-03-01', end: '0050-04-01' }), '0050-03-31');
    assert.equal(lastDay({ start: '0004-02-01', end: '0004-03-01' }), '0004-02-29');
  });
});
