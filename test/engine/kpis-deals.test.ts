import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeSeriesWith, computeSummaryWith, computeWith } from '../../src/engine/compute.js';
import type { KpiModule } from '../../src/engine/context.js';
import { D } from '../../src/engine/decimal.js';
import { MissingFxRateError } from '../../src/engine/errors.js';
import { averageDealSize } from '../../src/engine/kpis/average-deal-size.js';
import { monthlySalesGrowth } from '../../src/engine/kpis/monthly-sales-growth.js';
import { pipelineValue } from '../../src/engine/kpis/pipeline-value.js';
import { pipelineVelocity } from '../../src/engine/kpis/pipeline-velocity.js';
import { salesCycleLength } from '../../src/engine/kpis/sales-cycle-length.js';
import { winRate } from '../../src/engine/kpis/win-rate.js';
import type { Dataset, Deal, KpiResult, Rep } from '../../src/engine/types.js';

const may = { period: '2024-05', currency: 'USD', timeZone: 'America/New_York' } as const;
type Opts = Record<string, unknown>;

/** A won deal created on April 1 and closed on May 10, for 100, unless told otherwise. */
const deal = (d: Partial<Deal> & { id: Deal['id'] }): Deal => ({
  createdAt: '2024-04-01',
  closedAt: '2024-05-10',
  stage: 'won',
  amount: '100',
  ...d,
});
const run = (m: KpiModule, data: Dataset, options: Opts = {}): KpiResult =>
  computeWith(m, data, { ...may, ...options } as never);
const str = (v: { toString(): string } | null | undefined) => (v === null || v === undefined ? v : v.toString());
const detailsOf = (r: { details?: Record<string, { toString(): string } | null> }) =>
  Object.fromEntries(Object.entries(r.details ?? {}).map(([k, v]) => [k, str(v)]));
const rows = (r: KpiResult) => r.breakdown!.map((b) => [b.key, str(b.value), b.reason]);
const third = (n: number, d: number) => new D(n).div(d).toString();
const fxRates = [
  { date: '2024-05-01', from: 'EUR', to: 'USD', rate: '1.1' },
  { date: '2024-05-15', from: 'EUR', to: 'USD', rate: '1.2' },
  { date: '2024-05-31', from: 'EUR', to: 'USD', rate: '1.25' },
  { date: '2024-06-01', from: 'EUR', to: 'USD', rate: '1.3' },
];

