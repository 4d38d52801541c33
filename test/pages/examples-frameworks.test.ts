import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { launch } from './browser.js';
import { serve } from './server.js';

// The React, Vue and Svelte example apps as built by Vite (`node scripts/examples.mjs`), each against the
// repository's built package. Each app passes the same inline Dataset as the `data` PROPERTY to
// <kpi-mrr> and <kpi-cac-by-channel> for May 2025 (UTC) and shows the details of the events it heard:
// MRR $109.50 (49.50 + 2 × 30), blended CAC 4,000 ÷ 5 = $800.00, seo $500, ads $1,000.
const FRAMEWORKS = ['react', 'vue', 'svelte'] as const;

let browser: Browser | undefined;
// Servers close after the browser: an open keep-alive connection would hold server.close() until then.
const servers: Awaited<ReturnType<typeof serve>>[] = [];
before(async () => {
  if (FRAMEWORKS.some((fw) => existsSync(`examples/${fw}/dist/index.html`))) browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

for (const fw of FRAMEWORKS) {
  const root = `examples/${fw}/dist`;
  const missing = !existsSync(`${root}/index.html`);
  describe(`examples/${fw} (built with Vite)`, () => {
    let page: Page;
    const errors: string[] = [];
    before(async () => {
      if (missing) return;
      const server = await serve(root);
      servers.push(server);
      page = await browser!.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('requestfailed', (r) => errors.push(`${r.url()} failed`));
      await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
    });
    after(async () => {
      await page?.close();
    });
    const howToBuild =
      `${root} is missing: build it with \`node scripts/examples.mjs\` (after \`npm run build\` in the root), ` +
      `or \`cd examples/${fw} && npm ci && npm run build\``;
    // Skipped on a developer's machine that has not built the examples; in CI, which builds them, a failure.
    const skip = missing ? howToBuild : false;
    if (missing && process.env.CI) it('is built before the page tests (CI)', () => assert.fail(howToBuild));

    it('renders the Dataset passed as the .data property: MRR $109.50, CAC by channel $800.00', { skip }, async () => {
      // Page code goes in as text: tsx would otherwise add its own helpers to a function passed here.
      const seen = (await page.evaluate(`(async () => {
        const mrr = document.getElementById('mrr');
        const cac = document.getElementById('cac');
        await Promise.all(['kpi-mrr', 'kpi-cac-by-channel'].map((t) => customElements.whenDefined(t)));
        await mrr.updateComplete;
        await cac.updateComplete;
        const value = (el) => el.shadowRoot.querySelector('[part~="value"]').textContent.replace(/\\s+/g, ' ').trim();
        return {
          states: [mrr.state, cac.state],
          values: [value(mrr), value(cac)],
          // A property, not an attribute: the element holds the app's object and has no data attribute.
          dataProperty: [mrr, cac].map((el) => el.data?.subscriptions?.length === 3 && !el.hasAttribute('data')),
          sameObject: mrr.data === cac.data,
          bars: [...cac.shadowRoot.querySelectorAll('[part~="chart"] .item')].map((g) => g.dataset.key),
        };
      })()`)) as {
        states: string[];
        values: string[];
        dataProperty: boolean[];
        sameObject: boolean;
        bars: string[];
      };
      assert.deepEqual(seen, {
        states: ['ready', 'ready'],
        values: ['$109.50', '$800.00'],
        dataProperty: [true, true],
        sameObject: true,
        bars: ['ads', 'seo'],
      });
    });

    it('hears kpi-load from <kpi-mrr>: the page shows the result 109.5', { skip }, async () => {
      await page.waitForFunction(`document.getElementById('loaded').textContent !== ''`, { timeout: 5000 });
      assert.equal(await page.$eval('#loaded', (o) => o.textContent), '109.5');
    });

    it(
      'a click on the seo bar, then Enter on the ads bar, fire kpi-select; the page shows each key',
      { skip },
      async () => {
        await page.locator('kpi-cac-by-channel >>> g.item[data-key="seo"]').click();
        await page.waitForFunction(`document.getElementById('selected').textContent !== ''`, { timeout: 5000 });
        assert.equal(await page.$eval('#selected', (o) => o.textContent), 'seo 500');

        await page.evaluate(
          `document.getElementById('cac').shadowRoot.querySelector('g.item[data-key="ads"]').focus()`,
        );
        await page.keyboard.press('Enter');
        await page.waitForFunction(`document.getElementById('selected').textContent !== 'seo 500'`, { timeout: 5000 });
        assert.equal(await page.$eval('#selected', (o) => o.textContent), 'ads 1000');
        assert.deepEqual(errors, []);
      },
    );
  });
}
