import { expect } from '@open-wc/testing';
import '../../src/kpi-elements.js';
import type { KpiWidget } from '../../src/components/base/kpi-widget.js';
import type { Dataset } from '../../src/engine/types.js';
import { controlledFetch } from './helpers.js';
import { XSS_CORPUS, XSS_SAMPLE } from './xss-corpus.js';

/**
 * No HTML from data, ever: every text-bearing input of every widget, fed the XSS corpus, renders as text.
 * Each payload sets `window.__xss` if it runs; after each render the shadow roots (all of them, nested
 * ones too) hold no script-capable element, no `on*` attribute and no `javascript:` URL.
 */

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** Every widget tag; `<kpi-source>`, which shows nothing itself, has its own test below. */
const WIDGETS = [
  'kpi-mrr',
  'kpi-arr',
  'kpi-cac',
  'kpi-cac-by-channel',
  'kpi-cltv',
  'kpi-opportunities-vs-leads',
  'kpi-sales-growth',
  'kpi-sales-cycle',
  'kpi-sales-per-rep',
  'kpi-quota-attainment',
  'kpi-mrr-movements',
  'kpi-new-leads',
  'kpi-win-rate',
  'kpi-conversion-rate',
  'kpi-retention',
  'kpi-expansion-revenue',
  'kpi-card',
] as const;

const FORBIDDEN = new Set(['script', 'img', 'iframe', 'object', 'embed']);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data']);

/** Decodes character references the way an HTML attribute would, and drops what a URL parser ignores. */
function decodeUrl(value: string): string {
  const t = document.createElement('textarea');
  t.innerHTML = value.replace(/</g, '&lt;');
  // eslint-disable-next-line no-control-regex
  return t.value.replace(/[\u0000-\u0020\u007f]/g, '');
}

/** Every shadow root under (and including) `el`'s, depth first. */
function shadowRoots(el: Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    out.push(root);
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  for (const child of el.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  return out;
}

/** What a hostile render left behind: forbidden elements, handler attributes and script URLs, by description. */
function hazards(el: Element): string[] {
  const found: string[] = [];
  for (const root of shadowRoots(el)) {
    for (const node of root.querySelectorAll('*')) {
      const name = node.localName;
      if (FORBIDDEN.has(name)) found.push(`<${name}> in ${el.localName}`);
      for (const attr of node.attributes) {
        if (attr.name.toLowerCase().startsWith('on')) found.push(`${name}[${attr.name}] in ${el.localName}`);
        if (URL_ATTRIBUTES.has(attr.name.toLowerCase()) && /^javascript:/i.test(decodeUrl(attr.value))) {
          found.push(`${name}[${attr.name}="${attr.value}"] in ${el.localName}`);
        }
      }
    }
  }
  return found;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits for the render, a frame (charts draw at the measured width) and the render that follows. */
async function settle(el: Element): Promise<void> {
  await (el as KpiWidget).updateComplete;
  await frame();
  await (el as KpiWidget).updateComplete;
}

function expectSafe(el: Element): void {
  expect(window.__xss, 'a payload ran').to.equal(undefined);
  expect(hazards(el)).to.deep.equal([]);
}

const mounted: Element[] = [];
function mount(tag: string, attributes: Record<string, string> = {}, data?: Dataset): KpiWidget {
  const el = document.createElement(tag) as KpiWidget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (data) el.data = data;
  document.body.append(el);
  mounted.push(el);
  return el;
}

/** Attributes each tag needs to compute from the hostile dataset. */
const needs = (tag: string): Record<string, string> =>
  tag === 'kpi-card' ? { kpi: 'cac-by-channel' } : tag === 'kpi-cltv' ? { 'gross-margin': '0.8' } : {};

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A dataset of every kind whose text fields are the corpus: channels, rep ids and names, customer ids,
 * and one deal per payload whose stage is the payload (skipped with a warning). USD, May 2025, UTC.
 */
function hostile(corpus: readonly string[]): Dataset {
  return {
    customers: corpus.map((s, i) => ({ id: `c${i}`, firstPaidAt: '2025-05-10', channel: s })),
    spend: corpus.map((s, i) => ({
      id: `sp${i}`,
      periodStart: '2025-05-01',
      periodEnd: '2025-06-01',
      amount: '100',
      currency: 'USD',
      channel: s,
    })),
    leads: corpus.map((s, i) => ({ id: `l${i}`, createdAt: '2025-05-03', channel: s, repId: s })),
    reps: corpus.map((s) => ({ id: s, name: s })),
    deals: [
      ...corpus.map((s, i) => ({
        id: `d${i}`,
        createdAt: '2025-04-01',
        closedAt: '2025-05-10',
        stage: 'won' as const,
        amount: '1000',
        currency: 'USD',
        repId: s,
        channel: s,
        customerId: s,
      })),
      ...corpus.map((s, i) => ({
        id: `bad${i}`,
        createdAt: '2025-05-01',
        stage: s as 'won',
        amount: '1',
        currency: 'USD',
      })),
    ],
    subscriptions: corpus.map((s, i) => ({
      id: `s${i}`,
      customerId: s,
      amount: '10',
      currency: 'USD',
      interval: 'month' as const,
      startAt: '2025-01-01',
    })),
    quotas: corpus.map((s) => ({
      repId: s,
      periodStart: '2025-05-01',
      periodEnd: '2025-06-01',
      amount: '2000',
      currency: 'USD',
    })),
  };
}

const BASE = { period: '2025-05', 'time-zone': 'UTC', currency: 'USD' };

/** Row headers of the hidden data table of a chart: the full text, never shortened. */
const tableRows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('table tbody th[scope="row"]')].map((th) => th.textContent ?? '');

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  expect(window.__xss, 'a payload ran after the render').to.equal(undefined);
});

