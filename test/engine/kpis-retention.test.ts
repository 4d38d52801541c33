import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeSeriesWith, computeSummaryWith, computeWith } from '../../src/engine/compute.js';
import type { KpiModule } from '../../src/engine/context.js';
import { MissingFxRateError, type Dataset, type KpiResult, type Subscription } from '../../src/engine/index.js';
import { mrr } from '../../src/engine/kpis/mrr.js';
import { arpa } from '../../src/engine/kpis/arpa.js';
import { customerChurnRate } from '../../src/engine/kpis/customer-churn-rate.js';
import { customerRetentionRate } from '../../src/engine/kpis/customer-retention-rate.js';
import { netRevenueRetention } from '../../src/engine/kpis/net-revenue-retention.js';
import { grossRevenueRetention } from '../../src/engine/kpis/gross-revenue-retention.js';
import { expansionRevenue } from '../../src/engine/kpis/expansion-revenue.js';
import { quickRatio } from '../../src/engine/kpis/quick-ratio.js';

const all: KpiModule[] = [
  arpa,
  customerChurnRate,
  customerRetentionRate,
  netRevenueRetention,
  grossRevenueRetention,
  expansionRevenue,
  quickRatio,
];
const may = { period: '2024-05', currency: 'USD', timeZone: 'America/New_York' } as const;
const sub = (s: Partial<Subscription> & { id: Subscription['id'] }): Subscription => ({
  customerId: s.id,
  amount: '100',
  interval: 'month',
  startAt: '2024-01-01',
  ...s,
});
const strings = (d: KpiResult['details']) =>
  Object.fromEntries(Object.entries(d ?? {}).map(([k, v]) => [k, v === null ? null : v.toString()]));

/*
 * May 2024 in New York, by hand (MRR at the last instant of April → of May):
 *   A  annual 1200/year                             100 → 100   retained
 *   B  quarterly 300, then 450 from May 15          100 → 150   expansion 50
 *   C  weekly 30 (× 52 ÷ 12 = 130), ends May 10     130 → 0     churn 130
 *   D  monthly 200 at 25 % off forever, then
 *      100 full price from May 20                   150 → 100   contraction 50
 *   E  monthly 80 from May 5                          0 → 80    new
 *   F  monthly 40 Jan–Feb, back at 60 from May 10     0 → 60    reactivation
 *   G  monthly 500 from May 1, trial to June 14       0 → 0     (not a customer yet)
 *   H  monthly 100, 20 % off until May 15            80 → 100   expansion 20
 *   I  monthly 70 from Apr 20, trial to May 4          0 → 70    new (a trial is not paying)
 * start 560 (5 customers), end 660 (7), new 150 (2), expansion 70, reactivation 60 (1),
 * contraction 50, churn 130 (1): 560 + 150 + 70 + 60 − 50 − 130 = 660.
 */
const book: Dataset = {
  subscriptions: [
    sub({ id: 'a', amount: '1200', interval: 'year' }),
    sub({ id: 'b1', customerId: 'B', amount: '300', interval: 'quarter', endAt: '2024-05-15' }),
    sub({ id: 'b2', customerId: 'B', amount: '450', interval: 'quarter', startAt: '2024-05-15' }),
    sub({ id: 'c', amount: '30', interval: 'week', endAt: '2024-05-10' }),
    sub({ id: 'd1', customerId: 'D', amount: '200', discountPercent: '25', endAt: '2024-05-20' }),
    sub({ id: 'd2', customerId: 'D', amount: '100', startAt: '2024-05-20' }),
    sub({ id: 'e', amount: '80', startAt: '2024-05-05' }),
    sub({ id: 'f1', customerId: 'F', amount: '40', endAt: '2024-03-01' }),
    sub({ id: 'f2', customerId: 'F', amount: '60', startAt: '2024-05-10' }),
    sub({ id: 'g', amount: '500', startAt: '2024-05-01', trialEndsAt: '2024-06-14' }),
    sub({ id: 'h', discountPercent: '20', discountDuration: 'limited', discountEndsAt: '2024-05-15' }),
    sub({ id: 'i', amount: '70', startAt: '2024-04-20', trialEndsAt: '2024-05-04' }),
  ],
};