describe('monthly-sales-growth', () => {
  const growth = (deals: Deal[], options: Opts = {}) => run(monthlySalesGrowth, { deals, fxRates }, options);
  // t(expected value or [null, reason], deals, options)
  const t =
    (expected: string | [null, string], deals: Deal[], options: Opts = {}) =>
    () => {
      const r = growth(deals, options);
      if (typeof expected === 'string') assert.equal(str(r.value), expected);
      else assert.deepEqual([r.value, r.reason], expected);
    };
  const april = (amount: string, id = 'apr') => deal({ id, closedAt: '2024-04-10', amount });

  it(
    'compute(monthly-sales-growth) is (May − April) ÷ April',
    t('0.25', [april('1000'), deal({ id: 'b', amount: '750.50' }), deal({ id: 'c', amount: '499.50' })]),
  );
  it(
    'compute(monthly-sales-growth) is negative when sales fall',
    t('-0.2', [april('1000'), deal({ id: 'b', amount: '800' })]),
  );
  it(
    'compute(monthly-sales-growth) ignores lost and open deals',
    t('0', [
      april('100'),
      deal({ id: 'b' }),
      deal({ id: 'l', stage: 'lost', amount: '999' }),
      deal({ id: 'o', stage: 'proposal', closedAt: undefined, amount: '999' }),
    ]),
  );
  it(
    'compute(monthly-sales-growth) counts a deal closed at local midnight of May 1 in May, and of June 1 in June',
    t('1', [
      april('100'),
      deal({ id: 'first', closedAt: '2024-05-01T00:00:00-04:00' }),
      deal({ id: 'next', closedAt: '2024-06-01T00:00:00-04:00', amount: '5000' }),
      deal({ id: 'eve', closedAt: '2024-04-30T23:59:59-04:00', amount: '0' }),
      deal({ id: 'last', closedAt: '2024-05-31T23:59:59-04:00' }),
    ]),
  );
  it(
    'compute(monthly-sales-growth) gives null no-baseline when the previous month sold nothing',
    t([null, 'no-baseline'], [deal({ id: 'b' })]),
  );
  it(
    'compute(monthly-sales-growth) gives null negative-baseline when refunds make the previous month negative',
    t([null, 'negative-baseline'], [april('-200'), deal({ id: 'b' })]),
  );
  it(
    'compute(monthly-sales-growth) on a quarter compares with the previous quarter',
    t(
      '0.25',
      [
        april('300'),
        deal({ id: 'jun', closedAt: '2024-06-30', amount: '200' }),
        deal({ id: 'feb', createdAt: '2024-02-01', closedAt: '2024-02-10', amount: '400' }),
      ],
      {
        period: '2024-Q2',
      },
    ),
  );
  it(
    'compute(monthly-sales-growth) on a range compares with as many days before it',
    t('1', [deal({ id: 'a', closedAt: '2024-05-05', amount: '50' }), deal({ id: 'b', closedAt: '2024-05-12' })], {
      period: { start: '2024-05-10', end: '2024-05-15' },
    }),
  );
  it('compute(monthly-sales-growth) reports current, previous, delta, numerator and denominator', () =>
    assert.deepEqual(detailsOf(growth([april('1000'), deal({ id: 'b', amount: '1250' })])), {
      current: '1250',
      previous: '1000',
      delta: '250',
      numerator: '250',
      denominator: '1000',
    }));
  it('compute(monthly-sales-growth) keeps the details when the baseline is 0', () =>
    assert.deepEqual(detailsOf(growth([deal({ id: 'b', amount: '10' })])), {
      current: '10',
      previous: '0',
      delta: '10',
      numerator: '10',
      denominator: '0',
    }));
  it('compute(monthly-sales-growth) buckets by local date: 20:00Z on May 31 is June in Taipei', () => {
    const deals = [
      april('100'),
      deal({ id: 'b' }),
      deal({ id: 'edge', closedAt: '2024-05-31T20:00:00Z', amount: '50' }),
    ];
    assert.equal(str(growth(deals, { timeZone: 'UTC' }).value), '0.5');
    assert.equal(str(growth(deals, { timeZone: 'Asia/Taipei' }).value), '0');
  });
  it('compute(monthly-sales-growth) converts each won deal on its close date', () =>
    assert.equal(str(growth([april('100'), deal({ id: 'e', currency: 'EUR', closedAt: '2024-05-14' })]).value), '0.1'));
  it('compute(monthly-sales-growth) throws MissingFxRateError for a deal before every rate', () =>
    assert.throws(
      () => growth([april('100', 'x'), deal({ id: 'e', currency: 'EUR', closedAt: '2024-04-20' })]),
      MissingFxRateError,
    ));
  it('compute(monthly-sales-growth) compares with the growth of the month before (percentage points)', () => {
    const r = growth([
      deal({ id: 'm', createdAt: '2024-03-01', closedAt: '2024-03-10', amount: '500' }),
      april('1000'),
      deal({ id: 'b', amount: '1250' }),
    ]);
    assert.equal(str(r.value), '0.25');
    assert.deepEqual(
      [str(r.comparison?.baseline), str(r.comparison?.delta), str(r.comparison?.deltaPercent)],
      ['1', '-0.75', '-0.75'],
    );
  });
  it('compute(monthly-sales-growth) gives no-data without a deals kind', () =>
    assert.deepEqual([run(monthlySalesGrowth, {}).value, run(monthlySalesGrowth, {}).reason], [null, 'no-data']));
  it('compute(monthly-sales-growth) gives no-baseline for an empty deals kind', () =>
    assert.equal(run(monthlySalesGrowth, { deals: [] }).reason, 'no-baseline'));
  it('compute(monthly-sales-growth) has unit percent, polarity higher-is-better and the currency of its details', () => {
    const r = run(monthlySalesGrowth, { deals: [] });
    assert.deepEqual([r.unit, r.polarity, r.currency], ['percent', 'higher-is-better', 'USD']);
  });
  it('computeSeries(monthly-sales-growth) gives each month against the one before', () =>
    assert.deepEqual(
      computeSeriesWith(
        monthlySalesGrowth,
        {
          deals: [
            april('100'),
            deal({ id: 'b', amount: '150' }),
            deal({ id: 'c', closedAt: '2024-06-02', amount: '75' }),
          ],
        },
        {
          from: '2024-04',
          to: '2024-06',
        },
      ).map((r) => [str(r.value), r.reason]),
      [
        [null, 'no-baseline'],
        ['0.5', undefined],
        ['-0.5', undefined],
      ],
    ));
});

