import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { channelSummary } from '../../src/engine/acquisition.js';
import { sum, type Dec } from '../../src/engine/decimal.js';
import { computeSeriesWith, computeSummaryWith, computeWith } from '../../src/engine/compute.js';
import { cacByChannel } from '../../src/engine/kpis/cac-by-channel.js';
import { cacPayback } from '../../src/engine/kpis/cac-payback.js';
import { cac } from '../../src/engine/kpis/cac.js';
import { cltv } from '../../src/engine/kpis/cltv.js';
import { ltvToCac } from '../../src/engine/kpis/ltv-to-cac.js';
import { paidCac } from '../../src/engine/kpis/paid-cac.js';
import {
  Decimal,
  MissingFxRateError,
  type Customer,
  type Dataset,
  type KpiModule,
  type KpiResult,
  type Spend,
  type Subscription,
} from '../../src/engine/index.js';

const may = { period: '2024-05', currency: 'USD', timeZone: 'UTC' } as const;
const str = (d: Dec | null | undefined) => (d === null || d === undefined ? d : d.toString());
const strings = (o: Record<string, Dec | null> | undefined) =>
  o && Object.fromEntries(Object.entries(o).map(([k, v]) => [k, str(v)]));
const run = (m: KpiModule, data: Dataset, options: Record<string, unknown> = {}) =>
  computeWith(m, data, { ...may, ...options });
const third = new Decimal(1).div(3);

// May 2024 by hand. Spend in May: ads 3000, events 900 (one day, no customers), seo 600, social 1500
// (half of a 30-day row from April 16), overhead 5000. Marketing 6000, fully loaded 11000.
// New customers in May: ads 3, seo 2, referral 2 (no spend), social 1, no channel 2 = 10.
const spend: Spend[] = [
  { periodStart: '2024-05-01', periodEnd: '2024-06-01', amount: '3000', channel: 'ads', paid: true },
  { periodStart: '2024-05-10', amount: '900', channel: 'events', paid: true },
  { periodStart: '2024-05-01', periodEnd: '2024-06-01', amount: '600', channel: 'seo' },
  { periodStart: '2024-04-16', periodEnd: '2024-05-16', amount: '3000', channel: 'social', paid: true },
  { periodStart: '2024-05-01', periodEnd: '2024-06-01', amount: '5000', category: 'salaries' },
];
const customers: Customer[] = [
  { id: 'c1', firstPaidAt: '2024-05-03', channel: 'ads' },
  { id: 'c2', firstPaidAt: '2024-05-20', channel: 'ads' },
  { id: 'c3', firstPaidAt: '2024-05-31T23:00:00Z', channel: 'ads' },
  { id: 'c4', firstPaidAt: '2024-05-05', channel: 'seo' },
  { id: 'c5', firstPaidAt: '2024-05-07', channel: 'referral' },
  { id: 'c6', firstPaidAt: '2024-05-08', channel: 'referral' },
  { id: 'c7', firstPaidAt: '2024-05-09' },
  { id: 'c8', firstPaidAt: '2024-05-10', channel: '' },
  { id: 'c9', firstPaidAt: '2024-05-11', channel: 'social' },
  { id: 'c10', firstPaidAt: '2024-06-01', channel: 'ads' },
  { id: 'c11', firstPaidAt: '2024-04-30', channel: 'ads' },
  { id: 'c12', firstPaidAt: '2024-05-12', channel: 'seo' },
];
// Subscriptions: 3 paying customers at the start of May (a, b, c), b churns, d is new.
// End MRR 600 over 3 customers: ARPA 200; retention (3 − 1) ÷ 3 = 2/3.
const subscriptions: Subscription[] = [
  { id: 's1', customerId: 'a', amount: '100', interval: 'month', startAt: '2024-01-01' },
  { id: 's2', customerId: 'b', amount: '100', interval: 'month', startAt: '2024-01-01', endAt: '2024-05-15' },
  { id: 's3', customerId: 'c', amount: '200', interval: 'month', startAt: '2024-01-01' },
  { id: 's4', customerId: 'd', amount: '300', interval: 'month', startAt: '2024-05-10' },
];
const data: Dataset = { spend, customers, subscriptions };