// t(module, options, expected value, expected details)
const t =
  (
    m: KpiModule,
    options: Record<string, unknown>,
    value: string | null,
    details: Record<string, string | null>,
    data: Dataset = book,
  ) =>
  () => {
    const r = computeWith(m, data, { ...may, ...options });
    assert.equal(r.value === null ? null : r.value.toString(), value);
    assert.deepEqual(strings(r.details), details);
    if (value === null) assert.equal(r.reason, 'zero-denominator');
  };

describe('retention KPIs over a book of annual, quarterly, weekly, discounted, trial and returning plans', () => {
  it(
    'compute(arpa) divides end MRR by paying customers at the end',
    t(arpa, {}, '94.28571428571428571428571428571429', {
      mrr: '660',
      customers: '7',
      numerator: '660',
      denominator: '7',
    }),
  );
  it(
    'compute(customer-churn-rate) divides churned customers by paying customers at the start',
    t(customerChurnRate, {}, '0.2', { churned: '1', customersStart: '5', numerator: '1', denominator: '5' }),
  );
  it(
    'compute(customer-retention-rate) leaves new and reactivated customers out of the retained',
    t(customerRetentionRate, {}, '0.8', {
      customersStart: '5',
      customersEnd: '7',
      newCustomers: '2',
      reactivatedCustomers: '1',
      numerator: '4',
      denominator: '5',
    }),
  );
  it(
    'compute(net-revenue-retention) is (start + expansion − contraction − churn) ÷ start',
    t(netRevenueRetention, {}, '0.8035714285714285714285714285714286', {
      start: '560',
      expansion: '70',
      contraction: '50',
      churn: '130',
      numerator: '450',
      denominator: '560',
    }),
  );
  it(
    'compute(gross-revenue-retention) is (start − contraction − churn) ÷ start',
    t(grossRevenueRetention, {}, '0.6785714285714285714285714285714286', {
      start: '560',
      contraction: '50',
      churn: '130',
      numerator: '380',
      denominator: '560',
    }),
  );
  it(
    'compute(expansion-revenue) is expansion MRR with its rate of start MRR',
    t(expansionRevenue, {}, '70', { start: '560', rate: '0.125' }),
  );
  it(
    'compute(quick-ratio) is (new + expansion + reactivation) ÷ (contraction + churn)',
    t(quickRatio, {}, '1.555555555555555555555555555555556', {
      new: '150',
      expansion: '70',
      reactivation: '60',
      contraction: '50',
      churn: '130',
      numerator: '280',
      denominator: '180',
    }),
  );
  it('compute(*) carries the unit, polarity and currency of each KPI', () => {
    const heads = all.map((m) => {
      const r = computeWith(m, book, may);
      return [r.id, r.unit, r.polarity, r.currency ?? null];
    });
    assert.deepEqual(heads, [
      ['arpa', 'currency', 'higher-is-better', 'USD'],
      ['customer-churn-rate', 'percent', 'lower-is-better', 'USD'],
      ['customer-retention-rate', 'percent', 'higher-is-better', 'USD'],
      ['net-revenue-retention', 'percent', 'higher-is-better', 'USD'],
      ['gross-revenue-retention', 'percent', 'higher-is-better', 'USD'],
      ['expansion-revenue', 'currency', 'higher-is-better', 'USD'],
      ['quick-ratio', 'ratio', 'higher-is-better', 'USD'],
    ]);
  });
});

