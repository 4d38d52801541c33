import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/kpi-elements.js';
import type { KpiWidget } from '../../src/components/base/kpi-widget.js';
import type { Dataset } from '../../src/engine/types.js';
import { companyCsv, controlledFetch, partText } from './helpers.js';

/**
 * Prototype pollution through the widgets' inputs: the data attribute, `.data`, fetched JSON and CSV,
 * `<kpi-card summary>` and `<kpi-cac-by-channel channels>`. `__proto__`, `constructor` and `prototype`
 * keys are ordinary data: nothing reaches Object.prototype and the KPI comes from the ordinary fields.
 * JSON.parse makes `__proto__` an own key, which is how hostile JSON arrives.
 */

const prototypeKeys = () => Reflect.ownKeys(Object.prototype).map(String).sort();
let before: string[];
beforeEach(() => {
  before = prototypeKeys();
});
afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  expect(prototypeKeys()).to.deep.equal(before);
});

const POISON = '{"polluted": 1, "amount": "999", "toString": "x", "valueOf": 1}';

/**
 * The helpers' company with poison beside every field: at the top, in each record, and as a fourth record
 * whose every field is under `__proto__` (skipped: no own id). End of May 2025 (UTC): 49.50 + 60 = $109.50.
 */
const HOSTILE = `{
  "__proto__": {"subscriptions": [], "polluted": 1},
  "constructor": {"prototype": ${POISON}},
  "prototype": ${POISON},
  "subscriptions": [
    {"id": "s1", "customerId": "c1", "amount": "49.50", "currency": "USD", "interval": "month",
     "startAt": "2025-01-15", "__proto__": ${POISON}, "constructor": {"prototype": ${POISON}}},
    {"id": "s2", "customerId": "c2", "amount": "1200", "currency": "USD", "interval": "year",
     "startAt": "2025-03-01", "endAt": "2025-05-20", "prototype": ${POISON}},
    {"id": "s3", "customerId": "c3", "amount": "30", "currency": "USD", "quantity": 2, "interval": "month",
     "startAt": "2025-04-10"},
    {"__proto__": {"id": "s4", "customerId": "c4", "amount": "1000", "currency": "USD", "interval": "month",
     "startAt": "2025-01-01"}}
  ]
}`;

const MAY = { period: '2025-05', 'time-zone': 'UTC' };

function expectComputedFromOwnFields(el: KpiWidget) {
  expect(el.state).to.equal('ready');
  expect(partText(el, 'value')).to.equal('$109.50');
  // The record with nothing but `__proto__` is skipped with a warning, not read through it.
  expect(el.warnings.map((w) => [w.code, w.recordId])).to.deep.equal([['invalid-record', 'subscriptions[3]']]);
}

