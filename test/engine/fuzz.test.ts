import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compute, Decimal, listKpis, type Dataset, type KpiResult } from '../../src/engine/index.js';
import type { DatasetKind } from '../../src/engine/types.js';

// Hostile datasets: every kind, valid rows mixed with rows the engine must skip. The generator knows
// which rows are bad, so the test can ask that each one is named in a warning, and that no good row is.
// No row carries a currency, so no call may throw (MissingFxRateError needs two currencies).

type Row = Record<string, unknown>;
/** A row as generated: `bad` when the engine must skip it. */
interface Gen {
  row: Row;
  bad: boolean;
}

const at = (d: number) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
const dayNo = fc.integer({ min: 0, max: 455 });

// Amounts the engine accepts: negative ones too (refunds, credit notes), zero, and any size from 1e-15
// to just under 1e15 (records.ts MIN_FIELD, MAX_FIELD).
const goodAmount = fc.oneof(
  fc.integer({ min: -2_000_000, max: 2_000_000 }).map((c) => (c / 100).toFixed(2)),
  fc.integer({ min: -5000, max: 5000 }),
  fc.constantFrom(
    '0',
    '-0',
    0,
    -0,
    '1e3',
    ' 49.50 ',
    999_999_999_999_999,
    '-999999999999999.99',
    '0.0000001',
    '1e-15',
    -1e-15,
  ),
);
// Amounts it must reject: not decimals, missing, or out of range (1e15 and more, under 1e-15 but not 0).
const badAmount = fc.constantFrom<unknown>(
  NaN,
  Infinity,
  -Infinity,
  '1,234',
  '',
  null,
  undefined,
  'abc',
  'Infinity',
  '1e400',
  '-1e400',
  1e308,
  -1e308,
  '1e308',
  1e15,
  '-1e15',
  '1e-16',
  -1e-300,
  '1e-400',
  {},
  [],
  [12],
  { value: 12 },
  true,
);
// Dates it must reject where a date is required ('' and null read as missing).
const badDate = fc.constantFrom<unknown>(
  '2024-02-30',
  'yesterday',
  '',
  null,
  '2024-13-01',
  '24-01-01',
  {},
  [],
  1704067200000,
  NaN,
);
// Present but unreadable: also rejected where the date is optional.
const badOptionalDate = fc.constantFrom<unknown>('2024-02-30', 'yesterday', '2023-11-31T10:00', {}, ['2024-01-01'], 5);
const badId = fc.constantFrom<unknown>(undefined, null, '', '   ', NaN, Infinity, {}, [], ['x'], { toString: 1 }, true);
const badText = fc.constantFrom<unknown>({}, [], { toString: 'x' }, Object.create(null), ['seo'], true);
const channel = fc.constantFrom(undefined, 'seo', 'ads', '', '  events ');

/** A valid row, or one broken in one named way. */
function kindArb(good: fc.Arbitrary<Row>, breakers: fc.Arbitrary<(r: Row) => Row>[]): fc.Arbitrary<Gen> {
  return fc.oneof(
    { weight: 2, arbitrary: good.map((row) => ({ row, bad: false })) },
    { weight: 3, arbitrary: fc.tuple(good, fc.oneof(...breakers)).map(([row, brk]) => ({ row: brk(row), bad: true })) },
  );
}
const set = (field: string, values: fc.Arbitrary<unknown>) =>
  values.map(
    (v) =>
      (r: Row): Row =>
        v === undefined ? Object.fromEntries(Object.entries(r).filter(([k]) => k !== field)) : { ...r, [field]: v },
  );
const swap = (a: string, b: string) => fc.constant((r: Row): Row => ({ ...r, [a]: r[b], [b]: r[a] }));

const deal = kindArb(
  fc
    .record({
      created: dayNo,
      cycle: fc.integer({ min: 1, max: 60 }),
      stage: fc.constantFrom('lead', 'interested', 'meeting-booked', 'proposal', 'won', 'lost'),
      amount: goodAmount,
      repId: fc.constantFrom(undefined, 'r1', 'r2', 7),
      channel,
      probability: fc.constantFrom(undefined, '0', '0.5', 1, null, ''),
    })
    .map(({ created, cycle, stage, ...rest }) => {
      const row: Row = { createdAt: at(created), stage, ...rest };
      if (stage === 'won' || stage === 'lost' || cycle % 2 === 0) row.closedAt = at(created + cycle);
      return row;
    }),
  [
    set('amount', badAmount),
    set('createdAt', badDate),
    set('closedAt', badOptionalDate),
    set('stage', fc.constantFrom<unknown>('closed', '', null, ['won'], {}, 3)),
    set('channel', badText),
    set('probability', fc.constantFrom<unknown>('1.5', -0.1, NaN, '50%', Infinity)),
    // Inverted: closed before it was created.
    fc.constant((r: Row): Row => ({ ...r, createdAt: '2024-06-10', closedAt: '2024-06-09' })),
    // Won without a close date.
    fc.constant((r: Row): Row => ({ ...r, stage: 'won', closedAt: '' })),
  ],
);