describe('retention KPIs and discountPolicy', () => {
  // 'none': D is 200 → 100 (contraction 100), H 100 → 100; start 630, expansion 50 (B only).
  const none = { discountPolicy: 'none' };
  it(
    'compute(net-revenue-retention, discountPolicy none) counts list prices',
    t(netRevenueRetention, none, '0.7142857142857142857142857142857143', {
      start: '630',
      expansion: '50',
      contraction: '100',
      churn: '130',
      numerator: '450',
      denominator: '630',
    }),
  );
  it(
    'compute(gross-revenue-retention, discountPolicy none) counts list prices',
    t(grossRevenueRetention, none, '0.6349206349206349206349206349206349', {
      start: '630',
      contraction: '100',
      churn: '130',
      numerator: '400',
      denominator: '630',
    }),
  );
  it(
    'compute(expansion-revenue, discountPolicy none) no longer sees the end of a discount as expansion',
    t(expansionRevenue, none, '50', { start: '630', rate: '0.07936507936507936507936507936507937' }),
  );
  it(
    'compute(quick-ratio, discountPolicy none) counts list prices',
    t(quickRatio, none, '1.130434782608695652173913043478261', {
      new: '150',
      expansion: '50',
      reactivation: '60',
      contraction: '100',
      churn: '130',
      numerator: '260',
      denominator: '230',
    }),
  );
  // 'forever-only': H's limited discount is ignored (100 → 100), D's forever one kept (150 → 100); start 580.
  const foreverOnly = { discountPolicy: 'forever-only' };
  it(
    'compute(net-revenue-retention, discountPolicy forever-only) ignores limited discounts',
    t(netRevenueRetention, foreverOnly, '0.7758620689655172413793103448275862', {
      start: '580',
      expansion: '50',
      contraction: '50',
      churn: '130',
      numerator: '450',
      denominator: '580',
    }),
  );
  it(
    'compute(gross-revenue-retention, discountPolicy forever-only) ignores limited discounts',
    t(grossRevenueRetention, foreverOnly, '0.6896551724137931034482758620689655', {
      start: '580',
      contraction: '50',
      churn: '130',
      numerator: '400',
      denominator: '580',
    }),
  );
  it(
    'compute(expansion-revenue, discountPolicy forever-only) ignores limited discounts',
    t(expansionRevenue, foreverOnly, '50', { start: '580', rate: '0.08620689655172413793103448275862069' }),
  );
  it('compute(arpa and customer rates, any discountPolicy) keep their values when no customer crosses zero', () => {
    for (const discountPolicy of ['all', 'forever-only', 'none'] as const) {
      const o = { ...may, discountPolicy };
      assert.equal(computeWith(arpa, book, o).value?.toString(), '94.28571428571428571428571428571429');
      assert.equal(computeWith(customerChurnRate, book, o).value?.toString(), '0.2');
      assert.equal(computeWith(customerRetentionRate, book, o).value?.toString(), '0.8');
    }
  });
  it('compute(*) throws invalid-option naming discountPolicy for an unknown value', () => {
    for (const m of all) {
      assert.throws(
        () => computeWith(m, book, { ...may, discountPolicy: 'half' as never }),
        (e: Error & { code?: string }) => {
          assert.equal(e.code, 'invalid-option');
          assert.match(e.message, /discountPolicy/);
          return true;
        },
      );
    }
  });
  it('compute(customer-churn-rate) counts a customer whose 100 % discount starts as churned', () => {
    const data = {
      subscriptions: [
        sub({ id: 'a', endAt: '2024-05-10' }),
        sub({ id: 'a2', customerId: 'a', discountPercent: '100', startAt: '2024-05-10' }),
        sub({ id: 'b' }),
      ],
    };
    assert.equal(computeWith(customerChurnRate, data, may).value?.toString(), '0.5');
    assert.equal(computeWith(customerChurnRate, data, { ...may, discountPolicy: 'none' }).value?.toString(), '0');
  });
});

describe('retention KPIs and reactivation', () => {
  it('compute(customer-retention-rate) does not count a customer who churned before P and returned in it', () => {
    const data = {
      subscriptions: [
        sub({ id: 'a' }),
        sub({ id: 'r1', customerId: 'r', endAt: '2024-04-10' }),
        sub({ id: 'r2', customerId: 'r', startAt: '2024-05-10' }),
      ],
    };
    // April: r churns (1 of 2). May: start 1 (a), end 2 (a, r), reactivated 1 → (2 − 0 − 1) ÷ 1.
    const r = computeWith(customerRetentionRate, data, may);
    assert.equal(r.value?.toString(), '1');
    assert.deepEqual(strings(r.details), {
      customersStart: '1',
      customersEnd: '2',
      newCustomers: '0',
      reactivatedCustomers: '1',
      numerator: '1',
      denominator: '1',
    });
    assert.equal(computeWith(customerChurnRate, data, { ...may, period: '2024-04' }).value?.toString(), '0.5');
    assert.equal(
      computeWith(netRevenueRetention, data, may).details?.expansion?.toString(),
      '0',
      'reactivation is not expansion',
    );
    assert.equal(computeWith(quickRatio, data, may).details?.reactivation?.toString(), '100');
  });
  it('compute(customer-churn-rate) does not count a customer who leaves and returns inside P', () => {
    // Customers are compared at P's start and end (spec §4): a gap inside May is invisible.
    const data = {
      subscriptions: [
        sub({ id: 'x1', customerId: 'x', endAt: '2024-05-05' }),
        sub({ id: 'x2', customerId: 'x', startAt: '2024-05-20' }),
      ],
    };
    assert.equal(computeWith(customerChurnRate, data, may).value?.toString(), '0');
    assert.equal(computeWith(customerRetentionRate, data, may).value?.toString(), '1');
  });
});

