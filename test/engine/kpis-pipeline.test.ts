import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeSummaryWith, computeWith } from '../../src/engine/compute.js';
import { D } from '../../src/engine/decimal.js';
import { leadConversionRate } from '../../src/engine/kpis/lead-conversion-rate.js';
import { newLeads } from '../../src/engine/kpis/new-leads.js';
import { opportunitiesVsLeads } from '../../src/engine/kpis/opportunities-vs-leads.js';
import { quotaAttainment } from '../../src/engine/kpis/quota-attainment.js';
import { salesPerRep } from '../../src/engine/kpis/sales-per-rep.js';
import { salesRoi } from '../../src/engine/kpis/sales-roi.js';
import type { KpiModule } from '../../src/engine/context.js';
import type { Dataset, Deal, KpiResult, Lead, Quota, Rep, Spend } from '../../src/engine/types.js';

const may = { period: '2024-05', currency: 'USD', timeZone: 'America/New_York' } as const;
type Options = Record<string, unknown>;
const run = (m: KpiModule, data: Dataset, options: Options = {}) =>
  computeWith(m, data, { ...may, ...options } as never);
const str = (v: { toString(): string } | null | undefined) => (v === null || v === undefined ? v : v.toString());
const detailsOf = (r: KpiResult) => Object.fromEntries(Object.entries(r.details ?? {}).map(([k, v]) => [k, str(v)]));
const breakdownOf = (r: KpiResult) =>
  (r.breakdown ?? []).map((b) => ({
    key: b.key,
    value: str(b.value),
    ...(b.reason ? { reason: b.reason } : {}),
    ...(b.details ? { details: Object.fromEntries(Object.entries(b.details).map(([k, v]) => [k, str(v)])) } : {}),
  }));

const lead = (id: string, createdAt: string, more: Partial<Lead> = {}): Lead => ({ id, createdAt, ...more });
const deal = (id: string, stage: Deal['stage'], createdAt: string, amount: string, more: Partial<Deal> = {}): Deal => ({
  id,
  stage,
  createdAt,
  amount,
  ...more,
});
const won = (id: string, closedAt: string, amount: string, more: Partial<Deal> = {}) =>
  deal(id, 'won', '2024-01-02', amount, { closedAt, ...more });

// May 2024: five rows merge into four distinct leads; l6 is dated on P.end and l7 in April.
const leads: Lead[] = [
  lead('l1', '2024-05-02', { channel: 'seo', email: ' A@x.com ' }),
  lead('l2', '2024-05-05', { channel: 'ads', email: 'a@x.com' }),
  lead('l3', '2024-05-10', { email: 'b@x.com', dealId: 'd3' }),
  lead('l4', '2024-05-12', { channel: 'ads', email: 'B@X.COM' }),
  lead('l5', '2024-05-20', { dealId: 'd2' }),
  lead('l8', '2024-05-25', { channel: 'seo', email: 'd@x.com', convertedAt: '2024-08-01' }),
  lead('l6', '2024-06-01', { channel: 'seo' }),
  lead('l7', '2024-04-30', { channel: 'seo' }),
];
const deals: Deal[] = [
  deal('d1', 'won', '2024-05-03', '1000', { closedAt: '2024-07-10', leadId: 'l2' }),
  deal('d2', 'lost', '2024-05-04', '500', { closedAt: '2024-05-20' }),
  deal('d3', 'won', '2024-04-01', '2000', { closedAt: '2024-05-15' }),
  deal('d4', 'proposal', '2024-05-06', '300', { leadId: 'l5' }),
  deal('d5', 'lead', '2024-05-07', '50'),
  deal('d6', 'interested', '2024-05-08', '120'),
  deal('d7', 'meeting-booked', '2024-03-01', '80'),
  deal('d8', 'interested', '2024-06-01', '999'),
  deal('d9', 'interested', '2024-05-09', '40'),
  deal('d10', 'won', '2024-05-10', '700', { closedAt: '2024-06-01' }),
];