const lead = kindArb(
  fc.record({ createdAt: dayNo.map(at), channel, email: fc.constantFrom(undefined, 'a@x.io', ' A@x.io ', '') }),
  [set('createdAt', badDate), set('convertedAt', badOptionalDate), set('email', badText), set('channel', badText)],
);

const customer = kindArb(fc.record({ firstPaidAt: dayNo.map(at), channel }), [
  set('firstPaidAt', badDate),
  set('channel', badText),
]);

const subscription = kindArb(
  fc
    .record({
      customerId: fc.constantFrom('c0', 'c1', 'c2', 3),
      amount: goodAmount,
      interval: fc.constantFrom('month', 'year', 'quarter', 'week', 'day'),
      start: dayNo,
      months: fc.option(fc.integer({ min: 0, max: 14 }), { nil: undefined }),
      quantity: fc.constantFrom(undefined, 1, '3', '0'),
    })
    .map(({ start, months, ...rest }) => ({
      ...rest,
      startAt: at(start),
      ...(months !== undefined ? { endAt: at(start + months * 30) } : {}),
    })),
  [
    set('amount', badAmount),
    set('customerId', badId),
    set('startAt', badDate),
    set('endAt', badOptionalDate),
    set('interval', fc.constantFrom<unknown>('monthly', '', null, ['month'], 1)),
    set('intervalCount', fc.constantFrom<unknown>('0', '1.5', -1, NaN, '1e400')),
    set('quantity', fc.constantFrom<unknown>(-1, '1,000', Infinity, 1e308, {})),
    set('discountPercent', fc.constantFrom<unknown>(101, '-5', 'ten', NaN)),
    // Inverted: ends before it starts.
    fc.constant((r: Row): Row => ({ ...r, startAt: '2024-05-10', endAt: '2024-05-01' })),
  ],
);

const spendRow = kindArb(
  fc
    .record({ start: dayNo, days: fc.integer({ min: 1, max: 95 }), amount: goodAmount, channel, paid: fc.boolean() })
    .map(({ start, days, ...rest }) => ({ ...rest, periodStart: at(start), periodEnd: at(start + days) })),
  [
    set('amount', badAmount),
    set('periodStart', badDate),
    set('periodEnd', badOptionalDate),
    set('channel', badText),
    set('paid', fc.constantFrom<unknown>('yes', 1, {}, [])),
    // Inverted, and empty: the period must end after it starts.
    swap('periodStart', 'periodEnd'),
    fc.constant((r: Row): Row => ({ ...r, periodEnd: r.periodStart })),
  ],
);

const rep = kindArb(
  fc.record({ name: fc.constantFrom(undefined, 'Ann', ' ', 42), activeFrom: fc.constantFrom(undefined, '2024-03-01') }),
  [
    set('activeFrom', badOptionalDate),
    set('activeTo', badOptionalDate),
    set('name', badText),
    fc.constant((r: Row): Row => ({ ...r, activeFrom: '2024-06-01', activeTo: '2024-05-31' })),
  ],
);

const quota = kindArb(
  fc
    .record({ repId: fc.constantFrom('r1', 'r2', 7), month: fc.integer({ min: 0, max: 14 }), amount: goodAmount })
    .map(({ month, ...rest }) => ({
      ...rest,
      periodStart: new Date(Date.UTC(2024, month, 1)).toISOString().slice(0, 10),
      periodEnd: new Date(Date.UTC(2024, month + 1, 1)).toISOString().slice(0, 10),
    })),
  [
    set('amount', badAmount),
    set('repId', badId),
    set('periodStart', badDate),
    set('periodEnd', badDate),
    swap('periodStart', 'periodEnd'),
  ],
);

// Rates are read for every money KPI; with no currency on any row they convert nothing, but their
// rows are still validated (and have no id: a bad one is named `fxRates[i]`).
const fxRate = kindArb(
  fc.record({
    date: dayNo.map(at),
    from: fc.constant('EUR'),
    to: fc.constant('USD'),
    rate: fc.constantFrom('1.08', 1.1),
  }),
  [
    set('rate', fc.constantFrom<unknown>('0', -1, NaN, '', '1,1', Infinity, '1e400')),
    set('date', badDate),
    set('from', fc.constantFrom<unknown>('EURO', '', null, 12, {})),
  ],
);

const KINDS = {
  deals: deal,
  leads: lead,
  customers: customer,
  subscriptions: subscription,
  spend: spendRow,
  reps: rep,
  quotas: quota,
  fxRates: fxRate,
} satisfies Record<DatasetKind, fc.Arbitrary<Gen>>;