describe('retention KPIs on empty data', () => {
  it('compute(*) gives null no-data when the dataset has no subscriptions kind', () => {
    for (const m of all) {
      const r = computeWith(m, {}, may);
      assert.equal(r.value, null, m.id);
      assert.equal(r.reason, 'no-data', m.id);
    }
  });
  it('compute(*) with subscriptions present but none paying: ratios null zero-denominator, expansion 0', () => {
    const data = { subscriptions: [] };
    const got = all.map((m) => {
      const r = computeWith(m, data, may);
      return [m.id, r.value?.toString() ?? null, r.reason ?? null];
    });
    assert.deepEqual(got, [
      ['arpa', null, 'zero-denominator'],
      ['customer-churn-rate', null, 'zero-denominator'],
      ['customer-retention-rate', null, 'zero-denominator'],
      ['net-revenue-retention', null, 'zero-denominator'],
      ['gross-revenue-retention', null, 'zero-denominator'],
      ['expansion-revenue', '0', null],
      ['quick-ratio', null, 'zero-denominator'],
    ]);
    assert.deepEqual(strings(computeWith(expansionRevenue, data, may).details), { start: '0', rate: null });
  });
  it(
    'compute(quick-ratio) gives null zero-denominator, not zero-churn, when there is growth and no loss',
    t(
      quickRatio,
      {},
      null,
      {
        new: '100',
        expansion: '0',
        reactivation: '0',
        contraction: '0',
        churn: '0',
        numerator: '100',
        denominator: '0',
      },
      { subscriptions: [sub({ id: 'n', startAt: '2024-05-02' })] },
    ),
  );
  it(
    'compute(net-revenue-retention) gives null zero-denominator when every customer is new in P',
    t(
      netRevenueRetention,
      {},
      null,
      {
        start: '0',
        expansion: '0',
        contraction: '0',
        churn: '0',
        numerator: '0',
        denominator: '0',
      },
      { subscriptions: [sub({ id: 'n', startAt: '2024-05-02' })] },
    ),
  );
  it(
    'compute(arpa) gives null zero-denominator when the only customer churned',
    t(
      arpa,
      {},
      null,
      { mrr: '0', customers: '0', numerator: '0', denominator: '0' },
      {
        subscriptions: [sub({ id: 'c', endAt: '2024-05-02' })],
      },
    ),
  );
  it(
    'compute(customer-churn-rate) is 1 when the only customer churned',
    t(
      customerChurnRate,
      {},
      '1',
      { churned: '1', customersStart: '1', numerator: '1', denominator: '1' },
      {
        subscriptions: [sub({ id: 'c', endAt: '2024-05-02' })],
      },
    ),
  );
});