describe('prototype pollution: data attribute, .data and <kpi-source>', () => {
  it('<kpi-mrr data> with __proto__, constructor and prototype keys: $109.50 from the own fields', async () => {
    const el = await fixture<KpiWidget>(
      html`<kpi-mrr period=${MAY.period} time-zone=${MAY['time-zone']} data=${HOSTILE}></kpi-mrr>`,
    );
    expectComputedFromOwnFields(el);
  });

  it('<kpi-mrr .data> of JSON.parse (own __proto__ keys): $109.50 from the own fields', async () => {
    const data = JSON.parse(HOSTILE) as Dataset;
    expect(Object.hasOwn(data, '__proto__')).to.equal(true);
    const el = await fixture<KpiWidget>(
      html`<kpi-mrr period=${MAY.period} time-zone=${MAY['time-zone']} .data=${data}></kpi-mrr>`,
    );
    expectComputedFromOwnFields(el);
  });

  it('<kpi-mrr data> that is only a __proto__ key inherits no records: the empty state', async () => {
    const el = await fixture<KpiWidget>(
      html`<kpi-mrr
        period="2025-05"
        time-zone="UTC"
        data='{"__proto__": {"subscriptions": [{"id": "s1", "customerId": "c1", "amount": "5", "currency": "USD", "interval": "month", "startAt": "2025-01-01"}]}}'
      ></kpi-mrr>`,
    );
    expect(el.state).to.equal('empty');
  });

  it('<kpi-source data> with poison keys feeds its widgets the own fields: $109.50', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<kpi-source period="2025-05" time-zone="UTC" data=${HOSTILE}><kpi-mrr></kpi-mrr></kpi-source>`,
    );
    const el = wrap.querySelector<KpiWidget>('kpi-mrr')!;
    await el.updateComplete;
    expectComputedFromOwnFields(el);
  });
});

describe('prototype pollution: fetched bodies', () => {
  let fetches: ReturnType<typeof controlledFetch>;
  beforeEach(() => {
    fetches = controlledFetch();
  });
  afterEach(() => fetches.restore());

  it('<kpi-mrr src> of JSON with poison keys: $109.50 from the own fields', async () => {
    const el = fixtureSync<KpiWidget>(html`<kpi-mrr period="2025-05" time-zone="UTC" src="/data.json"></kpi-mrr>`);
    (await fetches.call(0)).resolve(new Response(HOSTILE, { headers: { 'content-type': 'application/json' } }));
    await el.updateComplete;
    expectComputedFromOwnFields(el);
  });

  it('<kpi-mrr src> of a JSON array of records with __proto__ fields (src-kind): $109.50', async () => {
    const records = JSON.stringify((JSON.parse(HOSTILE) as { subscriptions: unknown[] }).subscriptions);
    expect(records).to.include('"__proto__":{"polluted":1');
    const el = fixtureSync<KpiWidget>(
      html`<kpi-mrr period="2025-05" time-zone="UTC" src="/subscriptions.json" src-kind="subscriptions"></kpi-mrr>`,
    );
    (await fetches.call(0)).resolve(new Response(records, { headers: { 'content-type': 'application/json' } }));
    await el.updateComplete;
    expectComputedFromOwnFields(el);
  });

  it('<kpi-mrr src> of CSV with __proto__, constructor and prototype columns: $109.50', async () => {
    const [header, ...rows] = companyCsv.trimEnd().split('\n');
    const csv = [`${header},__proto__,constructor,prototype`, ...rows.map((r) => `${r},999,x,y`), ''].join('\n');
    const el = fixtureSync<KpiWidget>(
      html`<kpi-mrr period="2025-05" time-zone="UTC" src="/subscriptions.csv" src-kind="subscriptions"></kpi-mrr>`,
    );
    (await fetches.call(0)).resolve(new Response(csv, { headers: { 'content-type': 'text/csv' } }));
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('$109.50');
    expect(el.warnings).to.deep.equal([]);
  });
});

describe('prototype pollution: summary and channels JSON attributes', () => {
  it('<kpi-card summary> skips __proto__, constructor and prototype keys: 120 × $49.50 = $5,940.00', async () => {
    const summary = `{"__proto__": {"mrr": "1", "polluted": 1}, "constructor": {"prototype": ${POISON}},
      "prototype": ${POISON}, "payingCustomers": 120, "arpa": "49.50"}`;
    const el = await fixture<KpiWidget>(html`<kpi-card kpi="mrr" currency="USD" summary=${summary}></kpi-card>`);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('$5,940.00');
  });

  it('<kpi-card summary> whose only inputs are under __proto__ gives nothing: the empty state', async () => {
    const el = await fixture<KpiWidget>(
      html`<kpi-card kpi="mrr" currency="USD" summary='{"__proto__": {"mrr": "5940"}}'></kpi-card>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'value')).to.equal(undefined);
  });

  it('<kpi-cac-by-channel channels>: a __proto__ channel is a channel and a __proto__ field is not read', async () => {
    const channels = `[
      {"channel": "__proto__", "spend": "100", "newCustomers": "1"},
      {"channel": "seo", "newCustomers": "1", "__proto__": {"spend": "999", "polluted": 1}},
      {"channel": "constructor", "spend": "300", "newCustomers": "1"}
    ]`;
    const el = await fixture<KpiWidget>(
      html`<kpi-cac-by-channel currency="USD" channels=${channels}></kpi-cac-by-channel>`,
    );
    expect(el.state).to.equal('ready');
    // (100 + 0 + 300) ÷ 3 customers.
    expect(partText(el, 'value')).to.equal('$133.33');
    const rows = [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((r) =>
      [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim()).slice(0, 2),
    );
    expect(rows.map((r) => r[0])).to.deep.equal(['__proto__', 'constructor', 'seo']);
    expect(rows[2]![1]).to.equal('$0.00');
  });
});