describe('XSS corpus: the checker', () => {
  it('hazards() finds a handler, a script element and an encoded javascript: URL in a nested shadow root', () => {
    const host = document.createElement('div');
    const outer = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    outer.append(inner);
    const root = inner.attachShadow({ mode: 'open' });
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const a = document.createElementNS('http://www.w3.org/2000/svg', 'a');
    a.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', 'jav&#x09;ascript:void 0');
    svg.append(a);
    const p = document.createElement('p');
    p.setAttribute('onclick', 'void 0');
    root.append(svg, p, document.createElement('script'));
    expect(hazards(host)).to.deep.equal([
      'a[xlink:href="jav&#x09;ascript:void 0"] in div',
      'p[onclick] in div',
      '<script> in div',
    ]);
  });
});

describe('XSS corpus: hostile records in .data and the data attribute', () => {
  for (const tag of WIDGETS) {
    it(`<${tag}> .data: channels, rep ids and names, customer ids and stages of the full corpus render as text`, async () => {
      const el = mount(tag, { ...BASE, ...needs(tag) }, hostile(XSS_CORPUS));
      await settle(el);
      expect(el.state, el.shadowRoot!.textContent!).to.be.oneOf(['ready', 'empty']);
      expectSafe(el);
      // Skipped records (the corpus as stages) are named in the footer's title, as text.
      const warnings = el.shadowRoot!.querySelector('.warnings');
      if (el.warnings.length) {
        expect(warnings!.children).to.have.length(0);
        expect(warnings!.getAttribute('title')).to.equal(
          el.warnings
            .slice(0, 20)
            .map((w) => w.message)
            .join('\n'),
        );
      }
    });
  }

  for (const tag of WIDGETS) {
    it(`<${tag} data>: the same records as a JSON attribute render nothing executable`, async () => {
      const el = mount(tag, { ...BASE, ...needs(tag), data: JSON.stringify(hostile(XSS_SAMPLE)) });
      await settle(el);
      expect(el.state).to.be.oneOf(['ready', 'empty']);
      expectSafe(el);
    });
  }

  it('<kpi-cac-by-channel>: every corpus channel is a row of the data table, as text', async () => {
    const el = mount('kpi-cac-by-channel', BASE, hostile(XSS_CORPUS));
    await settle(el);
    expect(el.state).to.equal('ready');
    const rows = tableRows(el).map(norm);
    for (const s of XSS_CORPUS) expect(rows, s).to.include(norm(s));
    expectSafe(el);
  });

  it('<kpi-new-leads>: every corpus channel is shown as text in the data table', async () => {
    const el = mount('kpi-new-leads', BASE, hostile(XSS_CORPUS));
    await settle(el);
    const table = norm(el.shadowRoot!.querySelector('table')?.textContent ?? '');
    for (const s of XSS_CORPUS) expect(table, s).to.include(norm(s));
    expectSafe(el);
  });

  for (const tag of ['kpi-sales-per-rep', 'kpi-quota-attainment']) {
    it(`<${tag}>: every corpus rep name is a row of the data table, as text`, async () => {
      const el = mount(tag, BASE, hostile(XSS_CORPUS));
      await settle(el);
      expect(el.state).to.equal('ready');
      const rows = tableRows(el).map(norm);
      for (const s of XSS_CORPUS) expect(rows, s).to.include(norm(s));
      expectSafe(el);
    });
  }

  it('<kpi-source> hands hostile records to its widgets, which render them as text', async () => {
    const source = mount('kpi-source', { ...BASE, data: JSON.stringify(hostile(XSS_SAMPLE)) });
    const inner = document.createElement('kpi-cac-by-channel') as KpiWidget;
    source.append(inner);
    await settle(source);
    await settle(inner);
    expect(inner.state).to.equal('ready');
    expectSafe(source);
    expect(tableRows(inner).map(norm)).to.include(norm(XSS_SAMPLE[0]!));
  });
});