describe('retention KPIs at period boundaries and in time zones', () => {
  const endsOnPeriodEnd = { subscriptions: [sub({ id: 'a', endAt: '2024-06-01' }), sub({ id: 'b' })] };
  it('compute(customer-churn-rate) puts a subscription ending on P.end in the next period', () => {
    assert.equal(computeWith(customerChurnRate, endsOnPeriodEnd, may).value?.toString(), '0');
    assert.equal(
      computeWith(customerChurnRate, endsOnPeriodEnd, { ...may, period: '2024-06' }).value?.toString(),
      '0.5',
    );
    assert.equal(
      computeWith(grossRevenueRetention, endsOnPeriodEnd, { ...may, period: '2024-06' }).value?.toString(),
      '0.5',
    );
  });
  it('compute(quick-ratio) counts a subscription starting on P.start as new in P', () => {
    const data = {
      subscriptions: [sub({ id: 'a', startAt: '2024-05-01' }), sub({ id: 'b', amount: '40', endAt: '2024-05-31' })],
    };
    const r = computeWith(quickRatio, data, may);
    assert.equal(r.value?.toString(), '2.5');
    assert.deepEqual([r.details?.new?.toString(), r.details?.churn?.toString()], ['100', '40']);
  });
  it('compute(arpa) reads 20:00Z on May 31 as June 1 in Asia/Taipei', () => {
    const data = { subscriptions: [sub({ id: 'a' }), sub({ id: 'x', amount: '50', startAt: '2024-05-31T20:00:00Z' })] };
    assert.equal(computeWith(arpa, data, { ...may, timeZone: 'UTC' }).value?.toString(), '75');
    assert.equal(computeWith(arpa, data, { ...may, timeZone: 'Asia/Taipei' }).value?.toString(), '100');
  });
  it('compute(customer-churn-rate) puts an end at 18:00Z on April 30 in May for Asia/Taipei', () => {
    const data = { subscriptions: [sub({ id: 'a', endAt: '2024-04-30T18:00:00Z' })] };
    const utc = computeWith(customerChurnRate, data, { ...may, timeZone: 'UTC' });
    assert.deepEqual([utc.value, utc.reason], [null, 'zero-denominator']);
    assert.equal(computeWith(customerChurnRate, data, { ...may, timeZone: 'Asia/Taipei' }).value?.toString(), '1');
  });
  it('compute(net-revenue-retention) reads a date without offset as local midnight across the March DST change', () => {
    // 2024-03-10 is the spring-forward day in New York; the segment still starts on local March 10.
    const data = {
      subscriptions: [
        sub({ id: 'a', endAt: '2024-03-10' }),
        sub({ id: 'a2', customerId: 'a', amount: '120', startAt: '2024-03-10' }),
      ],
    };
    const r = computeWith(netRevenueRetention, data, { ...may, period: '2024-03' });
    assert.equal(r.value?.toString(), '1.2');
    assert.equal(computeWith(netRevenueRetention, data, { ...may, period: '2024-04' }).value?.toString(), '1');
  });
});

describe('retention KPIs in several currencies', () => {
  const fxRates = [
    { date: '2024-01-01', from: 'EUR', to: 'USD', rate: '1.1' },
    { date: '2024-05-15', from: 'EUR', to: 'USD', rate: '1.2' },
  ];
  const data: Dataset = {
    subscriptions: [sub({ id: 'e', currency: 'EUR' }), sub({ id: 'u', currency: 'USD', endAt: '2024-05-10' })],
    fxRates,
  };
  it('compute(arpa) converts EUR MRR with the rate on or before the end date', () =>
    assert.equal(computeWith(arpa, data, may).value?.toString(), '120'));
  it('compute(net-revenue-retention) sees a rise of the EUR rate as expansion of a EUR customer', () => {
    // Start: 100 EUR × 1.1 + 100 USD = 210; end: 100 EUR × 1.2 = 120 (expansion 10, churn 100).
    const r = computeWith(netRevenueRetention, data, may);
    assert.equal(r.value?.toString(), '0.5714285714285714285714285714285714');
    assert.deepEqual(strings(r.details), {
      start: '210',
      expansion: '10',
      contraction: '0',
      churn: '100',
      numerator: '120',
      denominator: '210',
    });
  });
  it('compute(expansion-revenue) throws MissingFxRateError when a used EUR record has no rate', () =>
    assert.throws(
      () => computeWith(expansionRevenue, { subscriptions: data.subscriptions! }, may),
      MissingFxRateError,
    ));
});