describe('cac', () => {
  // t(expected value, options)
  const t =
    (expected: string | null, options: Record<string, unknown> = {}, d: Dataset = data) =>
    () =>
      assert.equal(str(run(cac, d, options).value), expected);
  it('compute(cac) divides marketing spend by new customers by default', t('600'));
  it('compute(cac, costBasis marketing) leaves overhead out', t('600', { costBasis: 'marketing' }));
  it('compute(cac, costBasis fully-loaded) adds rows without a channel', t('1100', { costBasis: 'fully-loaded' }));
  it('compute(cac) throws invalid-option for an unknown costBasis', () =>
    assert.throws(() => run(cac, data, { costBasis: 'all' }), { code: 'invalid-option', option: 'costBasis' }));
  it('compute(cac) reports spend, newCustomers, numerator and denominator', () => {
    const r = run(cac, data);
    assert.deepEqual(strings(r.details), {
      spend: '6000',
      newCustomers: '10',
      numerator: '6000',
      denominator: '10',
    });
    assert.equal(r.unit, 'currency');
    assert.equal(r.polarity, 'lower-is-better');
    assert.equal(r.currency, 'USD');
  });
  it('compute(cac) counts a customer on P.end in the next period and compares with April', () => {
    // April: social 1500 (15 of 30 days), 1 customer (c11) → 1500; c10 (June 1) is not in May.
    const r = run(cac, data);
    assert.equal(str(r.comparison?.baseline), '1500');
    assert.equal(str(r.comparison?.delta), '-900');
    assert.equal(str(run(cac, data, { period: '2024-06' }).details?.newCustomers), '1');
  });
  it('compute(cac) gives null no-data when spend or customers are absent', () => {
    for (const d of [{}, { spend }, { customers }] as Dataset[]) {
      const r = run(cac, d);
      assert.equal(r.value, null);
      assert.equal(r.reason, 'no-data');
    }
  });
  it('compute(cac) gives null zero-denominator and spend 0 when the kinds are empty', () => {
    const r = run(cac, { spend: [], customers: [] });
    assert.equal(r.value, null);
    assert.equal(r.reason, 'zero-denominator');
    assert.deepEqual(strings(r.details), { spend: '0', newCustomers: '0', numerator: '0', denominator: '0' });
  });
  it('compute(cac) gives 0 when new customers came with no spend', t('0', {}, { spend: [], customers }));
  it('computeSummary(cac) divides spend by newCustomers', () => {
    const r = computeSummaryWith(cac, { spend: '5000', newCustomers: 4 });
    assert.equal(str(r.value), '1250');
    assert.deepEqual(strings(r.details), { spend: '5000', newCustomers: '4', numerator: '5000', denominator: '4' });
    assert.equal(computeSummaryWith(cac, { spend: '5000', newCustomers: 0 }).reason, 'zero-denominator');
  });
});