describe('new-leads', () => {
  it('compute(new-leads) counts leads merged by lower-cased trimmed email, created in [P.start, P.end)', () => {
    const r = run(newLeads, { leads });
    assert.equal(str(r.value), '4');
    assert.equal(r.unit, 'count');
    assert.equal(r.polarity, 'higher-is-better');
    assert.deepEqual(r.period, { start: '2024-05-01', end: '2024-06-01' });
  });
  it('compute(new-leads) keys each merged lead by the channel of its earliest row with one, unattributed last', () =>
    assert.deepEqual(breakdownOf(run(newLeads, { leads })), [
      { key: 'ads', value: '1' },
      { key: 'seo', value: '2' },
      { key: 'unattributed', value: '1' },
    ]));
  it('compute(new-leads) breaks a createdAt tie between channels by id, whatever the order', () => {
    const rows = [
      lead('b', '2024-05-03T09:00:00Z', { channel: 'ads', email: 'z@x.com' }),
      lead('a', '2024-05-03T09:00:00Z', { channel: 'seo', email: 'z@x.com' }),
    ];
    for (const list of [rows, [...rows].reverse()]) {
      assert.deepEqual(breakdownOf(run(newLeads, { leads: list })), [{ key: 'seo', value: '1' }]);
    }
  });
  it('compute(new-leads) compares with the previous month', () => {
    const r = run(newLeads, { leads });
    assert.equal(str(r.comparison?.baseline), '1');
    assert.equal(str(r.comparison?.delta), '3');
    assert.equal(str(r.comparison?.deltaPercent), '3');
  });
  it('compute(new-leads) skips a duplicate id, keeping the row whose JSON sorts first', () => {
    const r = run(newLeads, {
      leads: [lead('x', '2024-05-02', { channel: 'b' }), lead('x', '2024-05-02', { channel: 'a' })],
    });
    assert.equal(str(r.value), '1');
    assert.deepEqual(breakdownOf(r), [{ key: 'a', value: '1' }]);
    assert.deepEqual(
      r.warnings.map((w) => [w.recordId, w.code]),
      [['x', 'duplicate-id']],
    );
  });
  it('compute(new-leads) merges only leads created in P: an April duplicate does not hide a May lead', () =>
    assert.equal(
      str(
        run(newLeads, {
          leads: [lead('a', '2024-04-20', { email: 'e@x.com' }), lead('b', '2024-05-02', { email: 'e@x.com' })],
        }).value,
      ),
      '1',
    ));
  it('compute(new-leads) buckets an instant by its local date: 20:00Z on May 31 is June in Taipei', () => {
    const data = { leads: [lead('t', '2024-05-31T20:00:00Z')] };
    assert.equal(str(run(newLeads, data, { timeZone: 'Asia/Taipei' }).value), '0');
    assert.equal(str(run(newLeads, data, { timeZone: 'Asia/Taipei', period: '2024-06' }).value), '1');
    assert.equal(str(run(newLeads, data, { timeZone: 'UTC' }).value), '1');
  });
  it('compute(new-leads) gives null no-data without leads, and 0 with an empty list', () => {
    const none = run(newLeads, { deals });
    assert.equal(none.value, null);
    assert.equal(none.reason, 'no-data');
    const empty = run(newLeads, { leads: [] });
    assert.equal(str(empty.value), '0');
    assert.deepEqual(empty.breakdown, []);
  });
  it('compute(new-leads) skips a lead with a bad date and lists it', () => {
    const r = run(newLeads, { leads: [lead('ok', '2024-05-02'), lead('bad', '2024-02-30'), lead('no-date', '')] });
    assert.equal(str(r.value), '1');
    assert.deepEqual(
      r.warnings.map((w) => [w.recordId, w.code]),
      [
        ['bad', 'invalid-field'],
        ['no-date', 'invalid-record'],
      ],
    );
  });
  it('compute(new-leads) throws invalid-option for an unknown compare value', () =>
    assert.throws(() => run(newLeads, { leads }, { compare: 'yesterday' }), { code: 'invalid-option' }));
  it('computeSummary(new-leads) gives the count, with a comparison from previous', () => {
    const r = computeSummaryWith(newLeads, { count: '12', previous: '8' });
    assert.equal(str(r.value), '12');
    assert.equal(str(r.comparison?.deltaPercent), '0.5');
  });
});

describe('lead-conversion-rate', () => {
  it('compute(lead-conversion-rate) counts merged leads that converted by deal link or convertedAt', () => {
    // {l1,l2}: d1 (won in July) points to l2; {l3,l4}: l3 points to won d3; l8 has convertedAt;
    // l5 points to a lost deal and is pointed to by an open one.
    const r = run(leadConversionRate, { leads, deals });
    assert.equal(str(r.value), '0.75');
    assert.deepEqual(detailsOf(r), { numerator: '3', denominator: '4' });
    assert.equal(r.unit, 'percent');
  });
  it('compute(lead-conversion-rate) without deals counts convertedAt only', () =>
    assert.equal(str(run(leadConversionRate, { leads }).value), '0.25'));
  it('compute(lead-conversion-rate) ignores a won deal that is invalid (no closedAt)', () => {
    const r = run(leadConversionRate, {
      leads: [lead('a', '2024-05-02')],
      deals: [deal('w', 'won', '2024-05-02', '10', { leadId: 'a' })],
    });
    assert.equal(str(r.value), '0');
    assert.deepEqual(
      r.warnings.map((w) => [w.recordId, w.code]),
      [['w', 'invalid-record']],
    );
  });
  it('compute(lead-conversion-rate) gives null zero-denominator when no lead is created in P', () => {
    const r = run(leadConversionRate, { leads: [lead('a', '2024-06-01')], deals });
    assert.equal(r.value, null);
    assert.equal(r.reason, 'zero-denominator');
    assert.deepEqual(detailsOf(r), { numerator: '0', denominator: '0' });
  });
  it('compute(lead-conversion-rate) gives null no-data without leads', () =>
    assert.equal(run(leadConversionRate, { deals }).reason, 'no-data'));
  it('computeSummary(lead-conversion-rate) divides converted by leads', () =>
    assert.equal(str(computeSummaryWith(leadConversionRate, { converted: 3, leads: 12 }).value), '0.25'));
});