describe('monthly-sales-growth summary', () => {
  it('computeSummary(monthly-sales-growth, { current, previous }) is the source article formula', () => {
    const r = computeSummaryWith(monthlySalesGrowth, { current: '1250', previous: '1000' });
    assert.equal(str(r.value), '0.25');
    assert.deepEqual(detailsOf(r), {
      current: '1250',
      previous: '1000',
      delta: '250',
      numerator: '250',
      denominator: '1000',
    });
  });
  it('computeSummary(monthly-sales-growth) gives no-baseline for previous 0 and negative-baseline below', () => {
    assert.equal(computeSummaryWith(monthlySalesGrowth, { current: 5, previous: 0 }).reason, 'no-baseline');
    assert.equal(computeSummaryWith(monthlySalesGrowth, { current: 5, previous: -1 }).reason, 'negative-baseline');
  });
  it('computeSummary(monthly-sales-growth) names a malformed input', () =>
    assert.throws(() => computeSummaryWith(monthlySalesGrowth, { current: 'abc', previous: '1' }), {
      code: 'invalid-option',
      option: 'current',
    }));
  it('computeSummary(monthly-sales-growth) does not compare the growth with the previous sales amount', () =>
    assert.equal(computeSummaryWith(monthlySalesGrowth, { current: '1250', previous: '1000' }).comparison, undefined));
});

describe('win-rate', () => {
  const reps: Rep[] = [
    { id: 'r1' },
    { id: 'r2', activeTo: '2024-05-01' },
    { id: 'r3', activeFrom: '2024-05-31' },
    { id: 'r4', activeTo: '2024-04-30' },
    { id: 'r5', activeFrom: '2024-06-01' },
  ];
  const deals: Deal[] = [
    deal({ id: 'w1', repId: 'r1', amount: '300' }),
    deal({ id: 'w2', repId: 'r1', amount: '100' }),
    deal({ id: 'l1', repId: 'r1', stage: 'lost', amount: '200' }),
    deal({ id: 'l2', repId: 'r2', stage: 'lost', amount: '400' }),
    deal({ id: 'w3', amount: '50' }),
    deal({ id: 'open', repId: 'r3', stage: 'proposal', closedAt: undefined }),
    deal({ id: 'june', repId: 'r1', stage: 'lost', closedAt: '2024-06-01' }),
    deal({ id: 'april', repId: 'r5', closedAt: '2024-04-30T23:00:00-04:00' }),
  ];
  const data: Dataset = { deals, reps };

  it('compute(win-rate) is won ÷ (won + lost) by count, closedAt in P', () => {
    const r = run(winRate, data);
    assert.equal(str(r.value), '0.6');
    assert.deepEqual(detailsOf(r), { won: '3', lost: '2', numerator: '3', denominator: '5' });
  });
  it('compute(win-rate) breaks down by every rep active in P, zeros included, and unassigned last', () =>
    assert.deepEqual(rows(run(winRate, data)), [
      ['r1', third(2, 3), undefined],
      ['r2', '0', undefined],
      ['r3', null, 'zero-denominator'],
      ['unassigned', '1', undefined],
    ]));
  it('compute(win-rate) gives each rep its won, lost, numerator and denominator', () =>
    assert.deepEqual(detailsOf(run(winRate, data).breakdown![0]!), {
      won: '2',
      lost: '1',
      numerator: '2',
      denominator: '3',
    }));
  it('compute(win-rate, weighted) weighs deals by amount', () => {
    const r = run(winRate, data, { weighted: true });
    assert.equal(str(r.value), third(450, 1050));
    assert.deepEqual(detailsOf(r), { won: '450', lost: '600', numerator: '450', denominator: '1050' });
    assert.deepEqual(rows(r), [
      ['r1', third(2, 3), undefined],
      ['r2', '0', undefined],
      ['r3', null, 'zero-denominator'],
      ['unassigned', '1', undefined],
    ]);
  });
  it('compute(win-rate, weighted "true") reads the attribute text; "false" is the count', () => {
    assert.equal(str(run(winRate, data, { weighted: 'true' }).value), third(450, 1050));
    assert.equal(str(run(winRate, data, { weighted: 'false' }).value), '0.6');
    assert.equal(str(run(winRate, data, { weighted: false }).value), '0.6');
  });
  it('compute(win-rate, weighted "yes") throws invalid-option naming weighted', () => {
    assert.throws(() => run(winRate, data, { weighted: 'yes' }), { code: 'invalid-option', option: 'weighted' });
    assert.throws(() => run(winRate, {}, { weighted: 1 }), { code: 'invalid-option', option: 'weighted' });
  });
  it('compute(win-rate) without Rep records lists the reps of deals closed in P', () =>
    assert.deepEqual(
      rows(run(winRate, { deals })).map((r) => r[0]),
      ['r1', 'r2', 'unassigned'],
    ));
  it('compute(win-rate) lists a rep who left before P but closed a deal in it', () =>
    assert.deepEqual(rows(run(winRate, { reps, deals: [deal({ id: 'x', repId: 'r4' })] })), [
      ['r1', null, 'zero-denominator'],
      ['r2', null, 'zero-denominator'],
      ['r3', null, 'zero-denominator'],
      ['r4', '1', undefined],
    ]));
  it('compute(win-rate) gives zero-denominator when nothing closed in P, and no-data without deals', () => {
    assert.deepEqual(
      [run(winRate, { deals: [] }).value, run(winRate, { deals: [] }).reason],
      [null, 'zero-denominator'],
    );
    assert.equal(
      run(winRate, { deals: [deal({ id: 'o', stage: 'interested', closedAt: undefined })] }).reason,
      'zero-denominator',
    );
    assert.equal(run(winRate, {}).reason, 'no-data');
  });
  it('compute(win-rate) buckets close dates in the zone: 20:00Z on May 31 is June in Taipei', () => {
    const edge = [deal({ id: 'w' }), deal({ id: 'l', stage: 'lost', closedAt: '2024-05-31T20:00:00Z' })];
    assert.equal(str(run(winRate, { deals: edge }, { timeZone: 'UTC' }).value), '0.5');
    assert.equal(str(run(winRate, { deals: edge }, { timeZone: 'Asia/Taipei' }).value), '1');
  });
  it('compute(win-rate, weighted) converts amounts on the close date', () =>
    assert.equal(
      str(
        run(
          winRate,
          {
            fxRates,
            deals: [
              deal({ id: 'e', currency: 'EUR', closedAt: '2024-05-20' }),
              deal({ id: 'l', stage: 'lost', amount: '40' }),
            ],
          },
          { weighted: true },
        ).value,
      ),
      '0.75',
    ));
  it('compute(win-rate) skips bad deals with warnings', () => {
    const r = run(winRate, {
      deals: [
        deal({ id: 'ok' }),
        deal({ id: 'no-close', closedAt: undefined }),
        deal({ id: 'bad-amount', amount: 'abc' }),
        deal({ id: 'backwards', createdAt: '2024-05-20', closedAt: '2024-05-10', stage: 'lost' }),
        deal({ id: 'stage', stage: 'closed-won' as never }),
      ],
    });
    assert.equal(str(r.value), '1');
    assert.deepEqual(
      r.warnings.map((w) => [w.recordId, w.code]),
      [
        ['backwards', 'invalid-field'],
        ['bad-amount', 'invalid-field'],
        ['no-close', 'invalid-record'],
        ['stage', 'invalid-field'],
      ],
    );
  });
  it('compute(win-rate) compares with the previous month in percentage points', () => {
    const r = run(winRate, { deals: [...deals, deal({ id: 'al', stage: 'lost', closedAt: '2024-04-02' })] });
    assert.deepEqual([str(r.comparison?.baseline), str(r.comparison?.delta)], ['0.5', '0.1']);
  });
  it('computeSummary(win-rate, { won, lost }) is won ÷ (won + lost) and compares with previous', () => {
    const r = computeSummaryWith(winRate, { won: 3, lost: '1', previous: '0.5' });
    assert.equal(str(r.value), '0.75');
    assert.deepEqual(detailsOf(r), { won: '3', lost: '1', numerator: '3', denominator: '4' });
    assert.deepEqual([str(r.comparison?.delta), str(r.comparison?.deltaPercent)], ['0.25', '0.5']);
    assert.equal(computeSummaryWith(winRate, { won: 0, lost: 0 }).reason, 'zero-denominator');
  });
});