describe('cac spend spreading, zones and currencies', () => {
  const straddle: Dataset = {
    spend: [{ periodStart: '2024-06-16', periodEnd: '2024-07-16', amount: '3000', channel: 'ads' }],
    customers: [
      { id: 'j1', firstPaidAt: '2024-06-20', channel: 'ads' },
      { id: 'j2', firstPaidAt: '2024-06-30', channel: 'ads' },
      { id: 'j3', firstPaidAt: '2024-07-15', channel: 'ads' },
    ],
  };
  it('computeSeries(cac) spreads a row over its days: 3000 over June 16 – July 16 gives 1500 to each month', () => {
    const series = computeSeriesWith(cac, straddle, { from: '2024-06', to: '2024-07', currency: 'USD' });
    assert.deepEqual(
      series.map((r) => [str(r.details?.spend), str(r.value)]),
      [
        ['1500', '750'],
        ['1500', '1500'],
      ],
    );
  });
  it('compute(cac) takes a share of days that does not terminate, unrounded', () => {
    // 1000 over May 20 – June 2 (13 days): May holds 12 days.
    const d: Dataset = {
      spend: [{ periodStart: '2024-05-20', periodEnd: '2024-06-02', amount: '1000', channel: 'ads' }],
      customers: [{ id: 'x', firstPaidAt: '2024-05-21', channel: 'ads' }],
    };
    assert.equal(str(run(cac, d).value), new Decimal(12000).div(13).toString());
  });
  it('compute(cac) reads local dates: 20:00Z on May 31 is June 1 in Asia/Taipei', () => {
    const d: Dataset = {
      spend: [
        { periodStart: '2024-05-01', periodEnd: '2024-06-01', amount: '1000', channel: 'ads' },
        { periodStart: '2024-05-31T20:00:00Z', amount: '500', channel: 'ads' },
      ],
      customers: [
        { id: 'x', firstPaidAt: '2024-05-02', channel: 'ads' },
        { id: 'y', firstPaidAt: '2024-05-31T20:00:00Z', channel: 'ads' },
      ],
    };
    assert.deepEqual(strings(run(cac, d, { timeZone: 'Asia/Taipei' }).details), {
      spend: '1000',
      newCustomers: '1',
      numerator: '1000',
      denominator: '1',
    });
    assert.equal(str(run(cac, d, { timeZone: 'UTC' }).value), '750');
  });
  it('compute(cac) treats America/New_York midnight as local across the DST change', () => {
    const d: Dataset = {
      spend: [{ periodStart: '2024-03-01', periodEnd: '2024-04-01', amount: '3100', channel: 'ads' }],
      customers: [
        { id: 'x', firstPaidAt: '2024-03-31T23:30:00-04:00', channel: 'ads' },
        { id: 'y', firstPaidAt: '2024-04-01T03:30:00Z', channel: 'ads' },
      ],
    };
    const r = run(cac, d, { period: '2024-03', timeZone: 'America/New_York' });
    assert.deepEqual([str(r.value), str(r.details?.newCustomers)], ['1550', '2']);
  });
  const fx: Dataset = {
    spend: [
      { periodStart: '2024-05-01', periodEnd: '2024-06-01', amount: '1000', currency: 'EUR', channel: 'ads' },
      { periodStart: '2024-05-01', periodEnd: '2024-06-01', amount: '100', channel: 'seo' },
      { periodStart: '2024-05-01', periodEnd: '2024-06-01', amount: '50', currency: 'EUR' },
      { periodStart: '2023-01-01', amount: '999', currency: 'GBP', channel: 'ads' },
    ],
    customers: [
      { id: 'x', firstPaidAt: '2024-05-02', channel: 'ads' },
      { id: 'y', firstPaidAt: '2024-05-03', channel: 'seo' },
    ],
    fxRates: [
      { date: '2024-04-30', from: 'EUR', to: 'USD', rate: '1.1' },
      { date: '2024-05-02', from: 'EUR', to: 'USD', rate: '1.2' },
    ],
  };
  it('compute(cac) converts EUR spend at the rate on or before periodStart; rows outside P need none', () => {
    // 1000 EUR × 1.1 + 100 = 1200 over 2 customers; fully loaded adds 50 EUR × 1.1 = 55.
    assert.equal(str(run(cac, fx).value), '600');
    assert.equal(str(run(cac, fx, { costBasis: 'fully-loaded', compare: 'none' }).details?.spend), '1255');
  });
  it('compute(cac) throws MissingFxRateError for a row it uses without a rate', () =>
    assert.throws(() => run(cac, fx, { period: '2023-01', compare: 'none' }), MissingFxRateError));
  it('compute(cac) skips bad records with warnings', () => {
    const r = run(cac, {
      spend: [
        { periodStart: '2024-05-01', amount: 'abc', channel: 'ads' },
        { periodStart: '2024-05-10', periodEnd: '2024-05-01', amount: '5', channel: 'ads' },
        { periodStart: '2024-05-01', amount: '100', channel: 'ads' },
      ],
      customers: [
        { id: 'x', firstPaidAt: 'not a date', channel: 'ads' },
        { id: 'y', firstPaidAt: '2024-05-02', channel: 'ads' },
        { id: 'y', firstPaidAt: '2024-05-02', channel: 'ads' },
      ],
    });
    assert.equal(str(r.value), '100');
    assert.deepEqual(
      r.warnings.map((w) => [w.recordId, w.code]),
      [
        ['spend[0]', 'invalid-field'],
        ['spend[1]', 'invalid-field'],
        ['x', 'invalid-field'],
        ['y', 'duplicate-id'],
      ],
    );
  });
});