describe('opportunities-vs-leads', () => {
  it('compute(opportunities-vs-leads) divides deals created in P not in stage lead by distinct leads', () => {
    const r = run(opportunitiesVsLeads, { leads, deals });
    assert.equal(str(r.value), '1.5');
    assert.deepEqual(detailsOf(r), {
      leads: '4',
      opportunities: '6', // d1 d2 d4 d6 d9 d10 (d5 is a lead, d8 is created on P.end)
      meetingsBooked: '3', // d1 won, d4 proposal, d10 won; d2 lost, d6 d9 interested; d7 was created in March
      won: '2', // d1 (closes in July) and d10 (on P.end): the stage counts, not the close date
      meetingsBookedRate: '0.5', // 3 ÷ 6
      wonRate: '0.6666666666666666666666666666666667', // 2 ÷ 3 to 34 digits, half-even
      opportunitiesValue: '2660',
      interestedValue: '160', // d6 + d9 open at P.end; d8 was not created yet
      meetingsBookedValue: '80', // d7, created in March
      closedWonValue: '2000', // d3; d10 closes on P.end
      numerator: '6',
      denominator: '4',
    });
  });
  it('compute(opportunities-vs-leads) counts an interested deal closed after P.end as open at P.end', () => {
    const data = {
      leads: [lead('a', '2024-05-02')],
      deals: [deal('x', 'interested', '2024-04-02', '10', { closedAt: '2024-06-03' })],
    };
    assert.equal(run(opportunitiesVsLeads, data).details?.interestedValue?.toString(), '10');
  });
  it('compute(opportunities-vs-leads) converts values: created at createdAt, open at P’s last day, won at closedAt', () => {
    const fxRates = [
      { date: '2024-05-01', from: 'EUR', to: 'USD', rate: '1.1' },
      { date: '2024-05-20', from: 'EUR', to: 'USD', rate: '1.2' },
      { date: '2024-05-31', from: 'EUR', to: 'USD', rate: '1.5' },
    ];
    const r = run(opportunitiesVsLeads, {
      leads: [lead('a', '2024-05-02')],
      deals: [
        deal('i', 'interested', '2024-05-02', '100', { currency: 'EUR' }),
        deal('w', 'won', '2024-05-03', '10', { currency: 'EUR', closedAt: '2024-05-21' }),
      ],
      fxRates,
    });
    assert.deepEqual(detailsOf(r), {
      leads: '1',
      opportunities: '2',
      meetingsBooked: '1',
      won: '1',
      meetingsBookedRate: '0.5',
      wonRate: '1',
      opportunitiesValue: '121', // 100 × 1.1 + 10 × 1.1
      interestedValue: '150', // 100 × 1.5 on May 31
      meetingsBookedValue: '0',
      closedWonValue: '12', // 10 × 1.2 on May 21
      numerator: '2',
      denominator: '1',
    });
  });
  it('compute(opportunities-vs-leads) counts meetings booked and won among the opportunities created in P, by stage', () => {
    const stages = (...list: Deal['stage'][]) => ({
      leads: [lead('a', '2024-05-02')],
      deals: list.map((stage, i) =>
        deal(`s${i}`, stage, '2024-05-03', '1', stage === 'won' || stage === 'lost' ? { closedAt: '2024-09-01' } : {}),
      ),
    });
    const t = (expected: Record<string, string | null>, ...list: Deal['stage'][]) => {
      const d = detailsOf(run(opportunitiesVsLeads, stages(...list)));
      const keys = ['opportunities', 'meetingsBooked', 'won', 'meetingsBookedRate', 'wonRate'] as const;
      assert.deepEqual(Object.fromEntries(keys.map((k) => [k, d[k]])), expected, list.join(' '));
    };
    const c = (
      opportunities: string,
      meetingsBooked: string,
      won: string,
      mRate: string | null,
      wRate: string | null,
    ) => ({
      opportunities,
      meetingsBooked,
      won,
      meetingsBookedRate: mRate,
      wonRate: wRate,
    });
    // lead is not an opportunity; 8 are, 4 of them got a meeting (meeting-booked, proposal, won ×2), 2 won.
    const all: Deal['stage'][] = ['lead', 'interested', 'interested', 'interested', 'lost', 'meeting-booked'];
    t(c('8', '4', '2', '0.5', '0.5'), ...all, 'proposal', 'won', 'won');
    t(c('2', '0', '0', '0', null), 'interested', 'lost'); // no meeting booked: wonRate has no denominator
    t(c('1', '0', '0', '0', null), 'lost');
    t(c('0', '0', '0', null, null), 'lead', 'lead'); // leads are not opportunities
    t(c('3', '3', '3', '1', '1'), 'won', 'won', 'won');
    t(c('2', '2', '0', '1', '0'), 'meeting-booked', 'proposal');
  });
  it('compute(opportunities-vs-leads) gives null zero-denominator with opportunities and no leads', () => {
    const r = run(opportunitiesVsLeads, { leads: [], deals });
    assert.equal(r.value, null);
    assert.equal(r.reason, 'zero-denominator');
    assert.equal(str(r.details?.opportunities), '6');
  });
  it('compute(opportunities-vs-leads) gives null no-data without leads or without deals', () => {
    assert.equal(run(opportunitiesVsLeads, { deals }).reason, 'no-data');
    assert.equal(run(opportunitiesVsLeads, { leads }).reason, 'no-data');
  });
  it('compute(opportunities-vs-leads) buckets deals by local createdAt in Taipei', () => {
    const data = {
      leads: [lead('a', '2024-05-02')],
      deals: [deal('x', 'proposal', '2024-05-31T20:00:00Z', '10')],
    };
    assert.equal(str(run(opportunitiesVsLeads, data, { timeZone: 'Asia/Taipei' }).value), '0');
    assert.equal(str(run(opportunitiesVsLeads, data, { timeZone: 'UTC' }).value), '1');
  });
  it('computeSummary(opportunities-vs-leads) divides opportunities by leads', () => {
    const r = computeSummaryWith(opportunitiesVsLeads, { opportunities: 6, leads: 4 });
    assert.equal(str(r.value), '1.5');
    assert.deepEqual(detailsOf(r), { leads: '4', opportunities: '6', numerator: '6', denominator: '4' });
  });
});