describe('XSS corpus: the label attribute', () => {
  for (const tag of WIDGETS) {
    it(`<${tag} label>: each corpus string is the label's text`, async () => {
      const el = mount(tag, needs(tag));
      await settle(el);
      for (const s of XSS_CORPUS) {
        el.setAttribute('label', s);
        await el.updateComplete;
        expect(norm(el.shadowRoot!.querySelector('[part~="label"]')!.textContent!), s).to.equal(norm(s));
        expectSafe(el);
      }
    });
  }
});

describe('XSS corpus: attributes that are shown in error messages', () => {
  /** The payload is in the message, verbatim or as JSON string text (quotes escaped). */
  const shown = (message: string, s: string) =>
    message.includes(norm(s)) || message.includes(norm(JSON.stringify(s).slice(1, -1)));
  const errorText = (el: Element) => norm(el.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '');

  for (const tag of WIDGETS) {
    it(`<${tag}> currency, period and time-zone: the error message holds the payload as text`, async () => {
      const el = mount(tag, { ...BASE, ...needs(tag) }, hostile(['seo']));
      await settle(el);
      for (const [attribute, fallback] of [
        ['currency', 'USD'],
        ['period', '2025-05'],
        ['time-zone', 'UTC'],
      ] as const) {
        for (const s of XSS_SAMPLE) {
          el.setAttribute(attribute, s);
          await settle(el);
          expect(el.state, `${attribute}=${s}`).to.equal('error');
          expect(shown(errorText(el), s), `${attribute}=${s}`).to.equal(true);
          expectSafe(el);
        }
        el.setAttribute(attribute, fallback);
      }
    });
  }

  it('<kpi-card summary>: payload keys and values are text in the error message', async () => {
    const el = mount('kpi-card', { kpi: 'mrr' });
    for (const s of XSS_SAMPLE) {
      for (const summary of [JSON.stringify({ mrr: s }), JSON.stringify({ [s]: '1', mrr: '5' }), s]) {
        el.setAttribute('summary', summary);
        await settle(el);
        expectSafe(el);
      }
      el.setAttribute('summary', JSON.stringify({ mrr: s }));
      await settle(el);
      expect(el.state).to.equal('error');
      expect(shown(errorText(el), s)).to.equal(true);
    }
  });

  it('<kpi-cac-by-channel channels>: the full corpus as channel names is the data table, as text', async () => {
    const channels = XSS_CORPUS.map((channel) => ({ channel, spend: '100', newCustomers: '1' }));
    const el = mount('kpi-cac-by-channel', { channels: JSON.stringify(channels), currency: 'USD' });
    await settle(el);
    expect(el.state, el.shadowRoot!.textContent!).to.equal('ready');
    const rows = tableRows(el).map(norm);
    for (const s of XSS_CORPUS) expect(rows, s).to.include(norm(s));
    expectSafe(el);
    for (const s of XSS_SAMPLE) {
      el.setAttribute('channels', JSON.stringify([{ channel: 'seo', spend: s, newCustomers: '1' }]));
      await settle(el);
      expect(el.state).to.equal('error');
      expectSafe(el);
      el.setAttribute('channels', s);
      await settle(el);
      expect(el.state).to.equal('error');
      expectSafe(el);
    }
  });
});