describe('average-deal-size', () => {
  const t =
    (expected: string | [null, string], deals: Deal[], options: Opts = {}) =>
    () => {
      const r = run(averageDealSize, { deals, fxRates }, options);
      if (typeof expected === 'string') assert.equal(str(r.value), expected);
      else assert.deepEqual([r.value, r.reason], expected);
    };
  it(
    'compute(average-deal-size) is won sales ÷ won deals, exactly',
    t('500.15', [deal({ id: 'a', amount: '1000.10' }), deal({ id: 'b', amount: '0.20' })]),
  );
  it(
    'compute(average-deal-size) does not round a non-terminating mean',
    t(third(100, 3), [
      deal({ id: 'a', amount: '50' }),
      deal({ id: 'b', amount: '50' }),
      deal({ id: 'c', amount: '0' }),
    ]),
  );
  it(
    'compute(average-deal-size) ignores lost deals and deals closed on P.end',
    t('100', [
      deal({ id: 'a' }),
      deal({ id: 'l', stage: 'lost', amount: '1' }),
      deal({ id: 'j', closedAt: '2024-06-01', amount: '1' }),
    ]),
  );
  it(
    'compute(average-deal-size) gives zero-denominator with no won deal',
    t([null, 'zero-denominator'], [deal({ id: 'l', stage: 'lost' })]),
  );
  it(
    'compute(average-deal-size) converts each deal on its close date',
    t('115', [
      deal({ id: 'a', currency: 'EUR', closedAt: '2024-05-02' }),
      deal({ id: 'b', currency: 'EUR', closedAt: '2024-05-15' }),
    ]),
  );
  it('compute(average-deal-size) gives no-data without deals', () =>
    assert.equal(run(averageDealSize, {}).reason, 'no-data'));
  it('compute(average-deal-size) reports numerator and denominator', () => {
    const r = run(averageDealSize, { deals: [deal({ id: 'a', amount: '30' }), deal({ id: 'b', amount: '70' })] });
    assert.deepEqual(detailsOf(r), { numerator: '100', denominator: '2' });
    assert.deepEqual([r.unit, r.currency, r.polarity], ['currency', 'USD', 'higher-is-better']);
  });
});

