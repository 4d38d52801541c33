import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { ringChartStyles } from '../../src/components/charts/ring.styles.js';
import { conversionRateStyles } from '../../src/components/conversion-rate/conversion-rate.styles.js';
import { winRateStyles } from '../../src/components/win-rate/win-rate.styles.js';

// Chromium under @web/test-runner cannot emulate forced colours (puppeteer refuses the media feature), so
// these tests read the style sheets: a widget's own colour for a chart mark must not outrank the system
// colours the chart gives that mark in forced-colours mode.

/** Every style rule of `styles` for `selector` that sets `property`, with the media rules around it. */
function rulesSetting(styles: CSSResult[], selector: string, property: string) {
  const found: { value: string; media: string[] }[] = [];
  const walk = (rules: CSSRuleList, media: string[]) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) walk(rule.cssRules, [...media, rule.conditionText]);
      else if (rule instanceof CSSStyleRule && rule.selectorText === selector) {
        const value = rule.style.getPropertyValue(property);
        if (value) found.push({ value, media });
      }
    }
  };
  for (const s of styles) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(s.cssText);
    walk(sheet.cssRules, []);
  }
  return found;
}

describe('forced colours', () => {
  it('the ring chart fills its arc with CanvasText in forced colours', () => {
    expect(rulesSetting([ringChartStyles], '.ring-value', 'fill')).to.deep.include({
      value: 'canvastext',
      media: ['(forced-colors: active)'],
    });
  });

  for (const [tag, styles] of [
    ['kpi-win-rate', winRateStyles],
    ['kpi-conversion-rate', conversionRateStyles],
  ] as const) {
    it(`<${tag}> sets its ring colour only outside forced colours`, () => {
      const own = rulesSetting(styles, '.ring-value', 'fill');
      expect(own).to.have.length(1);
      expect(own[0]!.value).to.match(/^var\(--kpi-.*-color/);
      expect(own[0]!.media).to.deep.equal(['(forced-colors: none)']);
    });
  }
});