/** One kind's rows, and the record ids (or `kind[index]`) the engine must name in warnings. */
interface Built {
  rows: unknown[];
  expected: Set<string>;
  /** Ids of good rows that appear once: the engine must not warn about them. */
  clean: Set<string>;
}

/**
 * Rows of one kind: each gets the id `<kind>-<n>` unless it is bad through a hostile id (those are named
 * by index), a few good rows are repeated with the same id and other contents, and a few entries are not
 * records at all (null, a number, an array).
 */
function build(kind: DatasetKind, gens: Gen[], dupOf: number[], junkAt: number[], badIdRows: unknown[]): Built {
  const rows: unknown[] = [];
  const expected = new Set<string>();
  const clean = new Set<string>();
  const named = kind !== 'fxRates';
  gens.forEach((g, n) => {
    const id = `${kind}-${n}`;
    const row = named ? { id, ...g.row } : g.row;
    rows.push(row);
    if (g.bad) expected.add(named ? id : `${kind}[${rows.length - 1}]`);
    else if (named) clean.add(id);
  });
  // Duplicates: the same id with a different amount (or name); one of the two is skipped.
  for (const i of dupOf) {
    const g = gens[i % Math.max(gens.length, 1)];
    if (!g || g.bad || !named) continue;
    const id = `${kind}-${i % gens.length}`;
    rows.push({ ...g.row, id, ...(kind === 'reps' ? { name: 'Twin' } : { amount: '12.34' }) });
    expected.add(id);
    clean.delete(id);
  }
  // Hostile ids where an id is required: the row can only be named by its position.
  if (named && kind !== 'spend' && kind !== 'quotas' && gens.some((g) => !g.bad)) {
    const good = gens.find((g) => !g.bad)!;
    for (const hostile of badIdRows) {
      rows.push(
        hostile === undefined
          ? Object.fromEntries(Object.entries(good.row).filter(([k]) => k !== 'id'))
          : { ...good.row, id: hostile },
      );
      expected.add(`${kind}[${rows.length - 1}]`);
    }
  }
  for (const j of junkAt) {
    rows.push([null, 42, ['a'], 'row', true][j % 5]);
    expected.add(`${kind}[${rows.length - 1}]`);
  }
  return { rows, expected, clean };
}

const kindKeys = Object.keys(KINDS) as DatasetKind[];
const hostileDataset = fc
  .record(
    Object.fromEntries(
      kindKeys.map((k) => [
        k,
        fc.record({
          gens: fc.array(KINDS[k], { maxLength: 12 }),
          dupOf: fc.array(fc.nat(20), { maxLength: 2 }),
          junkAt: fc.array(fc.nat(4), { maxLength: 2 }),
          badIdRows: fc.subarray([undefined, null, '', '   ', NaN, {}, ['x']], { maxLength: 2 }),
        }),
      ]),
    ) as Record<DatasetKind, fc.Arbitrary<{ gens: Gen[]; dupOf: number[]; junkAt: number[]; badIdRows: unknown[] }>>,
  )
  .map((parts) => {
    const built = Object.fromEntries(
      kindKeys.map((k) => [k, build(k, parts[k].gens, parts[k].dupOf, parts[k].junkAt, parts[k].badIdRows)]),
    ) as Record<DatasetKind, Built>;
    const data = Object.fromEntries(kindKeys.map((k) => [k, built[k].rows])) as Dataset;
    return { data, built };
  });

const periodArb = fc.constantFrom<string | { start: string; end: string }>('2024-05', '2024-Q1', '2024', '2025-03', {
  start: '2024-03-09',
  end: '2024-03-12',
});
const zoneArb = fc.constantFrom('UTC', 'America/Los_Angeles', 'Asia/Taipei');
const kpis = listKpis();