describe('cac-by-channel', () => {
  it('compute(cac-by-channel) lists channels by key with unattributed last', () => {
    const r = run(cacByChannel, data);
    assert.deepEqual(
      r.breakdown?.map((b) => ({ key: b.key, value: str(b.value), reason: b.reason, details: strings(b.details) })),
      [
        { key: 'ads', value: '1000', reason: undefined, details: { spend: '3000', newCustomers: '3' } },
        { key: 'events', value: null, reason: 'zero-denominator', details: { spend: '900', newCustomers: '0' } },
        { key: 'referral', value: '0', reason: undefined, details: { spend: '0', newCustomers: '2' } },
        { key: 'seo', value: '300', reason: undefined, details: { spend: '600', newCustomers: '2' } },
        { key: 'social', value: '1500', reason: undefined, details: { spend: '1500', newCustomers: '1' } },
        { key: 'unattributed', value: null, reason: 'unattributed', details: { spend: '0', newCustomers: '2' } },
      ],
    );
  });
  it('compute(cac-by-channel) gives null for a channel with spend and no customers', () => {
    const events = run(cacByChannel, data).breakdown?.find((b) => b.key === 'events');
    assert.deepEqual([events?.value, events?.reason], [null, 'zero-denominator']);
  });
  it('compute(cac-by-channel) gives 0 for a free channel', () =>
    assert.equal(str(run(cacByChannel, data).breakdown?.find((b) => b.key === 'referral')?.value), '0'));
  it('compute(cac-by-channel) values the blended marketing CAC over all new customers, unattributed included', () => {
    const r = run(cacByChannel, data, { costBasis: 'fully-loaded' });
    assert.equal(str(r.value), '600');
    assert.deepEqual(strings(r.details), {
      spend: '6000',
      newCustomers: '10',
      numerator: '6000',
      denominator: '10',
    });
    assert.equal(r.polarity, 'lower-is-better');
  });
  it('compute(cac-by-channel) gives no-data without the kinds and zero-denominator with empty ones', () => {
    assert.equal(run(cacByChannel, { spend }).reason, 'no-data');
    const r = run(cacByChannel, { spend: [], customers: [] });
    assert.deepEqual([r.value, r.reason, r.breakdown], [null, 'zero-denominator', []]);
  });
  it('compute(cac-by-channel) leaves out channels whose rows have no day in P', () =>
    assert.deepEqual(
      run(cacByChannel, data, { period: '2024-07' }).breakdown?.map((b) => b.key),
      [],
    ));
  it('computeSummary(cac-by-channel) takes the blended spend and newCustomers', () =>
    assert.equal(str(computeSummaryWith(cacByChannel, { spend: '6000', newCustomers: '10' }).value), '600'));
  it('computeSummary(cac-by-channel) reads the channels JSON of the widget attribute', () => {
    const r = computeSummaryWith(cacByChannel, {
      channels:
        '[{"channel":"seo","spend":"1500","newCustomers":"3"},{"channel":"events","spend":"900","newCustomers":"0"}]',
    });
    assert.equal(str(r.value), '800');
    assert.deepEqual(
      r.breakdown?.map((b) => [b.key, str(b.value), b.reason]),
      [
        ['events', null, 'zero-denominator'],
        ['seo', '500', undefined],
      ],
    );
  });
  it('computeSummary(cac-by-channel) names channels when its JSON is truncated', () =>
    assert.throws(() => computeSummaryWith(cacByChannel, { channels: '[{"channel":"seo"' }), {
      code: 'invalid-option',
      option: 'channels',
    }));
  it('channelSummary(json) gives the breakdown from the widget attribute', () => {
    const r = channelSummary(
      '[{"channel":"seo","spend":"1500","newCustomers":"3"},{"spend":"0","newCustomers":1},' +
        '{"channel":"ads","spend":2000,"newCustomers":"0"},{"channel":"referral","newCustomers":"2"}]',
    );
    assert.equal(str(r.value), '583.3333333333333333333333333333333');
    assert.deepEqual(
      r.breakdown?.map((b) => [b.key, str(b.value), b.reason]),
      [
        ['ads', null, 'zero-denominator'],
        ['referral', '0', undefined],
        ['seo', '500', undefined],
        ['unattributed', null, 'unattributed'],
      ],
    );
  });
  it('channelSummary(json) names the channels option for bad text or entries', () => {
    for (const bad of [
      'not json',
      '{"channel":"seo"}',
      '[1]',
      '[{"channel":"seo","spend":"abc","newCustomers":"1"}]',
      '[{"channel":"seo","spend":"1","newCustomers":"1.5"}]',
      '[{"channel":"seo","spend":"1","newCustomers":"-1"}]',
      '[{"channel":7,"spend":"1","newCustomers":"1"}]',
      '[{"channel":"seo","spend":"1","newCustomers":"1"},{"channel":"seo","spend":"1","newCustomers":"1"}]',
    ]) {
      assert.throws(() => channelSummary(bad), { code: 'invalid-option', option: 'channels' }, bad);
    }
  });
});