describe('retention KPIs and bad records', () => {
  it('compute(quick-ratio) skips malformed subscriptions and lists them in warnings', () => {
    const data = {
      subscriptions: [
        sub({ id: 'n', startAt: '2024-05-03' }),
        sub({ id: 'c', amount: '50', endAt: '2024-05-03' }),
        sub({ id: 'bad', amount: 'abc', startAt: '2024-05-03' }),
        sub({ id: 'week', interval: 'weekly' as never }),
      ],
    };
    const r = computeWith(quickRatio, data, may);
    assert.equal(r.value?.toString(), '2');
    assert.deepEqual(
      r.warnings.map((w) => [w.recordId, w.code]),
      [
        ['bad', 'invalid-field'],
        ['week', 'invalid-field'],
      ],
    );
  });
});

describe('retention KPIs compared and as a series', () => {
  it('compute(customer-churn-rate) compares with April in percentage points', () => {
    const c = computeWith(customerChurnRate, book, may).comparison!;
    // April: A, B, C, D and H pay at both ends (F left in March, I is in trial): 0 of 5 churned.
    assert.deepEqual(
      [c.baseline?.toString(), c.delta?.toString(), c.deltaPercent, c.reason],
      ['0', '0.2', null, 'no-baseline'],
    );
  });
  it('compute(net-revenue-retention) carries the baseline reason when April had no start MRR', () => {
    const c = computeWith(
      netRevenueRetention,
      { subscriptions: [sub({ id: 'a', startAt: '2024-04-10' })] },
      may,
    ).comparison!;
    assert.deepEqual([c.baseline, c.delta, c.reason], [null, null, 'zero-denominator']);
  });
  it('computeSeries(expansion-revenue) is not additive: the quarter sees only end-minus-start rises', () => {
    // x rises 100 → 150 on Apr 10 and falls back on May 10; y (100) leaves Apr 15 and returns at 200 on May 5.
    const data = {
      subscriptions: [
        sub({ id: 'x1', customerId: 'x', endAt: '2024-04-10' }),
        sub({ id: 'x2', customerId: 'x', amount: '150', startAt: '2024-04-10', endAt: '2024-05-10' }),
        sub({ id: 'x3', customerId: 'x', startAt: '2024-05-10' }),
        sub({ id: 'y1', customerId: 'y', endAt: '2024-04-15' }),
        sub({ id: 'y2', customerId: 'y', amount: '200', startAt: '2024-05-05' }),
      ],
    };
    const months = computeSeriesWith(expansionRevenue, data, { from: '2024-04', to: '2024-06', currency: 'USD' });
    assert.deepEqual(
      months.map((r) => r.value?.toString()),
      ['50', '0', '0'],
    );
    const quarter = computeWith(expansionRevenue, data, { period: '2024-Q2', currency: 'USD' });
    assert.equal(quarter.value?.toString(), '100');
    assert.deepEqual(strings(quarter.details), { start: '200', rate: '0.5' });
  });
});

describe('retention KPIs from summary numbers', () => {
  const s = (m: KpiModule, inputs: Record<string, string | number>) => {
    const r = computeSummaryWith(m, inputs, { currency: 'USD' });
    return [r.value?.toString() ?? null, r.reason ?? null, strings(r.details)];
  };
  it('computeSummary(arpa) divides mrr by customers', () => {
    assert.deepEqual(s(arpa, { mrr: '5940', customers: 120 }), [
      '49.5',
      null,
      { mrr: '5940', customers: '120', numerator: '5940', denominator: '120' },
    ]);
    assert.deepEqual(s(arpa, { mrr: '0', customers: 0 })[1], 'zero-denominator');
  });
  it('computeSummary(customer-churn-rate) divides churned by customersStart', () =>
    assert.deepEqual(s(customerChurnRate, { churned: 3, customersStart: 120 }), [
      '0.025',
      null,
      { churned: '3', customersStart: '120', numerator: '3', denominator: '120' },
    ]));
  it('computeSummary(customer-retention-rate) is (customersEnd − newCustomers) ÷ customersStart', () => {
    assert.deepEqual(s(customerRetentionRate, { customersStart: 200, customersEnd: 210, newCustomers: 30 }), [
      '0.9',
      null,
      { customersStart: '200', customersEnd: '210', newCustomers: '30', numerator: '180', denominator: '200' },
    ]);
    assert.equal(
      s(customerRetentionRate, {
        customersStart: 200,
        customersEnd: 210,
        newCustomers: 20,
        reactivatedCustomers: 10,
      })[0],
      '0.9',
    );
  });
  it('computeSummary(net- and gross-revenue-retention) take the mrr-movements amounts', () => {
    const v = { start: '1000', expansion: '150', contraction: '30', churn: '70' };
    assert.equal(s(netRevenueRetention, v)[0], '1.05');
    assert.equal(s(grossRevenueRetention, v)[0], '0.9');
  });
  it('computeSummary(expansion-revenue and quick-ratio) take the mrr-movements amounts', () => {
    assert.deepEqual(s(expansionRevenue, { expansion: '150', start: '1000' }), [
      '150',
      null,
      { start: '1000', rate: '0.15' },
    ]);
    assert.equal(
      s(quickRatio, { new: '300', expansion: '150', reactivation: '50', contraction: '30', churn: '70' })[0],
      '5',
    );
    assert.equal(s(quickRatio, { new: '300', expansion: '150', contraction: '30', churn: '70' })[0], '4.5');
  });
  it('computeSummary(customer-churn-rate) names the accepted inputs when one is missing', () =>
    assert.throws(() => computeSummaryWith(customerChurnRate, { churned: 3 }), { code: 'invalid-option' }));
});

