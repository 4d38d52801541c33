import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pageEnvironment, STRICT_CSP } from './browser.js';

// The built CDN bundle under the strictest policy a host page may set (issue 6): no inline scripts or
// styles, no eval, Trusted Types required for script sinks. A browser counts the violations: zero.

describe('strict Content Security Policy (built CDN bundle)', () => {
  const env = pageEnvironment(STRICT_CSP);

  it('renders every widget on the page with zero securitypolicyviolation events', async () => {
    const page = await env.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${env.url}/test/pages/csp.html`, { waitUntil: 'load' });
    // Page code goes in as text: tsx would otherwise add its own helpers to a function passed here.
    const outcome = (await page.evaluate(`(async () => {
      const widgets = [...document.querySelectorAll('body *')].filter((e) => e.localName.startsWith('kpi-') && e.localName !== 'kpi-source');
      await Promise.all(widgets.map((w) => customElements.whenDefined(w.localName)));
      await Promise.all(widgets.map((w) => w.updateComplete));
      const text = (w, part) => w.shadowRoot?.querySelector('[part~="' + part + '"]')?.textContent?.replace(/\\s+/g, ' ').trim();
      return {
        violations: window.__violations,
        cards: widgets.map((w) => ({ tag: w.localName, in: w.closest('section, kpi-source, body').id, state: w.getAttribute('state'), value: text(w, 'value') })),
        csv: text(document.getElementById('csv'), 'value'),
        styled: widgets.every((w) => (w.shadowRoot?.adoptedStyleSheets.length ?? 0) > 0),
      };
    })()`)) as {
      violations: unknown[];
      cards: { tag: string; in: string; state: string | null; value?: string }[];
      csv?: string;
      styled: boolean;
    };
    assert.deepEqual(outcome.violations, []);
    assert.deepEqual(errors, []);
    // Every tag of the kit is on the page in both forms, and every card is ready with a value.
    const tags = new Set(outcome.cards.map((c) => c.tag));
    assert.equal(tags.size, 17, [...tags].join(' ')); // every visual tag; <kpi-source> holds the records
    for (const card of outcome.cards) {
      assert.equal(card.state, 'ready', `${card.tag} in #${card.in}`);
      assert.ok(card.value && !/NaN|Infinity|undefined/.test(card.value), `${card.tag} in #${card.in}: ${card.value}`);
    }
    const summary = (tag: string) => outcome.cards.find((c) => c.tag === tag && c.in === 'summary')?.value;
    assert.equal(summary('kpi-mrr'), '$5,940.00');
    assert.equal(summary('kpi-cac'), '$458.33');
    assert.equal(summary('kpi-win-rate'), '60%');
    assert.equal(outcome.cards.find((c) => c.tag === 'kpi-mrr' && c.in === 'records')?.value, '$73,057.78');
    assert.ok(outcome.csv?.startsWith('€'), outcome.csv);
    assert.ok(outcome.styled, 'every widget carries its styles as constructed style sheets');
  });
});