/** Every number and decimal outside the warnings is finite, and every null value says why. */
function checkResult(r: KpiResult): void {
  const { warnings: _warnings, ...rest } = r;
  const walk = (v: unknown, path: string): void => {
    // Finite, and displayable too: Intl and the charts print a decimal beyond the double range as ∞.
    if (v instanceof Decimal)
      assert.ok(v.isFinite() && Number.isFinite(v.toNumber()), `${r.id} ${path} is ${v.toString()}`);
    else if (typeof v === 'number') assert.ok(Number.isFinite(v), `${r.id} ${path} is ${v}`);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(rest, 'result');
  const json = JSON.stringify(rest);
  assert.ok(!/NaN|Infinity/.test(json), `${r.id}: ${json.slice(0, 300)}`);
  if (r.value === null) assert.ok(r.reason, `${r.id}: a null value without a reason`);
  for (const b of r.breakdown ?? []) {
    if (b.value === null) assert.ok(b.reason, `${r.id}: breakdown ${b.key} is null without a reason`);
  }
  if (r.comparison && r.comparison.delta === null)
    assert.ok(r.comparison.reason, `${r.id}: comparison without a reason`);
  for (const w of r.warnings) assert.ok(w.code && w.message, `${r.id}: an empty warning`);
}

describe('engine fuzzing: hostile datasets', () => {
  it('compute(every KPI, hostile data) returns finite results, null only with a reason, and names every skipped record', () => {
    fc.assert(
      fc.property(hostileDataset, periodArb, zoneArb, ({ data, built }, period, timeZone) => {
        const named = new Map<DatasetKind, Set<string>>(kindKeys.map((k) => [k, new Set()]));
        for (const k of kpis) {
          const r = compute(k.id, data, { period, timeZone });
          checkResult(r);
          // A result's warnings cover the kinds the KPI reads; each says its kind and record.
          for (const w of r.warnings) {
            const kind = kindKeys.find((kk) => w.message.startsWith(`${kk} `) || w.message.startsWith(`${kk}[`));
            assert.ok(kind && k.inputs.includes(kind), `${k.id}: warning of an unread kind: ${w.message}`);
            if (w.recordId !== undefined) named.get(kind)!.add(w.recordId);
          }
        }
        for (const kind of kindKeys) {
          if (!kpis.some((k) => k.inputs.includes(kind))) continue;
          const seen = named.get(kind)!;
          for (const id of built[kind].expected) {
            assert.ok(seen.has(id), `${kind}: skipped record ${id} is in no warning (${[...seen].join(' ')})`);
          }
          for (const id of built[kind].clean) assert.ok(!seen.has(id), `${kind}: good record ${id} was warned about`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('compute(every KPI, hostile data) never mutates its input', () => {
    fc.assert(
      fc.property(hostileDataset, ({ data }) => {
        const before = JSON.stringify(data);
        for (const k of kpis) compute(k.id, data, { period: '2024-05', timeZone: 'Asia/Taipei' });
        assert.equal(JSON.stringify(data), before);
      }),
      { numRuns: 15 },
    );
  });
});

describe('amount range (records.ts): a decimal field is zero or between 1e-15 and 1e15 in size', () => {
  const t = (amount: unknown, kept: boolean) => {
    const data: Dataset = {
      deals: [{ id: 'd1', createdAt: '2024-05-02', closedAt: '2024-05-03', stage: 'won', amount: amount as string }],
    };
    const r = compute('average-deal-size', data, { period: '2024-05', compare: 'none' });
    if (kept) {
      assert.deepEqual(r.warnings, [], String(amount));
      assert.equal(r.value?.toString(), new Decimal(String(amount).trim()).toString(), String(amount));
    } else {
      assert.equal(r.value, null, String(amount));
      assert.ok(r.reason, String(amount));
      assert.equal(r.warnings.length, 1, String(amount));
      assert.equal(r.warnings[0]!.recordId, 'd1');
    }
  };
  it('compute(average-deal-size) keeps 999999999999999.99, −999999999999999, 1e-15 and −0 exactly', () => {
    t('999999999999999.99', true);
    t(-999_999_999_999_999, true);
    t('0.0000001', true);
    t('1e-15', true);
    t('-0', true);
  });
  it('compute(average-deal-size) skips 1e15, −1e15, "1e400", 1e308, "1e-16" and 5e-324 with an out-of-range warning', () => {
    for (const a of [
      '1e15',
      -1e15,
      '1e400',
      '-1e400',
      1e308,
      '1e308',
      1_000_000_000_000_000,
      '1e-16',
      -5e-324,
      '1e-400',
    ])
      t(a, false);
    const r = compute(
      'average-deal-size',
      { deals: [{ id: 'd1', createdAt: '2024-05-02', closedAt: '2024-05-03', stage: 'won', amount: '1e400' }] },
      { period: '2024-05' },
    );
    assert.equal(r.warnings[0]!.code, 'out-of-range');
  });
  it('compute names a bad record with a blank or non-finite id by its position, deals[i]', () => {
    const row = { createdAt: '2024-05-02', closedAt: '2024-05-03', stage: 'won' as const };
    const r = compute(
      'average-deal-size',
      {
        deals: [
          { ...row, id: 'ok', amount: '10' },
          { ...row, id: '  ', amount: '10' },
          { ...row, id: NaN, amount: 'x' },
          { ...row, id: 'bad', amount: NaN },
        ],
      },
      { period: '2024-05', compare: 'none' },
    );
    assert.deepEqual(
      r.warnings.map((w) => [w.recordId, w.code]),
      [
        ['bad', 'invalid-field'],
        ['deals[1]', 'invalid-field'],
        ['deals[2]', 'invalid-field'],
      ],
    );
    assert.equal(r.value?.toString(), '10');
  });
});
