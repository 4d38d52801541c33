import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  compute,
  computeSeries,
  Decimal,
  MissingFxRateError,
  type Dataset,
  type Subscription,
} from '../../src/engine/index.js';

const may = { period: '2024-05', currency: 'USD', timeZone: 'America/New_York' } as const;
const sub = (s: Partial<Subscription> & { id: Subscription['id'] }): Subscription => ({
  customerId: s.id,
  amount: '100',
  interval: 'month',
  startAt: '2024-01-01',
  ...s,
});
const mrrOf = (subscriptions: Subscription[], options: Record<string, unknown> = {}) =>
  compute('mrr', { subscriptions }, { ...may, ...options }).value?.toString();

describe('mrr', () => {
  // t(expected end-of-May MRR, one subscription segment)
  const t =
    (expected: string, s: Partial<Subscription>, options: Record<string, unknown> = {}) =>
    () =>
      assert.equal(mrrOf([sub({ id: 's', ...s })], options), expected);

  it('compute(mrr) counts a monthly plan at its amount', t('30', { amount: '30' }));
  it('compute(mrr) divides a yearly plan by 12', t('100', { amount: '1200', interval: 'year' }));
  it('compute(mrr) divides a quarterly plan by 3', t('100', { amount: '300', interval: 'quarter' }));
  it('compute(mrr) multiplies a weekly plan by 52/12', t('52', { amount: '12', interval: 'week' }));
  it('compute(mrr) multiplies a daily plan by 365/12 without rounding', () =>
    assert.equal(mrrOf([sub({ id: 's', amount: '1', interval: 'day' })]), new Decimal(365).div(12).toString()));
  it('compute(mrr) divides by intervalCount', t('50', { amount: '100', intervalCount: 2 }));
  it('compute(mrr) multiplies by quantity, exactly', t('148.5', { amount: '49.50', quantity: '3' }));
  it('compute(mrr) reads number amounts through their shortest text', t('0.3', { amount: 0.1, quantity: 3 }));
  it('compute(mrr) multiplies by a quantity in exponent notation', t('1000', { amount: '10', quantity: '1e2' }));
  it('compute(mrr) multiplies by a quantity with surrounding spaces', t('20', { amount: '10', quantity: ' 2 ' }));
  it('compute(mrr) applies a forever discount', t('80', { discountPercent: '20' }));
  it(
    'compute(mrr) applies a limited discount until discountEndsAt',
    t('80', { discountPercent: '20', discountDuration: 'limited', discountEndsAt: '2024-06-15' }),
  );
  it(
    'compute(mrr) drops a limited discount after discountEndsAt',
    t('100', { discountPercent: '20', discountDuration: 'limited', discountEndsAt: '2024-05-15' }),
  );
  it(
    'compute(mrr) treats limited without discountEndsAt as forever',
    t('80', { discountPercent: '20', discountDuration: 'limited' }),
  );
  it(
    'compute(mrr, discountPolicy forever-only) ignores a limited discount',
    t(
      '100',
      { discountPercent: '20', discountDuration: 'limited', discountEndsAt: '2024-06-15' },
      { discountPolicy: 'forever-only' },
    ),
  );
  it(
    'compute(mrr, discountPolicy none) ignores every discount',
    t('100', { discountPercent: '20' }, { discountPolicy: 'none' }),
  );
  it('compute(mrr) gives 0 while the subscription is in trial', t('0', { trialEndsAt: '2024-06-10' }));
  it('compute(mrr) counts a trial that ended inside the period', t('100', { trialEndsAt: '2024-05-10' }));
  it('compute(mrr) counts a segment that ends on the period end (half-open)', t('100', { endAt: '2024-06-01' }));
  it('compute(mrr) drops a segment that ends before the period end', t('0', { endAt: '2024-05-31' }));
  it('compute(mrr) ignores a segment that starts on the period end', t('0', { startAt: '2024-06-01' }));
  it('compute(mrr) reads a date without offset as local midnight in the zone', t('100', { startAt: '2024-05-31' }));
  it('compute(mrr) shifts a UTC instant into the zone: 20:00Z on May 31 is June 1 in Taipei', () => {
    const s = [sub({ id: 's', startAt: '2024-05-31T20:00:00Z' })];
    assert.equal(mrrOf(s, { timeZone: 'Asia/Taipei' }), '0');
    assert.equal(mrrOf(s, { timeZone: 'UTC' }), '100');
  });
  it('compute(mrr) sums segments of one customer', () =>
    assert.equal(
      mrrOf([sub({ id: 'a', customerId: 'c' }), sub({ id: 'b', customerId: 'c', amount: '5.05' })]),
      '105.05',
    ));
  it('compute(mrr) gives null no-data when the dataset has no subscriptions kind', () => {
    const r = compute('mrr', {}, may);
    assert.equal(r.value, null);
    assert.equal(r.reason, 'no-data');
  });
  it('compute(mrr) gives 0 when subscriptions is present but nothing is active', () =>
    assert.equal(compute('mrr', { subscriptions: [] }, may).value?.toString(), '0'));
  it('compute(mrr) reports start MRR and paying customers in details', () => {
    const r = compute(
      'mrr',
      { subscriptions: [sub({ id: 'a' }), sub({ id: 'b', startAt: '2024-05-20' }), sub({ id: 'c', amount: '0' })] },
      may,
    );
    assert.equal(r.details?.start?.toString(), '100');
    assert.equal(r.details?.customers?.toString(), '2');
    assert.equal(r.currency, 'USD');
    assert.equal(r.unit, 'currency');
    assert.equal(r.polarity, 'higher-is-better');
    assert.deepEqual(r.period, { start: '2024-05-01', end: '2024-06-01' });
  });
});