describe('sales-per-rep', () => {
  const reps: Rep[] = [
    { id: 'r1', activeFrom: '2024-01-01' },
    { id: 'r2', activeFrom: '2024-05-31' }, // joined on P's last day
    { id: 'r3', activeTo: '2024-05-01' }, // left on P's first day (inclusive)
    { id: 'r4', activeTo: '2024-04-30' }, // left before P
    { id: 'r5', activeFrom: '2024-06-01' }, // joins after P
    { id: 'r6' },
  ];
  const sales: Deal[] = [
    won('w1', '2024-05-02', '1000', { repId: 'r1' }),
    won('w2', '2024-05-31T23:30:00-04:00', '500.50', { repId: 'r1' }),
    won('w3', '2024-05-10', '200', { repId: 'r3' }),
    won('w4', '2024-05-11', '300'),
    won('w5', '2024-05-12', '100', { repId: 'r4' }),
    won('w6', '2024-06-01', '9000', { repId: 'r1' }), // on P.end: next period
    deal('x1', 'lost', '2024-04-01', '999', { closedAt: '2024-05-20', repId: 'r2' }),
    deal('x2', 'lost', '2024-04-01', '999', { closedAt: '2024-05-21', repId: 'r7' }),
  ];
  it('compute(sales-per-rep) divides won sales by the reps active at any time in P', () => {
    const r = run(salesPerRep, { deals: sales, reps });
    assert.equal(str(r.value), '525.125'); // 2100.50 ÷ 4 (r1 r2 r3 r6)
    assert.deepEqual(detailsOf(r), { numerator: '2100.5', denominator: '4' });
    assert.equal(r.currency, 'USD');
    assert.equal(r.unit, 'currency');
  });
  it('compute(sales-per-rep) lists every active rep with zeros, other sellers, and unassigned last', () =>
    assert.deepEqual(breakdownOf(run(salesPerRep, { deals: sales, reps })), [
      { key: 'r1', value: '1500.5', details: { deals: '2' } },
      { key: 'r2', value: '0', details: { deals: '0' } },
      { key: 'r3', value: '200', details: { deals: '1' } },
      { key: 'r4', value: '100', details: { deals: '1' } },
      { key: 'r6', value: '0', details: { deals: '0' } },
      { key: 'unassigned', value: '300', details: { deals: '1' } },
    ]));
  it('compute(sales-per-rep) without Rep records counts the reps on deals won or lost in P', () => {
    const r = run(salesPerRep, { deals: sales });
    assert.equal(str(r.value), '420.1'); // 2100.50 ÷ 5 (r1 r2 r3 r4 r7)
    assert.deepEqual(
      breakdownOf(r).map((b) => [b.key, b.value]),
      [
        ['r1', '1500.5'],
        ['r2', '0'],
        ['r3', '200'],
        ['r4', '100'],
        ['r7', '0'],
        ['unassigned', '300'],
      ],
    );
  });
  it('compute(sales-per-rep) reads an empty reps list as no Rep records', () =>
    assert.equal(str(run(salesPerRep, { deals: sales, reps: [] }).value), '420.1'));
  it('compute(sales-per-rep) gives null zero-denominator when no rep is active, keeping the breakdown', () => {
    const r = run(salesPerRep, {
      deals: [won('a', '2024-05-02', '10')],
      reps: [{ id: 'old', activeTo: '2023-12-31' }],
    });
    assert.equal(r.value, null);
    assert.equal(r.reason, 'zero-denominator');
    assert.deepEqual(breakdownOf(r), [{ key: 'unassigned', value: '10', details: { deals: '1' } }]);
  });
  it('compute(sales-per-rep) gives 0 when reps are active and nothing is won in P', () =>
    assert.equal(str(run(salesPerRep, { deals: [], reps }).value), '0'));
  it('compute(sales-per-rep) gives null no-data without deals', () =>
    assert.equal(run(salesPerRep, { reps }).reason, 'no-data'));
  it('compute(sales-per-rep) converts won deals on their close date', () => {
    const r = run(salesPerRep, {
      deals: [won('e', '2024-05-10', '100', { currency: 'EUR', repId: 'r1' })],
      reps: [{ id: 'r1' }, { id: 'r2' }],
      fxRates: [{ date: '2024-05-01', from: 'USD', to: 'EUR', rate: '0.8' }],
    });
    assert.equal(str(r.value), '62.5'); // 100 ÷ 0.8 = 125, ÷ 2 reps
  });
  it('compute(sales-per-rep) reads rep dates and close instants in the zone: Taipei puts 20:00Z May 31 in June', () => {
    const data = { deals: [won('t', '2024-05-31T20:00:00Z', '10', { repId: 'r1' })], reps: [{ id: 'r1' }] };
    assert.equal(str(run(salesPerRep, data, { timeZone: 'Asia/Taipei' }).value), '0');
    assert.equal(str(run(salesPerRep, data, { timeZone: 'UTC' }).value), '10');
  });
  it('compute(sales-per-rep) skips a won deal without closedAt and a rep whose activeTo precedes activeFrom', () => {
    const r = run(salesPerRep, {
      deals: [won('ok', '2024-05-02', '10', { repId: 'r1' }), deal('bad', 'won', '2024-05-02', '99')],
      reps: [{ id: 'r1' }, { id: 'bad-rep', activeFrom: '2024-05-10', activeTo: '2024-05-01' }],
    });
    assert.equal(str(r.value), '10');
    assert.deepEqual(
      r.warnings.map((w) => [w.recordId, w.code]),
      [
        ['bad', 'invalid-record'],
        ['bad-rep', 'invalid-field'],
      ],
    );
  });
  it('computeSummary(sales-per-rep) is total sales ÷ reps (the source article)', () => {
    const r = computeSummaryWith(salesPerRep, { totalSales: '120000', reps: '4' });
    assert.equal(str(r.value), '30000');
    assert.deepEqual(detailsOf(r), { numerator: '120000', denominator: '4' });
  });
});