describe('paid-cac', () => {
  it('compute(paid-cac) divides paid channel spend by customers of channels with paid spend', () => {
    // Paid: ads 3000, events 900, social 1500 = 5400; customers ads 3 + events 0 + social 1 = 4.
    const r = run(paidCac, data);
    assert.equal(str(r.value), '1350');
    assert.deepEqual(strings(r.details), { spend: '5400', newCustomers: '4', numerator: '5400', denominator: '4' });
  });
  it('compute(paid-cac) ignores paid rows without a channel', () => {
    const d: Dataset = {
      spend: [
        { periodStart: '2024-05-01', amount: '100', channel: 'ads', paid: true },
        { periodStart: '2024-05-01', amount: '900', paid: true },
      ],
      customers: [{ id: 'x', firstPaidAt: '2024-05-02', channel: 'ads' }],
    };
    assert.equal(str(run(paidCac, d).value), '100');
  });
  it('compute(paid-cac) gives null zero-denominator without paid channels', () => {
    const r = run(paidCac, { spend: [spend[2]!], customers });
    assert.deepEqual([r.value, r.reason], [null, 'zero-denominator']);
    assert.equal(run(paidCac, { customers }).reason, 'no-data');
  });
  it('compute(paid-cac) reads paid as the text true from CSV', () => {
    const d = {
      spend: [{ periodStart: '2024-05-01', amount: '100', channel: 'ads', paid: 'true' }],
      customers: [{ id: 'x', firstPaidAt: '2024-05-02', channel: 'ads' }],
    } as unknown as Dataset;
    assert.equal(str(run(paidCac, d).value), '100');
  });
});

describe('cltv', () => {
  const opts = { grossMargin: '0.8', retentionRate: '0.9', arpa: '1000' };
  // t(expected value, options, dataset)
  const t =
    (expected: string | null, options: Record<string, unknown>, d: Dataset = data) =>
    () =>
      assert.equal(str(run(cltv, d, options).value), expected);
  it('compute(cltv) by the simple method multiplies margin, retention and ARPA', t('720', opts, {}));
  it('compute(cltv, method churn) divides ARPA × margin by churn', t('8000', { ...opts, method: 'churn' }, {}));
  it(
    'compute(cltv, method discounted) gives m·r ÷ (1 + d − r)',
    t('3600', { ...opts, method: 'discounted', discountRate: '0.1' }, {}),
  );
  it('compute(cltv, method discounted) defaults discountRate to 0', t('7200', { ...opts, method: 'discounted' }, {}));
  it(
    'compute(cltv) accepts numbers for the options',
    t('720', { grossMargin: 0.8, retentionRate: 0.9, arpa: 1000 }, {}),
  );
  it('compute(cltv) derives ARPA and retention from subscriptions', () => {
    // ARPA 600 ÷ 3 = 200; retention 2/3; margin 0.75: 0.75 × 2/3 × 200 = 100.
    const r = run(cltv, data, { grossMargin: '0.75' });
    assert.equal(str(r.value), '100');
    assert.deepEqual(strings(r.details), {
      grossMargin: '0.75',
      retentionRate: new Decimal(2).div(3).toString(),
      arpa: '200',
      discountRate: '0',
    });
  });
  it('compute(cltv, method churn) stays exact with a derived churn of 1/3', () => {
    const r = run(cltv, data, { grossMargin: '0.75', method: 'churn' });
    assert.equal(str(r.value), '450');
    assert.equal(str(r.details?.numerator), '150');
    assert.equal(str(r.details?.denominator), third.toString());
  });
  it('compute(cltv, method discounted) uses the derived retention', () =>
    assert.equal(
      str(run(cltv, data, { grossMargin: '0.75', method: 'discounted', discountRate: '0.1' }).value),
      new Decimal(3000).div(13).toString(),
    ));
  it('compute(cltv) takes arpa from options and retention from data', t('180', { grossMargin: '0.9', arpa: '300' }));
  it('compute(cltv) gives null missing-gross-margin without a margin, with the derived figures', () => {
    const r = run(cltv, data, {});
    assert.deepEqual([r.value, r.reason, str(r.details?.arpa)], [null, 'missing-gross-margin', '200']);
    assert.equal(run(cltv, {}, {}).reason, 'missing-gross-margin');
  });
  it('compute(cltv, method churn) gives null zero-churn when retention is 1', () => {
    assert.equal(run(cltv, {}, { ...opts, retentionRate: '1', method: 'churn' }).reason, 'zero-churn');
    assert.equal(run(cltv, {}, { ...opts, retentionRate: '1', method: 'discounted' }).reason, 'zero-churn');
    assert.equal(
      str(run(cltv, {}, { ...opts, retentionRate: '1', method: 'discounted', discountRate: '0.25' }).value),
      '3200',
    );
  });
  it('compute(cltv) gives no-data when a figure must be derived and subscriptions are absent', () =>
    assert.equal(run(cltv, { spend }, { grossMargin: '0.8', arpa: '100' }).reason, 'no-data'));
  it('compute(cltv) gives zero-denominator with no paying customers', () =>
    assert.equal(run(cltv, { subscriptions: [] }, { grossMargin: '0.8' }).reason, 'zero-denominator'));
  it('compute(cltv) throws invalid-option naming a bad option', () => {
    for (const [name, v] of [
      ['method', 'lifetime'],
      ['grossMargin', 'abc'],
      ['grossMargin', '80'],
      ['retentionRate', '1.5'],
      ['retentionRate', '-0.1'],
      ['arpa', '-5'],
      ['discountRate', '-0.1'],
    ] as const) {
      assert.throws(() => run(cltv, {}, { ...opts, [name]: v }), { code: 'invalid-option', option: name }, `${name}`);
    }
  });
  it('computeSummary(cltv) gives 720 for gross-margin 0.8, retention-rate 0.9, arpa 1000', () => {
    const r = computeSummaryWith(cltv, { grossMargin: '0.8', retentionRate: '0.9', arpa: '1000' });
    assert.equal(str(r.value), '720');
    assert.deepEqual(strings(r.details), {
      grossMargin: '0.8',
      retentionRate: '0.9',
      arpa: '1000',
      discountRate: '0',
    });
    assert.throws(() => computeSummaryWith(cltv, { grossMargin: '80', retentionRate: '0.9', arpa: '1000' }), {
      code: 'invalid-option',
      option: 'grossMargin',
    });
  });
});

