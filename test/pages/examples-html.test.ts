import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { pageEnvironment, STRICT_CSP } from './browser.js';

// examples/html/index.html as a user opens it: the built CDN bundle from ../../dist/cdn and nothing else.
// Served under a strict policy, so the example also proves it needs no inline script or style.
const TAGS = ['kpi-mrr', 'kpi-cac', 'kpi-win-rate'];

interface Card {
  tag: string;
  defined: boolean;
  state: string | null;
  value: string | null;
  fallback: string;
  fallbackVisible: boolean;
}

// Page code goes in as text: tsx would otherwise add its own helpers to a function passed to the page.
const read = (wait: boolean) => `(async () => {
  const widgets = ${JSON.stringify(TAGS)}.map((tag) => document.querySelector(tag));
  if (${wait}) {
    await Promise.all(widgets.map((w) => customElements.whenDefined(w.localName)));
    await Promise.all(widgets.map((w) => w.updateComplete));
  }
  return widgets.map((w) => {
    const fallback = w.querySelector('.fallback');
    return {
      tag: w.localName,
      defined: customElements.get(w.localName) !== undefined,
      state: w.getAttribute('state'),
      value: w.shadowRoot?.querySelector('[part~="value"]')?.textContent?.replace(/\\s+/g, ' ').trim() ?? null,
      fallback: fallback.textContent.replace(/\\s+/g, ' ').trim(),
      fallbackVisible: fallback.checkVisibility() && fallback.getBoundingClientRect().height > 0,
    };
  });
})()`;

describe('examples/html (plain HTML, CDN bundle only)', () => {
  const env = pageEnvironment(STRICT_CSP);

  async function open(javaScript: boolean): Promise<{ page: Page; errors: string[] }> {
    const page = await env.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // A STRICT_CSP violation or a failed load is reported as a console error.
    // The browser's own favicon request is not the page's: the example names no icon.
    const ours = (url = '') => !url.endsWith('/favicon.ico');
    page.on('console', (m) => {
      if (m.type() === 'error' && ours(m.location().url)) errors.push(m.text());
    });
    page.on('requestfailed', (r) => errors.push(`${r.url()} failed`));
    page.on('response', (r) => {
      if (r.status() >= 400 && ours(r.url())) errors.push(`${r.url()}: ${r.status()}`);
    });
    await page.setJavaScriptEnabled(javaScript);
    await page.goto(`${env.url}/examples/html/index.html`, { waitUntil: 'load' });
    return { page, errors };
  }

  it('with JavaScript, renders the three widgets from their attributes and hides the light-DOM fallback', async () => {
    const { page, errors } = await open(true);
    const scripts = (await page.evaluate(
      `[...document.scripts].map((s) => s.type + ' ' + s.getAttribute('src'))`,
    )) as string[];
    assert.deepEqual(scripts, ['module ../../dist/cdn/kpi-elements.min.js']);
    const cards = (await page.evaluate(read(true))) as Card[];
    assert.deepEqual(
      cards.map(({ tag, state, value, fallbackVisible }) => ({ tag, state, value, fallbackVisible })),
      [
        { tag: 'kpi-mrr', state: 'ready', value: '$5,940.00', fallbackVisible: false },
        { tag: 'kpi-cac', state: 'ready', value: '$458.33', fallbackVisible: false },
        { tag: 'kpi-win-rate', state: 'ready', value: '60%', fallbackVisible: false },
      ],
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('without JavaScript, shows the fallback of each widget', async () => {
    const { page, errors } = await open(false);
    const cards = (await page.evaluate(read(false))) as Card[];
    assert.deepEqual(cards, [
      {
        tag: 'kpi-mrr',
        defined: false,
        state: null,
        value: null,
        fallback: 'Monthly recurring revenue $5,940',
        fallbackVisible: true,
      },
      {
        tag: 'kpi-cac',
        defined: false,
        state: null,
        value: null,
        fallback: 'Customer acquisition cost $458.33',
        fallbackVisible: true,
      },
      {
        tag: 'kpi-win-rate',
        defined: false,
        state: null,
        value: null,
        fallback: 'Win rate 60%',
        fallbackVisible: true,
      },
    ]);
    // The fallback is styled by the same-origin example.css while the tags stay undefined.
    const border = await page.evaluate(`getComputedStyle(document.querySelector('kpi-mrr')).borderTopStyle`);
    assert.equal(border, 'solid');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
