import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { buildDemo } from '../../scripts/build-demo.mjs';
import { launch, STRICT_CSP } from './browser.js';
import { serve } from './server.js';

// The built demo dashboard (not the dev server, which injects inline scripts) under the strictest policy
// a host page may set: every widget renders, the month, language and theme controls work, and the
// browser reports no securitypolicyviolation at all. The kit needs no Trusted Types policy of its own.

/** Resolves when every KPI element on the page has settled; returns their states and MRR's value. */
const settle = (page: Page) =>
  page.evaluate(`(async () => {
    const widgets = [...document.querySelectorAll('body *')].filter((e) => e.localName.startsWith('kpi-') && e.localName !== 'kpi-source');
    await Promise.all(widgets.map((w) => customElements.whenDefined(w.localName)));
    await Promise.all(widgets.map((w) => w.updateComplete));
    const mrr = document.querySelector('kpi-mrr')?.shadowRoot?.querySelector('[part~="value"]')?.textContent?.trim();
    return { count: widgets.length, states: [...new Set(widgets.map((w) => w.getAttribute('state')))], mrr };
  })()`) as Promise<{ count: number; states: string[]; mrr?: string }>;

describe('demo dashboard, built, under a strict Content Security Policy', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => {
    await buildDemo('test-results/demo-build');
    server = await serve(process.cwd(), STRICT_CSP);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders every widget ready, switches month, language and theme, with zero violations', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.evaluateOnNewDocument(
      `window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`,
    );
    await page.goto(`${server.url}/test-results/demo-build/index.html`, { waitUntil: 'load' });
    const first = await settle(page);
    assert.ok(first.count >= 20, `${first.count} widgets`);
    assert.deepEqual(first.states, ['ready']);
    assert.equal(first.mrr, '$73,057.78');

    await page.select('#period', '2025-06');
    await page.click('[data-lang="zh-TW"]');
    await page.click('[data-theme="dark"]');
    const second = await settle(page);
    assert.deepEqual(second.states, ['ready']);
    assert.equal(second.mrr, 'US$46,078.40');
    assert.equal(await page.evaluate('document.documentElement.lang'), 'zh-TW');

    assert.deepEqual(await page.evaluate('window.__violations'), []);
    assert.deepEqual(errors, []);
  });
});