describe('cac-payback', () => {
  it('compute(cac-payback) divides CAC by derived ARPA × margin', () => {
    // CAC 600 ÷ (200 × 0.75) = 4 months.
    const r = run(cacPayback, data, { grossMargin: '0.75' });
    assert.equal(str(r.value), '4');
    assert.deepEqual(strings(r.details), {
      cac: '600',
      arpa: '200',
      grossMargin: '0.75',
      numerator: '600',
      denominator: '150',
    });
    assert.deepEqual([r.unit, r.polarity], ['months', 'lower-is-better']);
  });
  it('compute(cac-payback) takes options.arpa and honours costBasis', () => {
    assert.equal(str(run(cacPayback, data, { grossMargin: '0.8', arpa: '100' }).value), '7.5');
    assert.equal(
      str(run(cacPayback, data, { grossMargin: '0.8', arpa: '100', costBasis: 'fully-loaded' }).value),
      '13.75',
    );
  });
  it('compute(cac-payback) stays exact when ARPA does not terminate', () =>
    // ARPA 1000 ÷ 3; CAC 100; margin 0.5: 100 ÷ (1000/3 × 0.5) = 0.6.
    assert.equal(
      str(
        run(
          cacPayback,
          {
            spend: [{ periodStart: '2024-05-01', amount: '100', channel: 'ads' }],
            customers: [{ id: 'x', firstPaidAt: '2024-05-02', channel: 'ads' }],
            subscriptions: ['a', 'b', 'c'].map((c, i) => ({
              id: c,
              customerId: c,
              amount: i === 0 ? '333.34' : '333.33',
              interval: 'month' as const,
              startAt: '2024-01-01',
            })),
          },
          { grossMargin: '0.5' },
        ).value,
      ),
      '0.6',
    ));
  it('compute(cac-payback) gives null missing-gross-margin, no-data and zero-denominator', () => {
    assert.equal(run(cacPayback, data).reason, 'missing-gross-margin');
    assert.equal(run(cacPayback, { spend, customers }, { grossMargin: '0.8' }).reason, 'no-data');
    assert.equal(run(cacPayback, { spend, customers }, { grossMargin: '0.8', arpa: '100' }).value?.toString(), '7.5');
    assert.equal(run(cacPayback, { ...data, customers: [] }, { grossMargin: '0.8' }).reason, 'zero-denominator');
    assert.equal(run(cacPayback, data, { grossMargin: '0.8', arpa: '0' }).reason, 'zero-denominator');
    assert.throws(() => run(cacPayback, data, { grossMargin: 'x' }), { code: 'invalid-option', option: 'grossMargin' });
  });
});

