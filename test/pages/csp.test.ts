import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { launch } from './browser.js';
import { serve } from './server.js';

// The built CDN bundle under the strictest policy a host page may set (issue 6): no inline scripts or
// styles, no eval, Trusted Types required for script sinks. A browser counts the violations: zero.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

describe('strict Content Security Policy (built CDN bundle)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => {
    server = await serve(process.cwd(), CSP);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders every widget on the page with zero securitypolicyviolation events', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/test/pages/csp.html`, { waitUntil: 'load' });
    // Page code goes in as text: tsx would otherwise add its own helpers to a function passed here.
    const outcome = (await page.evaluate(`(async () => {
      const widgets = [...document.querySelectorAll('body *')].filter((e) => e.localName.startsWith('kpi-'));
      await Promise.all(widgets.map((w) => customElements.whenDefined(w.localName)));
      await Promise.all(widgets.map((w) => w.updateComplete));
      const value = (id) => document.getElementById(id)?.shadowRoot?.querySelector('[part~="value"]')?.textContent?.trim();
      return {
        violations: window.__violations,
        summary: value('summary'),
        records: value('records'),
        csv: value('csv'),
        styled: widgets.every((w) => (w.shadowRoot?.adoptedStyleSheets.length ?? 0) > 0),
      };
    })()`)) as { violations: unknown[]; summary?: string; records?: string; csv?: string; styled: boolean };
    assert.deepEqual(outcome.violations, []);
    assert.deepEqual(errors, []);
    assert.equal(outcome.summary, '$5,940.00');
    assert.equal(outcome.records, '$73,057.78');
    assert.ok(outcome.csv?.startsWith('€'), outcome.csv);
    assert.ok(outcome.styled, 'every widget carries its styles as constructed style sheets');
  });
});