describe('quota-attainment', () => {
  const reps: Rep[] = [{ id: 'q1' }, { id: 'q2' }, { id: 'q3' }, { id: 'q4' }, { id: 'q5' }];
  const quotaDeals: Deal[] = [
    won('a', '2024-05-02', '1000.50', { repId: 'q1' }),
    won('b', '2024-05-20', '500', { repId: 'q1' }),
    won('c', '2024-05-03', '200', { repId: 'q2' }),
    won('d', '2024-05-04', '50', { repId: 'q5' }),
    won('e', '2024-05-05', '300'),
    won('f', '2024-06-01', '5000', { repId: 'q3' }), // on P.end
  ];
  const q = (repId: string, periodStart: string, periodEnd: string, amount: string, more: Partial<Quota> = {}) => ({
    repId,
    periodStart,
    periodEnd,
    amount,
    ...more,
  });
  const quotas: Quota[] = [
    q('q1', '2024-05-01', '2024-06-01', '1000'),
    q('q1', '2024-06-01', '2024-07-01', '500'), // starts on P.end
    q('q2', '2024-05-01', '2024-07-02', '800'), // 62 days, 31 in May: 400
    q('q3', '2024-05-01', '2024-06-01', '2001'),
    q('q4', '2024-05-01', '2024-06-01', '0'),
  ];
  it('compute(quota-attainment) divides won sales of reps with a quota by their quotas spread over P', () => {
    const r = run(quotaAttainment, { deals: quotaDeals, quotas, reps });
    assert.equal(str(r.value), '0.5'); // (1500.50 + 200 + 0 + 0) ÷ (1000 + 400 + 2001 + 0)
    assert.deepEqual(detailsOf(r), {
      numerator: '1700.5',
      denominator: '3401',
      repsWithQuota: '4', // q1 q2 q3 q4; q5 has none
      repsReachingQuota: '1', // q1 at 1.5005; q4's quota of 0 gives no attainment
      repsAtQuota: '0.25',
    });
  });
  it('compute(quota-attainment) counts a rep exactly at quota as reaching it, and one a cent short as not', () => {
    const r = run(quotaAttainment, {
      deals: [won('a', '2024-05-02', '1000', { repId: 'q1' }), won('b', '2024-05-02', '999.99', { repId: 'q2' })],
      quotas: [q('q1', '2024-05-01', '2024-06-01', '1000'), q('q2', '2024-05-01', '2024-06-01', '1000')],
    });
    assert.deepEqual([r.details?.repsWithQuota, r.details?.repsReachingQuota, r.details?.repsAtQuota].map(str), [
      '2',
      '1',
      '0.5',
    ]);
  });
  it('compute(quota-attainment) breaks down by rep: no quota and unassigned are null with a reason', () =>
    assert.deepEqual(breakdownOf(run(quotaAttainment, { deals: quotaDeals, quotas, reps })), [
      { key: 'q1', value: '1.5005', details: { won: '1500.5', quota: '1000' } },
      { key: 'q2', value: '0.5', details: { won: '200', quota: '400' } },
      { key: 'q3', value: '0', details: { won: '0', quota: '2001' } },
      { key: 'q4', value: null, reason: 'zero-denominator', details: { won: '0', quota: '0' } },
      { key: 'q5', value: null, reason: 'no-quota', details: { won: '50', quota: '0' } },
      { key: 'unassigned', value: null, reason: 'unassigned', details: { won: '300', quota: '0' } },
    ]));
  it('compute(quota-attainment) gives the same value whatever the order of quota rows', () => {
    const a = run(quotaAttainment, { deals: quotaDeals, quotas, reps });
    const b = run(quotaAttainment, { deals: [...quotaDeals].reverse(), quotas: [...quotas].reverse(), reps });
    assert.equal(JSON.stringify(a), JSON.stringify(b));
  });
  it('compute(quota-attainment) converts a quota at its periodStart', () => {
    const r = run(quotaAttainment, {
      deals: [won('a', '2024-05-02', '55', { repId: 'q1' })],
      quotas: [q('q1', '2024-05-01', '2024-06-01', '100', { currency: 'EUR' })],
      fxRates: [{ date: '2024-04-01', from: 'EUR', to: 'USD', rate: '1.1' }],
    });
    assert.equal(str(r.value), '0.5'); // 55 ÷ 110
  });
  it('compute(quota-attainment) gives null zero-denominator when no quota overlaps P', () => {
    const r = run(quotaAttainment, { deals: quotaDeals, quotas: [q('q1', '2024-04-01', '2024-05-01', '100')] });
    assert.equal(r.value, null);
    assert.equal(r.reason, 'zero-denominator');
    assert.equal(r.details?.repsAtQuota, null);
    assert.equal(str(r.details?.repsWithQuota), '0');
    assert.equal(str(r.details?.repsReachingQuota), '0');
  });
  it('compute(quota-attainment) gives null no-data without quotas or without deals', () => {
    assert.equal(run(quotaAttainment, { deals: quotaDeals }).reason, 'no-data');
    assert.equal(run(quotaAttainment, { quotas }).reason, 'no-data');
  });
  it('compute(quota-attainment) skips a quota row that ends before it starts', () => {
    const r = run(quotaAttainment, {
      deals: quotaDeals,
      quotas: [q('q1', '2024-05-01', '2024-06-01', '1000'), q('q2', '2024-05-10', '2024-05-01', '5')],
    });
    assert.equal(str(r.value), '1.5005');
    assert.deepEqual(
      r.warnings.map((w) => [w.recordId, w.code]),
      [['quotas[1]', 'invalid-field']],
    );
  });
  it('computeSummary(quota-attainment) divides actual by quota', () =>
    assert.equal(str(computeSummaryWith(quotaAttainment, { actual: 90, quota: 120 }).value), '0.75'));
});