describe('ltv-to-cac', () => {
  it('compute(ltv-to-cac) divides the churn-method CLTV by CAC', () => {
    // CLTV 200 × 0.75 ÷ (1/3) = 450; CAC 600.
    const r = run(ltvToCac, data, { grossMargin: '0.75' });
    assert.equal(str(r.value), '0.75');
    assert.deepEqual(strings(r.details), {
      cltv: '450',
      cac: '600',
      grossMargin: '0.75',
      retentionRate: new Decimal(2).div(3).toString(),
      arpa: '200',
      numerator: '450',
      denominator: '600',
    });
    assert.deepEqual([r.unit, r.polarity], ['ratio', 'higher-is-better']);
  });
  it('compute(ltv-to-cac) honours costBasis', () =>
    assert.equal(
      str(run(ltvToCac, data, { grossMargin: '0.75', costBasis: 'fully-loaded' }).value),
      new Decimal(450).div(1100).toString(),
    ));
  it('compute(ltv-to-cac) uses the churn method whatever method says, and options arpa and retentionRate', () =>
    // CLTV 100 × 0.8 ÷ 0.05 = 1600; CAC 600.
    assert.equal(
      str(run(ltvToCac, data, { grossMargin: '0.8', arpa: '100', retentionRate: '0.95', method: 'simple' }).value),
      new Decimal(8).div(3).toString(),
    ));
  it('compute(ltv-to-cac) gives null for a missing margin, zero churn, no customers or zero spend', () => {
    assert.equal(run(ltvToCac, data).reason, 'missing-gross-margin');
    assert.equal(run(ltvToCac, data, { grossMargin: '0.8', retentionRate: '1' }).reason, 'zero-churn');
    assert.equal(run(ltvToCac, { ...data, customers: [] }, { grossMargin: '0.8' }).reason, 'zero-denominator');
    assert.equal(run(ltvToCac, { ...data, spend: [] }, { grossMargin: '0.8' }).reason, 'zero-denominator');
    assert.equal(run(ltvToCac, { spend, customers }, { grossMargin: '0.8' }).reason, 'no-data');
  });
});

// ---- Properties ----

const day = (d: number) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
const channel = fc.constantFrom('ads', 'seo', 'events', 'referral', undefined);
const spendRow = fc
  .record({
    start: fc.integer({ min: 0, max: 300 }),
    length: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
    cents: fc.integer({ min: -50_000, max: 5_000_000 }),
    channel,
    paid: fc.boolean(),
  })
  .map((s): Spend => ({
    periodStart: day(s.start),
    ...(s.length ? { periodEnd: day(s.start + s.length) } : {}),
    amount: (s.cents / 100).toFixed(2),
    ...(s.channel ? { channel: s.channel } : {}),
    paid: s.paid,
  }));
const customerList = fc
  .array(fc.record({ at: fc.integer({ min: 0, max: 365 }), hour: fc.integer({ min: 0, max: 23 }), channel }), {
    maxLength: 25,
  })
  .map((list) =>
    list.map((c, i): Customer => ({
      id: `c${i}`,
      firstPaidAt: `${day(c.at)}T${String(c.hour).padStart(2, '0')}:00:00Z`,
      ...(c.channel ? { channel: c.channel } : {}),
    })),
  );
const subscriptionList = fc
  .array(
    fc.record({
      customer: fc.constantFrom('a', 'b', 'c', 'd'),
      start: fc.integer({ min: 0, max: 300 }),
      length: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
      cents: fc.integer({ min: 0, max: 100_000 }),
      interval: fc.constantFrom('month', 'year', 'week'),
    }),
    { maxLength: 8 },
  )
  .map((list) =>
    list.map((s, i): Subscription => ({
      id: `s${i}`,
      customerId: s.customer,
      amount: (s.cents / 100).toFixed(2),
      interval: s.interval as Subscription['interval'],
      startAt: day(s.start),
      ...(s.length ? { endAt: day(s.start + s.length) } : {}),
    })),
  );