describe('mrr warnings', () => {
  const data: Dataset = {
    subscriptions: [
      sub({ id: 'ok' }),
      sub({ id: 'bad-amount', amount: 'abc' }),
      sub({ id: 'comma', amount: '1,234' }),
      sub({ id: 'bad-interval', interval: 'monthly' as never }),
      sub({ id: 'inverted', startAt: '2024-05-10', endAt: '2024-05-01' }),
      sub({ id: 'bad-date', startAt: '2024-02-30' }),
      sub({ id: 'too-much-discount', discountPercent: '120' }),
      { id: 'no-customer', amount: '10', interval: 'month', startAt: '2024-01-01' } as unknown as Subscription,
      sub({ id: 'ok' }),
    ],
  };
  it('compute(mrr) skips each malformed record and lists it with its id, sorted by id', () => {
    const r = compute('mrr', data, may);
    assert.equal(r.value?.toString(), '100');
    assert.deepEqual(
      r.warnings.map((w) => [w.recordId, w.code]),
      [
        ['bad-amount', 'invalid-field'],
        ['bad-date', 'invalid-field'],
        ['bad-interval', 'invalid-field'],
        ['comma', 'invalid-field'],
        ['inverted', 'invalid-field'],
        ['no-customer', 'invalid-record'],
        ['ok', 'duplicate-id'],
        ['too-much-discount', 'out-of-range'],
      ],
    );
    assert.match(r.warnings[0]!.message, /amount "abc" is not a decimal number/);
  });
  it('compute(mrr) names a row without id by kind and index', () => {
    const r = compute('mrr', { subscriptions: [null as never, { amount: '1' } as never] }, may);
    assert.deepEqual(
      r.warnings.map((w) => w.recordId),
      ['subscriptions[0]', 'subscriptions[1]'],
    );
  });
  it('compute(mrr) keeps the duplicate whose JSON sorts first, whatever the order', () => {
    const a = sub({ id: 'x', amount: '10' });
    const b = sub({ id: 'x', amount: '20' });
    assert.equal(mrrOf([a, b]), '10');
    assert.equal(mrrOf([b, a]), '10');
  });
});