describe('sales-roi', () => {
  const spend: Spend[] = [
    { periodStart: '2024-05-01', periodEnd: '2024-06-01', channel: 'seo', amount: '600' },
    { periodStart: '2024-04-01', periodEnd: '2024-07-01', amount: '910', category: 'salaries' }, // 31 of 91 days
    { periodStart: '2024-05-31', amount: '90' }, // one day, May 31
    { periodStart: '2024-06-01', amount: '5000' }, // on P.end
  ];
  const roiDeals = [won('a', '2024-05-02', '2000'), won('b', '2024-05-31', '500'), won('c', '2024-06-01', '9000')];
  it('compute(sales-roi) is (won sales − all spend) ÷ spend, overhead included', () => {
    const r = run(salesRoi, { deals: roiDeals, spend });
    assert.equal(str(r.value), '1.5');
    assert.deepEqual(detailsOf(r), { wonSales: '2500', spend: '1000', numerator: '1500', denominator: '1000' });
    assert.equal(r.unit, 'percent');
  });
  it('compute(sales-roi) is negative when sales do not cover spend', () =>
    assert.equal(str(run(salesRoi, { deals: [won('a', '2024-05-02', '400')], spend }).value), '-0.6'));
  it('compute(sales-roi) gives null zero-denominator without spend in P', () => {
    const r = run(salesRoi, { deals: roiDeals, spend: [] });
    assert.equal(r.value, null);
    assert.equal(r.reason, 'zero-denominator');
    assert.equal(str(r.details?.wonSales), '2500');
  });
  it('compute(sales-roi) gives null no-data without deals or without spend', () => {
    assert.equal(run(salesRoi, { spend }).reason, 'no-data');
    assert.equal(run(salesRoi, { deals: roiDeals }).reason, 'no-data');
  });
  it('compute(sales-roi) converts spend at its periodStart', () => {
    const r = run(salesRoi, {
      deals: [won('a', '2024-05-02', '330')],
      spend: [{ periodStart: '2024-05-01', periodEnd: '2024-06-01', amount: '100', currency: 'EUR' }],
      fxRates: [{ date: '2024-05-01', from: 'EUR', to: 'USD', rate: '1.1' }],
    });
    assert.equal(str(r.value), '2'); // (330 − 110) ÷ 110
  });
  it('compute(sales-roi) spreads a quarter of spend by days over a month in Taipei', () => {
    const r = run(
      salesRoi,
      {
        deals: [won('a', '2024-05-31T20:00:00Z', '100')],
        spend: [{ periodStart: '2024-04-01', periodEnd: '2024-07-01', amount: '910' }],
      },
      { timeZone: 'Asia/Taipei', period: '2024-06' },
    );
    assert.deepEqual(detailsOf(r), { wonSales: '100', spend: '300', numerator: '-200', denominator: '300' });
  });
  it('compute(sales-roi) skips a spend row with a bad amount', () => {
    const r = run(salesRoi, {
      deals: roiDeals,
      spend: [
        { periodStart: '2024-05-01', periodEnd: '2024-06-01', amount: '1000' },
        { periodStart: '2024-05-01', amount: 'abc' },
      ],
    });
    assert.equal(str(r.value), '1.5');
    assert.deepEqual(
      r.warnings.map((w) => [w.recordId, w.code]),
      [['spend[1]', 'invalid-field']],
    );
  });
  it('computeSummary(sales-roi) is (wonSales − spend) ÷ spend', () => {
    const r = computeSummaryWith(salesRoi, { wonSales: '2500', spend: '1000' });
    assert.equal(str(r.value), '1.5');
    assert.deepEqual(detailsOf(r), { wonSales: '2500', spend: '1000', numerator: '1500', denominator: '1000' });
  });
});