const datasets = fc.record({
  spend: fc.array(spendRow, { maxLength: 15 }),
  customers: customerList,
  subscriptions: subscriptionList,
});
const month = fc.integer({ min: 1, max: 12 }).map((m) => `2024-${String(m).padStart(2, '0')}`);
const zone = fc.constantFrom('UTC', 'America/Los_Angeles', 'Asia/Taipei', 'America/New_York');
const modules = [cac, cacByChannel, paidCac, cltv, cacPayback, ltvToCac];
const kpiOptions = fc.record({
  costBasis: fc.constantFrom('marketing', 'fully-loaded'),
  method: fc.constantFrom('simple', 'churn', 'discounted'),
  grossMargin: fc.option(fc.constantFrom('0.8', '0.35', '1', '0', '-0.2'), { nil: undefined }),
  retentionRate: fc.option(fc.constantFrom('0.9', '1', '0', '0.333'), { nil: undefined }),
  arpa: fc.option(fc.constantFrom('100', '0', '49.99'), { nil: undefined }),
  discountRate: fc.option(fc.constantFrom('0', '0.1'), { nil: undefined }),
});
const finite = (d: Dec | null | undefined) => d === null || d === undefined || d.isFinite();
function assertFinite(r: KpiResult) {
  assert.ok(finite(r.value), `${r.id} value`);
  assert.ok(r.value !== null || typeof r.reason === 'string', `${r.id} null without reason`);
  for (const v of Object.values(r.details ?? {})) assert.ok(finite(v), `${r.id} details`);
  for (const b of r.breakdown ?? []) {
    assert.ok(finite(b.value) && (b.value !== null || b.reason), `${r.id} breakdown ${b.key}`);
    for (const v of Object.values(b.details ?? {})) assert.ok(finite(v));
  }
  assertFiniteComparison(r);
}
function assertFiniteComparison(r: KpiResult) {
  const c = r.comparison;
  if (c) for (const v of [c.baseline, c.delta, c.deltaPercent]) assert.ok(finite(v), `${r.id} comparison`);
}
const shuffled = <T>(list: T[], seed: number) =>
  list
    .map((x, i) => ({ x, k: (i * 7919 + seed * 104_729) % 1_000_003 }))
    .sort((a, b) => a.k - b.k)
    .map(({ x }) => x);

describe('acquisition properties', () => {
  it('compute(cac-by-channel) numerator equals the sum of channel spends and of cac marketing spend', () => {
    fc.assert(
      fc.property(datasets, month, zone, (d, period, timeZone) => {
        const options = { period, timeZone, currency: 'USD' };
        const r = computeWith(cacByChannel, d, options);
        const spends = (r.breakdown ?? []).map((b) => b.details!.spend!);
        // Summed in breakdown order, one rounding per addition, as the engine sums.
        assert.equal(r.details!.numerator!.toString(), sum(spends).toString());
        assert.equal(
          r.details!.denominator!.toString(),
          sum((r.breakdown ?? []).map((b) => b.details!.newCustomers!)).toString(),
        );
        assert.equal(r.details!.numerator!.toString(), computeWith(cac, d, options).details!.spend!.toString());
      }),
      { numRuns: 200 },
    );
  });
  it('compute(acquisition KPIs) never give NaN or Infinity and never a null without a reason', () => {
    fc.assert(
      fc.property(datasets, month, zone, kpiOptions, (d, period, timeZone, extra) => {
        for (const m of modules) assertFinite(computeWith(m, d, { period, timeZone, currency: 'USD', ...extra }));
      }),
      { numRuns: 150 },
    );
  });
  it('compute(acquisition KPIs) do not depend on record order', () => {
    fc.assert(
      fc.property(datasets, month, kpiOptions, fc.integer(), (d, period, extra, seed) => {
        const other: Dataset = {
          spend: shuffled(d.spend, seed),
          customers: shuffled(d.customers, seed),
          subscriptions: shuffled(d.subscriptions, seed),
        };
        for (const m of modules) {
          const options = { period, currency: 'USD', ...extra };
          assert.equal(JSON.stringify(computeWith(m, other, options)), JSON.stringify(computeWith(m, d, options)));
        }
      }),
      { numRuns: 150 },
    );
  });
  it('compute(cac) spend over a quarter equals the sum of its months (to 34 digits)', () => {
    fc.assert(
      fc.property(fc.array(spendRow, { maxLength: 15 }), zone, (rows, timeZone) => {
        const d: Dataset = { spend: rows, customers: [] };
        const options = { timeZone, currency: 'USD', costBasis: 'fully-loaded', compare: 'none' } as const;
        const months = ['2024-04', '2024-05', '2024-06'].map(
          (period) => computeWith(cac, d, { ...options, period }).details!.spend!,
        );
        const quarter = computeWith(cac, d, { ...options, period: '2024-Q2' }).details!.spend!;
        const total = sum(months);
        assert.ok(total.minus(quarter).abs().lte(quarter.abs().plus(1).times('1e-28')), `${total} vs ${quarter}`);
      }),
      { numRuns: 200 },
    );
  });
  it('compute(acquisition KPIs) never mutate their inputs', () => {
    const frozen = structuredClone(data);
    const deepFreeze = (o: unknown): unknown => {
      if (o && typeof o === 'object') {
        Object.values(o).forEach(deepFreeze);
        Object.freeze(o);
      }
      return o;
    };
    deepFreeze(frozen);
    for (const m of modules) computeWith(m, frozen, { ...may, grossMargin: '0.8' });
    assert.deepEqual(frozen, data);
  });
});