describe('mrr currencies', () => {
  const fxRates = [
    { date: '2024-04-01', from: 'EUR', to: 'USD', rate: '1.1' },
    { date: '2024-06-01', from: 'EUR', to: 'USD', rate: '1.2' },
  ];
  const eur = sub({ id: 'e', currency: 'EUR' });
  it('compute(mrr) converts with the latest rate on or before the date', () => {
    assert.equal(compute('mrr', { subscriptions: [eur], fxRates }, may).value?.toString(), '110');
    assert.equal(
      compute('mrr', { subscriptions: [eur], fxRates }, { ...may, period: '2024-06' }).value?.toString(),
      '120',
    );
  });
  it('compute(mrr) inverts a reverse pair', () => {
    const rates = [{ date: '2024-01-01', from: 'USD', to: 'EUR', rate: '0.5' }];
    assert.equal(compute('mrr', { subscriptions: [eur], fxRates: rates }, may).value?.toString(), '200');
  });
  it('compute(mrr) throws MissingFxRateError when a used record has no rate', () => {
    assert.throws(() => compute('mrr', { subscriptions: [eur] }, may), MissingFxRateError);
    assert.throws(() => compute('mrr', { subscriptions: [eur], fxRates }, { ...may, period: '2024-03' }), {
      code: 'missing-fx-rate',
    });
  });
  it('compute(mrr) without a currency option reports in the one currency the records carry', () => {
    const r = compute('mrr', { subscriptions: [eur] }, { period: '2024-05' });
    assert.equal(r.currency, 'EUR');
    assert.equal(r.value?.toString(), '100');
  });
  it('compute(mrr) without a currency option throws MissingFxRateError for mixed currencies', () =>
    assert.throws(
      () => compute('mrr', { subscriptions: [eur, sub({ id: 'u', currency: 'USD' })] }, { period: '2024-05' }),
      MissingFxRateError,
    ));
});

describe('arr', () => {
  it('compute(arr) is end MRR × 12 with mrr in details', () => {
    const r = compute('arr', { subscriptions: [sub({ id: 'a', amount: '49.99' })] }, may);
    assert.equal(r.value?.toString(), '599.88');
    assert.equal(r.details?.mrr?.toString(), '49.99');
  });
  it('compute(arr) gives null no-data without subscriptions', () =>
    assert.equal(compute('arr', {}, may).reason, 'no-data'));
});

describe('mrr-movements', () => {
  const data: Dataset = {
    subscriptions: [
      sub({ id: 'a1', customerId: 'A' }),
      sub({ id: 'b1', customerId: 'B', amount: '50', startAt: '2024-05-03' }),
      sub({ id: 'c1', customerId: 'C', amount: '200', endAt: '2024-05-10' }),
      sub({ id: 'd1', customerId: 'D', endAt: '2024-05-15' }),
      sub({ id: 'd2', customerId: 'D', amount: '150', startAt: '2024-05-15' }),
      sub({ id: 'e1', customerId: 'E', amount: '80', endAt: '2024-05-20' }),
      sub({ id: 'e2', customerId: 'E', amount: '60', startAt: '2024-05-20' }),
      sub({ id: 'f1', customerId: 'F', amount: '40', endAt: '2024-03-01' }),
      sub({ id: 'f2', customerId: 'F', amount: '40', startAt: '2024-05-05' }),
      sub({ id: 'g1', customerId: 'G', amount: '500', startAt: '2024-05-01', trialEndsAt: '2024-06-14' }),
      sub({
        id: 'h1',
        customerId: 'H',
        amount: '30',
        startAt: '2024-04-01',
        trialEndsAt: '2024-04-15',
        endAt: '2024-04-20',
      }),
      sub({ id: 'h2', customerId: 'H', amount: '30', startAt: '2024-05-25' }),
    ],
  };
  it('compute(mrr-movements) classifies new, expansion, reactivation, contraction and churn per customer', () => {
    const r = compute('mrr-movements', data, may);
    const d = Object.fromEntries(Object.entries(r.details!).map(([k, v]) => [k, v?.toString()]));
    assert.deepEqual(d, {
      start: '480',
      new: '50',
      expansion: '50',
      reactivation: '70',
      contraction: '20',
      churn: '200',
      end: '430',
    });
    assert.equal(r.value?.toString(), '-50');
  });
  it('compute(mrr-movements) reconciles start + new + expansion + reactivation − contraction − churn = end', () => {
    const d = compute('mrr-movements', data, may).details!;
    assert.equal(
      d.start!.plus(d.new!).plus(d.expansion!).plus(d.reactivation!).minus(d.contraction!).minus(d.churn!).toString(),
      d.end!.toString(),
    );
  });
  it('compute(mrr-movements) counts a customer who only trialled before as new, not reactivated', () => {
    const r = compute(
      'mrr-movements',
      {
        subscriptions: [
          sub({ id: 't', startAt: '2024-03-01', trialEndsAt: '2024-03-15', endAt: '2024-03-15' }),
          sub({ id: 'u', customerId: 't', startAt: '2024-05-02' }),
        ],
      },
      may,
    );
    assert.equal(r.details?.new?.toString(), '100');
    assert.equal(r.details?.reactivation?.toString(), '0');
  });
});

