import { expect, fixture, html } from '@open-wc/testing';
import { loadLimits } from '../../src/components/base/load.js';
import type { KpiWidget } from '../../src/components/base/kpi-widget.js';
import '../../src/components/cac-by-channel/kpi-cac-by-channel.js';
import '../../src/components/mrr/kpi-mrr.js';
import type { KpiSource } from '../../src/components/source/source.js';
import '../../src/components/source/kpi-source.js';
import '../../src/components/win-rate/kpi-win-rate.js';
import { company, partText, type KpiErrorDetail } from './helpers.js';

/**
 * Attribute values a page may get wrong: each is the error state with a message naming the attribute
 * and a kpi-error with `attribute`, nothing is thrown into the page, and the next card still works.
 */

describe('bad attribute values', () => {
  const thrown: unknown[] = [];
  const onError = (e: ErrorEvent) => thrown.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => thrown.push(e.reason);
  beforeEach(() => {
    thrown.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    loadLimits.dataAttributeChars = 5 * 1024 * 1024;
  });

  /** Sets one attribute on a working card, and checks the error, its event and that the page goes on. */
  const t = async (tag: string, attributes: Record<string, string>, attribute: string, message: string) => {
    const el = document.createElement(tag) as KpiWidget;
    el.setAttribute('period', '2025-05');
    el.setAttribute('time-zone', 'UTC');
    if (tag === 'kpi-mrr') el.data = company();
    const errors: KpiErrorDetail[] = [];
    el.addEventListener('kpi-error', (e) => errors.push(e.detail));
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    document.body.append(el);
    await el.updateComplete;
    expect(el.state, attribute).to.equal('error');
    expect(el.getAttribute('state'), attribute).to.equal('error');
    expect(partText(el, 'error'), attribute).to.equal(`Could not load data ${message}`);
    expect(
      errors.map((e) => [e.attribute, e.message]),
      attribute,
    ).to.deep.equal([[attribute, message]]);
    el.remove();
    // The page keeps working: nothing thrown, and the next card renders.
    const next = await fixture<KpiWidget>(html`<kpi-mrr mrr="5940" currency="USD"></kpi-mrr>`);
    expect(partText(next, 'value'), attribute).to.equal('$5,940.00');
    expect(thrown, attribute).to.deep.equal([]);
  };

  it('period="2024-13" names period', async () => {
    await t(
      'kpi-mrr',
      { period: '2024-13' },
      'period',
      'Invalid period "2024-13": use a month "2024-05", a quarter "2024-Q2", a year "2024" or { start, end } dates.',
    );
  });

  it('time-zone="Mars/Base" names time-zone', async () => {
    await t(
      'kpi-mrr',
      { 'time-zone': 'Mars/Base' },
      'time-zone',
      'Invalid time zone "Mars/Base": use an IANA zone such as "Asia/Taipei".',
    );
  });

  it('currency="X" names currency', async () => {
    await t(
      'kpi-mrr',
      { currency: 'X' },
      'currency',
      'The currency attribute "X" is not an ISO 4217 code such as "USD".',
    );
  });

  it('won="abc" on kpi-win-rate names won', async () => {
    await t('kpi-win-rate', { won: 'abc', lost: '2' }, 'won', 'The won attribute "abc" is not a decimal number.');
  });

  it('truncated JSON in data names data', async () => {
    await t(
      'kpi-win-rate',
      { data: '{"deals": [{"id": "d1", "stage": "won"' },
      'data',
      "The data attribute is not valid JSON (Expected ',' or '}' after property value in JSON at position 38 (line 1 column 39)).",
    );
  });

  it('truncated JSON in channels on kpi-cac-by-channel names channels', async () => {
    await t(
      'kpi-cac-by-channel',
      { channels: '[{"channel": "seo", "spend": "3500"' },
      'channels',
      'The channels attribute is not JSON text such as [{"channel":"seo","spend":"1500","newCustomers":"3"}].',
    );
  });

  it('timeout="0" names timeout, before anything is fetched', async () => {
    await t(
      'kpi-win-rate',
      { src: '/company.json', timeout: '0' },
      'timeout',
      'The timeout attribute must be a number of seconds above 0.',
    );
  });

  it('a data attribute over 5 MB is refused before it is parsed: use .data or src instead', async () => {
    const big = JSON.stringify({ deals: [], note: 'x'.repeat(5 * 1024 * 1024) });
    await t(
      'kpi-win-rate',
      { data: big },
      'data',
      'The data attribute is over 5 MB: use the .data property or src instead.',
    );
    loadLimits.dataAttributeChars = 100;
    await t(
      'kpi-win-rate',
      { data: JSON.stringify({ deals: [], note: 'x'.repeat(100) }) },
      'data',
      'The data attribute is over 100 bytes: use the .data property or src instead.',
    );
  });

  it('a <kpi-source> data attribute over the limit is an error of the source naming data', async () => {
    loadLimits.dataAttributeChars = 100;
    const errors: KpiErrorDetail[] = [];
    const source = await fixture<KpiSource>(
      html`<kpi-source
        data=${JSON.stringify({ subscriptions: [], note: 'x'.repeat(100) })}
        @kpi-error=${(e: CustomEvent<KpiErrorDetail>) => errors.push(e.detail)}
        ><kpi-mrr></kpi-mrr
      ></kpi-source>`,
    );
    const el = source.querySelector('kpi-mrr')!;
    await el.updateComplete;
    expect(source.state).to.equal('error');
    expect(el.state).to.equal('error');
    expect(errors.map((e) => e.attribute)).to.deep.equal(['data']);
    expect(thrown).to.deep.equal([]);
  });
});