describe('sales-cycle-length', () => {
  const deals: Deal[] = [
    deal({ id: 'a', createdAt: '2024-04-01', closedAt: '2024-05-01', repId: 'r1' }), // 30 days
    deal({ id: 'b', createdAt: '2024-05-01', closedAt: '2024-05-11', repId: 'r1' }), // 10
    deal({ id: 'c', createdAt: '2024-03-01', closedAt: '2024-05-20' }), // 80
    deal({ id: 'l', createdAt: '2024-05-01', closedAt: '2024-05-03', stage: 'lost', repId: 'r2' }), // 2
    deal({ id: 'j', createdAt: '2024-05-01', closedAt: '2024-06-01' }), // June
  ];
  it('compute(sales-cycle-length) is the mean of calendar days of deals won in P', () => {
    const r = run(salesCycleLength, { deals });
    assert.equal(str(r.value), '40');
    assert.deepEqual(detailsOf(r), { median: '30', deals: '3', numerator: '120', denominator: '3' });
    assert.deepEqual([r.unit, r.polarity], ['days', 'lower-is-better']);
  });
  it('compute(sales-cycle-length, cycleDeals closed) adds lost deals; the median of an even count is the mid mean', () => {
    const r = run(salesCycleLength, { deals }, { cycleDeals: 'closed' });
    assert.equal(str(r.value), '30.5');
    assert.deepEqual(detailsOf(r), { median: '20', deals: '4', numerator: '122', denominator: '4' });
  });
  it('compute(sales-cycle-length) breaks down by rep, with reps that only lost as null', () => {
    assert.deepEqual(rows(run(salesCycleLength, { deals })), [
      ['r1', '20', undefined],
      ['r2', null, 'zero-denominator'],
      ['unassigned', '80', undefined],
    ]);
    assert.deepEqual(rows(run(salesCycleLength, { deals }, { cycleDeals: 'closed' })), [
      ['r1', '20', undefined],
      ['r2', '2', undefined],
      ['unassigned', '80', undefined],
    ]);
    assert.deepEqual(detailsOf(run(salesCycleLength, { deals }).breakdown![0]!), {
      median: '20',
      deals: '2',
      numerator: '40',
      denominator: '2',
    });
  });
  it('compute(sales-cycle-length) lists an active rep without deals from Rep records', () =>
    assert.deepEqual(
      rows(
        run(salesCycleLength, { deals, reps: [{ id: 'r9', activeFrom: '2024-01-01', activeTo: '2024-05-31' }] }),
      ).map((r) => r[0]),
      ['r1', 'r2', 'r9', 'unassigned'],
    ));
  it('compute(sales-cycle-length, cycleDeals "lost") throws invalid-option naming cycleDeals', () =>
    assert.throws(() => run(salesCycleLength, { deals }, { cycleDeals: 'lost' }), {
      code: 'invalid-option',
      option: 'cycleDeals',
    }));
  it('compute(sales-cycle-length) counts whole local days across the spring DST change in New York', () =>
    assert.equal(
      str(
        run(
          salesCycleLength,
          { deals: [deal({ id: 'd', createdAt: '2024-03-09T12:00', closedAt: '2024-03-11T08:00' })] },
          { period: '2024-03' },
        ).value,
      ),
      '2',
    ));
  it('compute(sales-cycle-length) counts whole local days across the fall DST change', () =>
    assert.equal(
      str(
        run(
          salesCycleLength,
          {
            deals: [deal({ id: 'd', createdAt: '2024-10-31T23:30:00-04:00', closedAt: '2024-11-04T00:30:00-05:00' })],
          },
          { period: '2024-11' },
        ).value,
      ),
      '4',
    ));
  it('compute(sales-cycle-length) reads dates in the zone: one hour across UTC midnight is 0 days in Taipei', () => {
    const d = { deals: [deal({ id: 'd', createdAt: '2024-05-01T23:30:00Z', closedAt: '2024-05-02T00:30:00Z' })] };
    assert.equal(str(run(salesCycleLength, d, { timeZone: 'UTC' }).value), '1');
    assert.equal(str(run(salesCycleLength, d, { timeZone: 'Asia/Taipei' }).value), '0');
    assert.equal(str(run(salesCycleLength, d, { timeZone: 'America/Los_Angeles' }).value), '0');
  });
  it('compute(sales-cycle-length) gives zero-denominator with no deal won in P, no-data without deals', () => {
    const r = run(salesCycleLength, { deals: [deals[3]!] });
    assert.deepEqual([r.value, r.reason], [null, 'zero-denominator']);
    assert.deepEqual(detailsOf(r), { median: null, deals: '0', numerator: '0', denominator: '0' });
    assert.equal(run(salesCycleLength, {}).reason, 'no-data');
  });
  it('compute(sales-cycle-length) does not round a non-terminating mean', () =>
    assert.equal(
      str(
        run(salesCycleLength, {
          deals: [
            deal({ id: 'a', createdAt: '2024-05-01', closedAt: '2024-05-02' }),
            deal({ id: 'b', createdAt: '2024-05-01', closedAt: '2024-05-01' }),
            deal({ id: 'c', createdAt: '2024-05-01', closedAt: '2024-05-01' }),
          ],
        }).value,
      ),
      third(1, 3),
    ));
  it('computeSummary(sales-cycle-length, { averageDays }) gives the days', () =>
    assert.equal(str(computeSummaryWith(salesCycleLength, { averageDays: '42.5' }).value), '42.5'));
});