describe('comparison and target', () => {
  const data: Dataset = { subscriptions: [sub({ id: 'a' }), sub({ id: 'b', amount: '25', startAt: '2024-05-02' })] };
  it('compute(mrr) compares with the previous month by default', () => {
    const c = compute('mrr', data, may).comparison!;
    assert.equal(c.basis, 'previous-period');
    assert.deepEqual(c.period, { start: '2024-04-01', end: '2024-05-01' });
    assert.deepEqual([c.baseline?.toString(), c.delta?.toString(), c.deltaPercent?.toString()], ['100', '25', '0.25']);
  });
  it('compute(mrr, same-period-last-year) compares with May 2023 and gives no-baseline for 0', () => {
    const c = compute('mrr', data, { ...may, compare: 'same-period-last-year' }).comparison!;
    assert.deepEqual(c.period, { start: '2023-05-01', end: '2023-06-01' });
    assert.equal(c.baseline?.toString(), '0');
    assert.equal(c.deltaPercent, null);
    assert.equal(c.reason, 'no-baseline');
  });
  it('compute(mrr, compare none) has no comparison', () =>
    assert.equal(compute('mrr', data, { ...may, compare: 'none' }).comparison, undefined));
  it('compute(mrr, target) gives progress and remaining', () => {
    const t = compute('mrr', data, { ...may, target: '500' }).target!;
    assert.deepEqual([t.value.toString(), t.progress?.toString(), t.remaining?.toString()], ['500', '0.25', '375']);
  });
  it('compute(mrr) JSON-serialises decimals as strings', () => {
    const json = JSON.parse(JSON.stringify(compute('mrr', data, may)));
    assert.equal(json.value, '125');
    assert.equal(json.comparison.delta, '25');
  });
});

describe('computeSeries', () => {
  const data: Dataset = { subscriptions: [sub({ id: 'a', startAt: '2024-04-10' })] };
  it('computeSeries(mrr) gives one ascending result per month, both ends included', () => {
    const s = computeSeries('mrr', data, { from: '2024-03', to: '2024-05', timeZone: 'America/New_York' });
    assert.deepEqual(
      s.map((r) => [r.period?.start, r.value?.toString()]),
      [
        ['2024-03-01', '0'],
        ['2024-04-01', '100'],
        ['2024-05-01', '100'],
      ],
    );
  });
  it('computeSeries(mrr) chains: each month starts where the previous ended', () => {
    const s = computeSeries('mrr', data, { from: '2024-01', to: '2024-12' });
    for (let i = 1; i < s.length; i++) assert.equal(s[i]!.details!.start!.toString(), s[i - 1]!.value!.toString());
  });
  it('computeSeries rejects an unknown grain and a reversed range', () => {
    assert.throws(() => computeSeries('mrr', data, { from: '2024-01', to: '2024-02', grain: 'fortnight' as never }), {
      code: 'invalid-option',
    });
    assert.throws(() => computeSeries('mrr', data, { from: '2024-05', to: '2024-02' }), { code: 'invalid-option' });
  });
});