// ---- Properties ----

const day = fc
  .integer({ min: 0, max: 365 })
  .map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const segment = fc.record({
  customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  cents: fc.integer({ min: 0, max: 500_000 }),
  interval: fc.constantFrom('day', 'week', 'month', 'quarter', 'year'),
  intervalCount: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  quantity: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  discountPercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  discountDays: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
  start: day,
  length: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
  trialDays: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
});
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const histories = fc.array(segment, { maxLength: 14 }).map((list) =>
  list.map((s, i): Subscription => {
    const startMs = Date.parse(s.start);
    return {
      id: `s${i}`,
      customerId: s.customerId,
      amount: (s.cents / 100).toFixed(2),
      interval: s.interval as Subscription['interval'],
      ...(s.intervalCount ? { intervalCount: s.intervalCount } : {}),
      ...(s.quantity ? { quantity: s.quantity } : {}),
      ...(s.discountPercent !== undefined ? { discountPercent: String(s.discountPercent) } : {}),
      ...(s.discountPercent !== undefined && s.discountDays
        ? { discountDuration: 'limited' as const, discountEndsAt: iso(startMs + s.discountDays * 86_400_000) }
        : {}),
      startAt: s.start,
      ...(s.length ? { endAt: iso(startMs + s.length * 86_400_000) } : {}),
      ...(s.trialDays ? { trialEndsAt: iso(startMs + s.trialDays * 86_400_000) } : {}),
    };
  }),
);
const month = fc.integer({ min: 1, max: 12 }).map((m) => `2024-${String(m).padStart(2, '0')}`);
const quarter = fc.integer({ min: 1, max: 4 }).map((q) => `2024-Q${q}`);
const zone = fc.constantFrom('UTC', 'America/New_York', 'Asia/Taipei', 'Europe/Berlin');
const policy = fc.constantFrom('all', 'forever-only', 'none');

/** Each customer's MRR at P's start and end, read through `mrr` on that customer's rows alone. */
function perCustomer(subscriptions: Subscription[], options: Record<string, unknown>) {
  const ids = [...new Set(subscriptions.map((s) => s.customerId))];
  return ids.map((id) => {
    const r = computeWith(mrr, { subscriptions: subscriptions.filter((s) => s.customerId === id) }, options as never);
    return { start: r.details!.start!, end: r.value! };
  });
}

function assertFinite(value: unknown, path = 'result'): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'number') assert.ok(Number.isFinite(value), path);
  else if (typeof value === 'string') assert.ok(!/NaN|Infinity/.test(value), `${path} = ${value}`);
  else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) assertFinite(v, `${path}.${k}`);
}