describe('XSS corpus: CSV and JSON bodies fetched from src', () => {
  let fetches: ReturnType<typeof controlledFetch>;
  beforeEach(() => {
    fetches = controlledFetch();
  });
  afterEach(() => fetches.restore());

  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

  it('<kpi-new-leads src> of leads CSV: every corpus channel is shown in the data table, as text', async () => {
    const csv = ['id,createdAt,channel', ...XSS_CORPUS.map((s, i) => `l${i},2025-05-10,${quote(s)}`), ''].join('\n');
    const el = mount('kpi-new-leads', { ...BASE, src: '/leads.csv', 'src-kind': 'leads' });
    (await fetches.call(0)).resolve(new Response(csv, { headers: { 'content-type': 'text/csv' } }));
    await settle(el);
    expect(el.state).to.equal('ready');
    const table = norm(el.shadowRoot!.querySelector('table')?.textContent ?? '');
    for (const s of XSS_CORPUS) expect(table, s).to.include(norm(s));
    expectSafe(el);
  });

  it('<kpi-sales-per-rep src> of deals CSV with corpus headers and rep ids: rep rows are text', async () => {
    const csv = [
      `id,createdAt,closedAt,stage,amount,currency,repId,${XSS_SAMPLE.map(quote).join(',')}`,
      ...XSS_CORPUS.map(
        (s, i) => `d${i},2025-04-01,2025-05-10,won,1000,USD,${quote(s)},${XSS_SAMPLE.map(quote).join(',')}`,
      ),
    ].join('\n');
    const el = mount('kpi-sales-per-rep', { ...BASE, src: '/deals.csv', 'src-kind': 'deals' });
    (await fetches.call(0)).resolve(new Response(csv, { headers: { 'content-type': 'text/csv' } }));
    await settle(el);
    expect(el.state).to.equal('ready');
    const rows = tableRows(el).map(norm);
    for (const s of XSS_CORPUS) expect(rows, s).to.include(norm(s));
    expectSafe(el);
  });

  it('<kpi-new-leads src> of JSON with corpus fields, and a body that is the payload itself', async () => {
    const el = mount('kpi-new-leads', { ...BASE, src: '/leads.json' });
    (await fetches.call(0)).resolve(
      new Response(JSON.stringify(hostile(XSS_CORPUS)), { headers: { 'content-type': 'application/json' } }),
    );
    await settle(el);
    expect(el.state).to.equal('ready');
    expectSafe(el);
    el.setAttribute('src', '/broken.json');
    (await fetches.call(1)).resolve(new Response(XSS_SAMPLE[0], { headers: { 'content-type': 'application/json' } }));
    await settle(el);
    expect(el.state).to.equal('error');
    expectSafe(el);
  });
});
