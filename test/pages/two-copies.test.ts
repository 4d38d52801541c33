import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pageEnvironment } from './browser.js';

// Every tag the kit defines, from the manifest: the second copy must warn about each one.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
  modules: { declarations?: { tagName?: string }[] }[];
};
const TAGS = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .map((d) => d.tagName)
  .filter((t): t is string => !!t)
  .sort();

describe('two copies of the CDN bundle on one page', () => {
  const env = pageEnvironment();

  it('the second copy warns once for each tag already defined, throws nothing, and the widgets render', async () => {
    const page = await env.browser.newPage();
    const errors: string[] = [];
    const warnings: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.location().url?.endsWith('/favicon.ico')) errors.push(m.text());
      if (m.type() === 'warn') warnings.push(m.text());
    });
    await page.goto(`${env.url}/test/pages/two-copies.html`, { waitUntil: 'load' });
    // Page code goes in as text: tsx would otherwise add its own helpers to a function passed here.
    const outcome = (await page.evaluate(`(async () => {
      const widgets = [...document.querySelectorAll('body *')].filter((e) => e.localName !== 'kpi-source');
      await Promise.all(widgets.map((w) => customElements.whenDefined(w.localName)));
      await Promise.all(widgets.map((w) => w.updateComplete));
      return {
        // Both URLs ran as modules of their own.
        scripts: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname + new URL(e.name).search).filter((p) => p.endsWith('.js') || p.includes('.js?')),
        cards: widgets.map((w) => ({
          tag: w.localName + (w.id ? '#' + w.id : ''),
          state: w.getAttribute('state'),
          value: w.shadowRoot?.querySelector('[part~="value"]')?.textContent?.replace(/\\s+/g, ' ').trim() ?? null,
        })),
      };
    })()`)) as { scripts: string[]; cards: { tag: string; state: string | null; value: string | null }[] };

    assert.deepEqual(errors, []);
    assert.deepEqual(outcome.scripts.sort(), ['/dist/cdn/kpi-elements.min.js', '/dist/cdn/kpi-elements.min.js?copy=2']);
    assert.equal(TAGS.length, 18, TAGS.join(' '));
    // Exactly one warning per tag, naming it; nothing else warns (Lit's production build stays quiet).
    const named = warnings.map(
      (w) =>
        /^kpi-elements: <([a-z-]+)> is already defined \(another copy of kpi-elements may be loaded\)/.exec(w)?.[1] ??
        w,
    );
    assert.deepEqual(named.sort(), TAGS);
    assert.deepEqual(outcome.cards, [
      { tag: 'kpi-mrr', state: 'ready', value: '$5,940.00' },
      { tag: 'kpi-cac', state: 'ready', value: '$458.33' },
      { tag: 'kpi-win-rate', state: 'ready', value: '60%' },
      { tag: 'kpi-mrr#records', state: 'ready', value: '$73,057.78' },
    ]);
    await page.close();
  });
});