describe('retention properties', () => {
  it('compute(net-revenue-retention) ≥ compute(gross-revenue-retention) whenever both are defined', () => {
    fc.assert(
      fc.property(
        histories,
        fc.oneof(month, quarter),
        zone,
        policy,
        (subscriptions, period, timeZone, discountPolicy) => {
          const o = { period, timeZone, currency: 'USD', discountPolicy };
          const nrr = computeWith(netRevenueRetention, { subscriptions }, o).value;
          const grr = computeWith(grossRevenueRetention, { subscriptions }, o).value;
          assert.equal(nrr === null, grr === null);
          if (nrr && grr) assert.ok(nrr.gte(grr), `${nrr} < ${grr}`);
          if (grr) assert.ok(grr.lte(1), `GRR ${grr} above 1`);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('compute(customer-churn-rate) + retained ÷ start = 1 exactly, and retention rate = retained ÷ start', () => {
    fc.assert(
      fc.property(
        histories,
        fc.oneof(month, quarter),
        zone,
        policy,
        (subscriptions, period, timeZone, discountPolicy) => {
          const o = { period, timeZone, currency: 'USD', discountPolicy };
          const churn = computeWith(customerChurnRate, { subscriptions }, o);
          const retention = computeWith(customerRetentionRate, { subscriptions }, o);
          const customers = perCustomer(subscriptions, o);
          const start = customers.filter((c) => c.start.gt(0)).length;
          const retained = customers.filter((c) => c.start.gt(0) && c.end.gt(0)).length;
          assert.equal(churn.details!.customersStart!.toNumber(), start);
          if (start === 0) {
            assert.deepEqual([churn.value, churn.reason, retention.value], [null, 'zero-denominator', null]);
            return;
          }
          const share = retention.details!.numerator!.div(start);
          assert.equal(retention.details!.numerator!.toNumber(), retained);
          assert.equal(retention.value!.toString(), share.toString());
          assert.equal(churn.value!.plus(share).toString(), '1');
        },
      ),
      { numRuns: 300 },
    );
  });
  it('compute(expansion-revenue) over a quarter is the sum of rises of customers paying at both ends', () => {
    fc.assert(
      fc.property(histories, quarter, zone, policy, (subscriptions, period, timeZone, discountPolicy) => {
        const o = { period, timeZone, currency: 'USD', discountPolicy };
        const got = computeWith(expansionRevenue, { subscriptions }, o).value!;
        let want = got.minus(got);
        let size = got.minus(got).plus(1);
        for (const c of perCustomer(subscriptions, o)) {
          if (c.start.gt(0) && c.end.gt(c.start)) want = want.plus(c.end.minus(c.start));
          size = size.plus(c.start.abs()).plus(c.end.abs());
        }
        // Here each customer's MRR is rounded to 34 digits before the rise is taken (the engine takes
        // rises of exact annual amounts and divides once), and totals are added in another order: the
        // two differ by rounding at the 34th digit of the MRRs involved, not of the rise.
        assert.ok(got.minus(want).abs().lte(size.times('1e-30')), `${got} vs ${want}`);
      }),
      { numRuns: 150 },
    );
  });
  it('compute(*) never gives NaN or Infinity and does not depend on record order, duplicates included', () => {
    const shuffled = histories.chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
        fc.option(fc.nat({ max: 1000 }), { nil: undefined }),
      ),
    );
    fc.assert(
      fc.property(shuffled, month, zone, ([list, reordered, dupCents], period, timeZone) => {
        // A second row with an existing id: the contract keeps the one whose JSON sorts first.
        const dup = list[0] && dupCents !== undefined ? [{ ...list[0], amount: (dupCents / 100).toFixed(2) }] : [];
        const o = { period, timeZone, currency: 'USD' };
        for (const m of all) {
          const a = computeWith(m, { subscriptions: [...list, ...dup] }, o);
          const b = computeWith(m, { subscriptions: [...dup, ...reordered] }, o);
          const json = JSON.stringify(a);
          assertFinite(JSON.parse(json));
          if (a.value !== null) assert.ok(a.value.isFinite());
          else assert.ok(a.reason);
          const sorted = (r: KpiResult) =>
            JSON.stringify({ ...r, warnings: r.warnings.map((w) => JSON.stringify(w)).sort() });
          assert.equal(sorted(b), sorted(a), m.id);
        }
      }),
      { numRuns: 150 },
    );
  });
});