describe('pipeline-value', () => {
  const deals: Deal[] = [
    deal({ id: 'o1', stage: 'proposal', closedAt: undefined, amount: '1000', probability: '0.5' }),
    deal({ id: 'o2', stage: 'interested', closedAt: undefined, amount: '2000' }),
    deal({ id: 'o3', stage: 'won', closedAt: '2024-06-05', amount: '500', probability: 0.9 }),
    deal({ id: 'o4', stage: 'lost', closedAt: '2024-05-20', amount: '700' }),
    deal({ id: 'o5', stage: 'proposal', createdAt: '2024-06-01', closedAt: undefined, amount: '800' }),
    deal({
      id: 'o6',
      stage: 'lead',
      createdAt: '2024-05-31T23:59',
      closedAt: undefined,
      amount: '100',
      probability: '0.1',
    }),
    deal({ id: 'o7', stage: 'won', closedAt: '2024-05-31T23:59', amount: '900' }),
  ];
  it('compute(pipeline-value) sums deals open at P.end; weighted by probability, missing adds 0', () => {
    const r = run(pipelineValue, { deals });
    assert.equal(str(r.value), '3600');
    assert.deepEqual(detailsOf(r), { weighted: '960', deals: '4' });
    assert.deepEqual([r.unit, r.currency, r.polarity], ['currency', 'USD', 'higher-is-better']);
  });
  it('compute(pipeline-value) on April counts deals open at April 30 by their stage', () =>
    assert.deepEqual(
      [
        str(run(pipelineValue, { deals }, { period: '2024-04' }).value),
        str(run(pipelineValue, { deals }, { period: '2024-04' }).details?.weighted),
      ],
      ['5100', '950'],
    ));
  it('compute(pipeline-value) reads the P.end instant in the zone', () => {
    const d = { deals: [deal({ id: 'o', stage: 'proposal', createdAt: '2024-05-31T20:00:00Z', closedAt: undefined })] };
    assert.equal(str(run(pipelineValue, d, { timeZone: 'UTC' }).value), '100');
    assert.equal(str(run(pipelineValue, d, { timeZone: 'Asia/Taipei' }).value), '0');
  });
  it('compute(pipeline-value) converts open deals on the last day of P', () =>
    assert.equal(
      str(
        run(
          pipelineValue,
          {
            fxRates,
            deals: [deal({ id: 'e', currency: 'EUR', stage: 'proposal', closedAt: undefined })],
          },
          { compare: 'none' },
        ).value,
      ),
      '125',
    ));
  it('compute(pipeline-value) skips a deal whose probability is outside 0..1, with a warning', () => {
    const r = run(pipelineValue, {
      deals: [deal({ id: 'p', stage: 'proposal', closedAt: undefined, probability: '1.5' }), deals[0]!],
    });
    assert.equal(str(r.value), '1000');
    assert.deepEqual(
      r.warnings.map((w) => [w.recordId, w.code]),
      [['p', 'out-of-range']],
    );
  });
  it('compute(pipeline-value) is 0 for an empty deals kind and no-data without it', () => {
    assert.deepEqual(detailsOf(run(pipelineValue, { deals: [] })), { weighted: '0', deals: '0' });
    assert.equal(str(run(pipelineValue, { deals: [] }).value), '0');
    assert.equal(run(pipelineValue, {}).reason, 'no-data');
  });
  it('compute(pipeline-value) compares with the pipeline at the end of April', () =>
    assert.deepEqual(
      [str(run(pipelineValue, { deals }).comparison?.baseline), str(run(pipelineValue, { deals }).comparison?.delta)],
      ['5100', '-1500'],
    ));
});