describe('pipeline and team properties', () => {
  const day = fc
    .integer({ min: 100, max: 200 })
    .map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  const zone = fc.constantFrom('UTC', 'America/Los_Angeles', 'Asia/Taipei', 'America/New_York');
  const month = fc.constantFrom('2024-04', '2024-05', '2024-06', '2024-07');
  const leadRows = fc.array(
    fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
      createdAt: day,
      channel: fc.option(fc.constantFrom('seo', 'ads', 'email'), { nil: undefined }),
      email: fc.option(fc.constantFrom('x@y.com', ' X@y.com', 'z@y.com', 'q@y.com'), { nil: undefined }),
      convertedAt: fc.option(day, { nil: undefined }),
      dealId: fc.option(fc.constantFrom('d0', 'd1', 'd2'), { nil: undefined }),
    }),
    { maxLength: 15 },
  );
  const dealRows = fc.array(
    fc.record({
      stage: fc.constantFrom('lead', 'interested', 'proposal', 'won', 'lost'),
      createdAt: day,
      closeAfter: fc.integer({ min: 0, max: 40 }),
      cents: fc.integer({ min: -50_000, max: 500_000 }),
      repId: fc.option(fc.constantFrom('r1', 'r2', 'r3'), { nil: undefined }),
      leadId: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
    }),
    { maxLength: 15 },
  );
  type DealRow = typeof dealRows extends fc.Arbitrary<(infer T)[]> ? T : never;
  const toDeals = (rows: DealRow[]): Deal[] =>
    rows.map((r, i) => ({
      id: `d${i}`,
      stage: r.stage as Deal['stage'],
      createdAt: r.createdAt,
      amount: (r.cents / 100).toFixed(2),
      ...(r.stage === 'won' || r.stage === 'lost'
        ? { closedAt: new Date(Date.parse(r.createdAt) + r.closeAfter * 86_400_000).toISOString().slice(0, 10) }
        : {}),
      ...(r.repId ? { repId: r.repId } : {}),
      ...(r.leadId ? { leadId: r.leadId } : {}),
    }));
  // Warnings list the skipped duplicate in input order; everything else must match exactly.
  const canonical = (r: KpiResult) =>
    JSON.stringify({ ...r, warnings: r.warnings.map((w) => JSON.stringify(w)).sort() });
  const clean = <T extends object>(rows: T[]): T[] =>
    rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as T);

  it('compute(sales-per-rep) breakdown adds up to the won sales of P', () => {
    fc.assert(
      fc.property(dealRows, month, fc.boolean(), (rows, period, withReps) => {
        const data: Dataset = { deals: toDeals(rows), ...(withReps ? { reps: [{ id: 'r1' }, { id: 'r4' }] } : {}) };
        const r = computeWith(salesPerRep, data, { period, currency: 'USD' });
        const total = (r.breakdown ?? []).reduce((s, b) => s.plus(b.value!), new D(0));
        const expected = toDeals(rows)
          .filter((d) => d.stage === 'won' && String(d.closedAt).slice(0, 7) === period)
          .reduce((s, d) => s.plus(d.amount as string), new D(0));
        assert.equal(total.toString(), expected.toString());
        assert.equal(r.details!.numerator!.toString(), expected.toString());
      }),
      { numRuns: 300 },
    );
  });
  it('compute(new-leads) does not depend on record order and never exceeds the rows given', () => {
    fc.assert(
      fc.property(leadRows, month, zone, (rows, period, timeZone) => {
        const list = clean(rows) as Lead[];
        const options = { period, timeZone };
        const a = computeWith(newLeads, { leads: list }, options);
        const b = computeWith(newLeads, { leads: [...list].reverse() }, options);
        assert.equal(canonical(a), canonical(b));
        assert.ok(a.value!.lte(list.length));
        const byChannel = (a.breakdown ?? []).reduce((s, e) => s.plus(e.value!), new D(0));
        assert.equal(byChannel.toString(), a.value!.toString());
      }),
      { numRuns: 300 },
    );
  });
  it('compute(opportunities-vs-leads) funnel narrows: won ≤ meetings booked ≤ opportunities, rates in [0, 1]', () => {
    fc.assert(
      fc.property(leadRows, dealRows, month, zone, (rows, drows, period, timeZone) => {
        const r = computeWith(
          opportunitiesVsLeads,
          { leads: clean(rows) as Lead[], deals: toDeals(drows) },
          { period, timeZone },
        );
        const { opportunities, meetingsBooked, won, meetingsBookedRate, wonRate } = r.details!;
        assert.ok(won!.lte(meetingsBooked!) && meetingsBooked!.lte(opportunities!));
        for (const rate of [meetingsBookedRate, wonRate]) if (rate) assert.ok(rate.gte(0) && rate.lte(1));
        assert.equal(meetingsBookedRate === null, opportunities!.isZero());
        assert.equal(wonRate === null, meetingsBooked!.isZero());
      }),
      { numRuns: 300 },
    );
  });
  it('compute(lead-conversion-rate) lies in [0, 1], or is null with zero-denominator', () => {
    fc.assert(
      fc.property(leadRows, dealRows, month, zone, (rows, drows, period, timeZone) => {
        const data = { leads: clean(rows) as Lead[], deals: toDeals(drows) };
        const r = computeWith(leadConversionRate, data, { period, timeZone });
        const shuffled = computeWith(
          leadConversionRate,
          { leads: [...data.leads].reverse(), deals: [...data.deals].reverse() },
          { period, timeZone },
        );
        assert.equal(canonical(r), canonical(shuffled));
        if (r.value === null) assert.equal(r.reason, 'zero-denominator');
        else assert.ok(r.value.gte(0) && r.value.lte(1), r.value.toString());
      }),
      { numRuns: 300 },
    );
  });
});
