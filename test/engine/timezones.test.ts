import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compute, type Dataset, type KpiId } from '../../src/engine/index.js';

// Every KPI buckets by the local calendar date in options.timeZone (spec §1, §6.1). These vectors sit on
// month ends and DST changes in Asia/Taipei (UTC+8, no DST) and America/New_York (DST in March and November).
const value = (id: KpiId, data: Dataset, period: string, timeZone: string) =>
  compute(id, data, { period, timeZone, currency: 'USD', compare: 'none' }).value?.toString();

describe('time zones at month ends', () => {
  const lateDeal: Dataset = {
    deals: [
      {
        id: 'd',
        createdAt: '2024-03-01',
        closedAt: '2024-03-31T23:30:00-04:00',
        stage: 'won',
        amount: '900',
        repId: 'r',
      },
    ],
  };
  // t(kpi, data, period, zone, expected)
  const cases: [KpiId, Dataset, string, string, string | undefined][] = [
    ['average-deal-size', lateDeal, '2024-03', 'America/New_York', '900'],
    ['average-deal-size', lateDeal, '2024-03', 'Asia/Taipei', undefined],
    ['average-deal-size', lateDeal, '2024-04', 'Asia/Taipei', '900'],
    ['average-deal-size', lateDeal, '2024-04', 'UTC', '900'],
    ['sales-per-rep', lateDeal, '2024-03', 'America/New_York', '900'],
    ['sales-per-rep', lateDeal, '2024-04', 'Asia/Taipei', '900'],
    ['new-leads', { leads: [{ id: 'l', createdAt: '2024-05-31T16:30:00Z' }] }, '2024-05', 'Asia/Taipei', '0'],
    ['new-leads', { leads: [{ id: 'l', createdAt: '2024-05-31T16:30:00Z' }] }, '2024-06', 'Asia/Taipei', '1'],
    ['new-leads', { leads: [{ id: 'l', createdAt: '2024-05-31T16:30:00Z' }] }, '2024-05', 'America/New_York', '1'],
    ['new-leads', { leads: [{ id: 'l', createdAt: '2024-06-01' }] }, '2024-06', 'Asia/Taipei', '1'],
    ['new-leads', { leads: [{ id: 'l', createdAt: '2024-06-01' }] }, '2024-05', 'America/New_York', '0'],
    [
      'mrr',
      {
        subscriptions: [{ id: 's', customerId: 'c', amount: '10', interval: 'month', startAt: '2024-05-31T22:00:00Z' }],
      },
      '2024-05',
      'America/New_York',
      '10',
    ],
    [
      'mrr',
      {
        subscriptions: [{ id: 's', customerId: 'c', amount: '10', interval: 'month', startAt: '2024-05-31T22:00:00Z' }],
      },
      '2024-05',
      'Asia/Taipei',
      '0',
    ],
  ];
  for (const [id, data, period, zone, expected] of cases) {
    it(`compute(${id}, ${period}, ${zone}) gives ${expected ?? 'null'}`, () =>
      assert.equal(value(id, data, period, zone), expected));
  }
});

describe('time zones across DST changes', () => {
  it('compute(sales-cycle-length) counts local calendar days across the March change in New York', () => {
    const data: Dataset = {
      deals: [
        {
          id: 'd',
          createdAt: '2024-03-09T23:00:00-05:00',
          closedAt: '2024-03-11T00:30:00-04:00',
          stage: 'won',
          amount: '1',
        },
      ],
    };
    // 24.5 elapsed hours, but two calendar days (9th to 11th) in New York; one in Taipei (10th to 11th).
    assert.equal(value('sales-cycle-length', data, '2024-03', 'America/New_York'), '2');
    assert.equal(value('sales-cycle-length', data, '2024-03', 'Asia/Taipei'), '1');
  });
  it('compute(new-leads) puts the repeated 01:30 of the November change in New York on November 3', () => {
    const data: Dataset = {
      leads: [
        { id: 'a', createdAt: '2024-11-03T01:30' },
        { id: 'b', createdAt: '2024-10-31T23:59:59' },
      ],
    };
    assert.equal(value('new-leads', data, '2024-11', 'America/New_York'), '1');
    assert.equal(value('new-leads', data, '2024-10', 'America/New_York'), '1');
  });
  it('compute(mrr) ends March at the New York midnight that follows the spring change', () => {
    // 2024-04-01T03:59Z is still March 31 in New York (EDT, UTC-4), so the segment is active at March's end.
    const data: Dataset = {
      subscriptions: [
        {
          id: 's',
          customerId: 'c',
          amount: '10',
          interval: 'month',
          startAt: '2024-03-01',
          endAt: '2024-04-01T03:59:00Z',
        },
      ],
    };
    assert.equal(value('mrr', data, '2024-03', 'America/New_York'), '0');
    assert.equal(
      value(
        'mrr',
        { subscriptions: [{ ...data.subscriptions![0]!, endAt: '2024-04-01T04:00:00Z' }] },
        '2024-03',
        'America/New_York',
      ),
      '10',
    );
  });
  it('compute(cac) spreads spend by local days, the same in every zone', () => {
    const data: Dataset = {
      spend: [{ periodStart: '2024-03-01', periodEnd: '2024-04-01', amount: '3100', channel: 'seo' }],
      customers: [{ id: 'c', firstPaidAt: '2024-03-10T12:00', channel: 'seo' }],
    };
    for (const zone of ['America/New_York', 'Asia/Taipei']) {
      assert.equal(
        compute('cac', data, {
          period: { start: '2024-03-05', end: '2024-03-15' },
          timeZone: zone,
          currency: 'USD',
        }).value?.toString(),
        '1000',
      );
    }
  });
});