describe('pipeline-velocity', () => {
  const open = [1, 2, 3, 4].map((i) => deal({ id: `o${i}`, stage: 'proposal', closedAt: undefined, amount: '1' }));
  const closed: Deal[] = [
    deal({ id: 'w1', createdAt: '2024-05-01', closedAt: '2024-05-11', amount: '1000' }),
    deal({ id: 'w2', createdAt: '2024-04-20', closedAt: '2024-05-20', amount: '1400' }),
    deal({ id: 'l1', createdAt: '2024-05-01', closedAt: '2024-05-03', stage: 'lost', amount: '400' }),
    deal({ id: 'l2', createdAt: '2024-05-01', closedAt: '2024-05-19', stage: 'lost', amount: '800' }),
  ];
  const data = { deals: [...open, ...closed] };
  it('compute(pipeline-velocity) is open deals × average deal size × win rate ÷ cycle days', () => {
    const r = run(pipelineVelocity, data);
    assert.equal(str(r.value), '120');
    assert.deepEqual(detailsOf(r), {
      openDeals: '4',
      averageDealSize: '1200',
      winRate: '0.5',
      salesCycleDays: '20',
      numerator: '2400',
      denominator: '20',
    });
    assert.deepEqual([r.unit, r.currency, r.polarity], ['currency-per-day', 'USD', 'higher-is-better']);
  });
  it('compute(pipeline-velocity, cycleDeals closed) uses the cycle of won and lost deals', () =>
    assert.equal(str(run(pipelineVelocity, data, { cycleDeals: 'closed' }).value), '160'));
  it('compute(pipeline-velocity, weighted) uses the amount-weighted win rate, in one division', () => {
    const r = run(pipelineVelocity, data, { weighted: true });
    assert.equal(str(r.value), '160');
    assert.equal(str(r.details?.winRate), third(2, 3));
  });
  it('compute(pipeline-velocity) rejects invalid options', () => {
    assert.throws(() => run(pipelineVelocity, data, { weighted: 'yes' }), {
      code: 'invalid-option',
      option: 'weighted',
    });
    assert.throws(() => run(pipelineVelocity, data, { cycleDeals: 'all' }), {
      code: 'invalid-option',
      option: 'cycleDeals',
    });
  });
  it('compute(pipeline-velocity) gives zero-denominator with nothing closed, keeping the open deals', () => {
    const r = run(pipelineVelocity, { deals: open });
    assert.deepEqual([r.value, r.reason], [null, 'zero-denominator']);
    assert.deepEqual(detailsOf(r), {
      openDeals: '4',
      averageDealSize: null,
      winRate: null,
      salesCycleDays: null,
      numerator: null,
      denominator: null,
    });
  });
  it('compute(pipeline-velocity) gives zero-denominator with only lost deals (no average deal size)', () => {
    const r = run(pipelineVelocity, { deals: [...open, closed[2]!] });
    assert.deepEqual([r.value, r.reason, str(r.details?.winRate)], [null, 'zero-denominator', '0']);
  });
  it('compute(pipeline-velocity) gives zero-denominator when every deal closed the day it was created', () => {
    const r = run(pipelineVelocity, {
      deals: [...open, deal({ id: 'w', createdAt: '2024-05-03T09:00', closedAt: '2024-05-03T17:00' })],
    });
    assert.deepEqual([r.value, r.reason, str(r.details?.salesCycleDays)], [null, 'zero-denominator', '0']);
  });
  it('compute(pipeline-velocity) is 0 with no open deal and no-data without deals', () => {
    assert.equal(str(run(pipelineVelocity, { deals: closed }).value), '0');
    assert.equal(run(pipelineVelocity, {}).reason, 'no-data');
  });
});

// ---- Properties ----

const day = fc
  .integer({ min: 0, max: 120 })
  .map((d) => new Date(Date.UTC(2024, 2, 1) + d * 86_400_000).toISOString().slice(0, 10));
const arbDeal = fc.record({
  created: day,
  cycle: fc.integer({ min: 0, max: 60 }),
  stage: fc.constantFrom('won', 'lost', 'proposal', 'lead', 'won', 'lost'),
  cents: fc.integer({ min: 0, max: 1_000_000 }),
  repId: fc.option(fc.constantFrom('r1', 'r2', 'r3'), { nil: undefined }),
  probability: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  id: fc.integer({ min: 0, max: 30 }),
});
/** Random deals in March to June 2024; ids repeat (d0 to d30) unless `unique`. */
const dealsOf = (unique: boolean) =>
  fc.array(arbDeal, { maxLength: 25 }).map((list) =>
    list.map((g, i): Deal => {
      const closed = new Date(Date.parse(g.created) + g.cycle * 86_400_000).toISOString().slice(0, 10);
      return {
        id: unique ? `u${i}` : `d${g.id}`,
        createdAt: g.created,
        ...(g.stage === 'won' || g.stage === 'lost' ? { closedAt: closed } : {}),
        stage: g.stage as Deal['stage'],
        amount: (g.cents / 100).toFixed(2),
        ...(g.repId ? { repId: g.repId } : {}),
        ...(g.probability !== undefined ? { probability: String(g.probability / 100) } : {}),
      };
    }),
  );
const arbDeals = dealsOf(false);
const arbReps = fc.array(
  fc.record({ id: fc.constantFrom('r1', 'r2', 'r4'), from: fc.option(day, { nil: undefined }) }),
  { maxLength: 3 },
);
const month = fc.constantFrom('2024-03', '2024-04', '2024-05', '2024-06');
const all = [monthlySalesGrowth, winRate, averageDealSize, salesCycleLength, pipelineValue, pipelineVelocity];
const opts = (period: string, extra: Opts = {}) => ({ period, currency: 'USD', timeZone: 'UTC', ...extra }) as never;

function sortWarnings(r: KpiResult): KpiResult {
  const key = (w: KpiResult['warnings'][number]) => JSON.stringify(w);
  return { ...r, warnings: [...r.warnings].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0)) };
}

function shuffle<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('deal KPI properties', () => {
  it('compute(win-rate) stays within [0, 1], weighted or not, for the total and every rep', () => {
    fc.assert(
      fc.property(arbDeals, month, fc.boolean(), (deals, period, weighted) => {
        const r = computeWith(winRate, { deals }, opts(period, { weighted }));
        for (const v of [r.value, ...r.breakdown!.map((b) => b.value)]) {
          if (v !== null) assert.ok(v.gte(0) && v.lte(1), v.toString());
        }
      }),
      { numRuns: 300 },
    );
  });
  it('compute(win-rate) per-rep won and lost add up to the total', () => {
    fc.assert(
      fc.property(arbDeals, arbReps, month, fc.boolean(), (deals, reps, period, weighted) => {
        const data = { deals, reps: reps.map((r) => ({ id: r.id, ...(r.from ? { activeFrom: r.from } : {}) })) };
        const r = computeWith(winRate, data, opts(period, { weighted }));
        for (const k of ['won', 'lost']) {
          const parts = r.breakdown!.reduce((acc, b) => acc.plus(b.details![k]!), new D(0));
          assert.equal(parts.toString(), r.details![k]!.toString(), k);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('compute(sales-cycle-length) mean and median lie between the shortest and longest cycle', () => {
    fc.assert(
      fc.property(dealsOf(true), month, fc.constantFrom('won', 'closed'), (deals, period, cycleDeals) => {
        const r = computeWith(salesCycleLength, { deals }, opts(period, { cycleDeals }));
        const days = deals
          .filter((d) => d.closedAt?.startsWith(period) && (d.stage === 'won' || cycleDeals === 'closed'))
          .map((d) => (Date.parse(d.closedAt!) - Date.parse(d.createdAt)) / 86_400_000);
        if (days.length === 0) return assert.equal(r.reason, 'zero-denominator');
        for (const v of [r.value!, r.details!.median!]) {
          assert.ok(v.gte(Math.min(...days)) && v.lte(Math.max(...days)), `${v} outside ${days}`);
        }
        assert.equal(r.details!.deals!.toString(), String(days.length));
      }),
      { numRuns: 300 },
    );
  });
  it('compute(every deal KPI) does not depend on record order, duplicate ids included', () => {
    fc.assert(
      fc.property(arbDeals, arbReps, month, fc.integer({ min: 1, max: 1e9 }), (deals, reps, period, seed) => {
        const repRows = reps.map((r) => ({ id: r.id, ...(r.from ? { activeFrom: r.from } : {}) }));
        for (const m of all) {
          const a = computeWith(m, { deals, reps: repRows }, opts(period));
          const b = computeWith(m, { deals: shuffle(deals, seed), reps: shuffle(repRows, seed + 1) }, opts(period));
          // Warnings follow the rows' order (a row without id is named by its index), so they are compared as sets.
          assert.equal(JSON.stringify(sortWarnings(b)), JSON.stringify(sortWarnings(a)), m.id);
        }
      }),
      { numRuns: 150 },
    );
  });
  it('compute(every deal KPI) never gives NaN or Infinity and never mutates its input', () => {
    fc.assert(
      fc.property(arbDeals, month, (deals, period) => {
        const frozen = Object.freeze(deals.map((d) => Object.freeze({ ...d })));
        const before = JSON.stringify(frozen);
        for (const m of all) {
          const json = JSON.stringify(computeWith(m, { deals: frozen as Deal[] }, opts(period, { weighted: true })));
          assert.doesNotMatch(json, /NaN|Infinity/);
        }
        assert.equal(JSON.stringify(frozen), before);
      }),
      { numRuns: 100 },
    );
  });
});
