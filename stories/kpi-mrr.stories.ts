import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/mrr/kpi-mrr.js';
import type { KpiMrr } from '../src/components/mrr/mrr.js';
import { COMPANY_URL, MISSING_URL, NEVER_URL } from './fixtures.js';

interface MrrArgs {
  src?: string;
  srcKind?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  mrr?: string;
  payingCustomers?: string;
  arpa?: string;
  previous?: string;
  noSparkline?: boolean;
  theme?: 'light' | 'dark';
}

const sample: MrrArgs = { src: COMPANY_URL, period: '2025-12', currency: 'USD', timeZone: 'America/New_York' };

const meta: Meta<MrrArgs> = {
  title: 'KPIs/kpi-mrr',
  tags: ['autodocs'],
  component: 'kpi-mrr',
  render: (a) =>
    html`<kpi-mrr
      src=${ifDefined(a.src || undefined)}
      src-kind=${ifDefined(a.srcKind || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      mrr=${ifDefined(a.mrr || undefined)}
      paying-customers=${ifDefined(a.payingCustomers || undefined)}
      arpa=${ifDefined(a.arpa || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      ?no-sparkline=${a.noSparkline}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-mrr>`,
  decorators: [(story) => html`<div style="max-width: 22rem">${story()}</div>`],
};
export default meta;

type Story = StoryObj<MrrArgs>;

/** The sample company in December 2025, in New York time. */
export const Default: Story = { args: { ...sample } };

/** Pre-aggregated numbers: `mrr` and `previous`. */
export const SummaryMrr: Story = {
  name: 'Summary: mrr + previous',
  args: { mrr: '5940', previous: '5400', currency: 'USD' },
};

/** The source article's formula: paying customers × ARPA. */
export const SummaryCustomersTimesArpa: Story = {
  name: 'Summary: paying customers × ARPA',
  args: { payingCustomers: '120', arpa: '49.50', currency: 'USD' },
};

/** With a target: progress toward it. */
export const WithTarget: Story = { args: { ...sample, target: '80000' } };

/** Same month last year as the comparison. */
export const SamePeriodLastYear: Story = { args: { ...sample, compare: 'same-period-last-year' } };

/** The request has not answered yet. */
export const Loading: Story = { args: { src: NEVER_URL } };

/** The server answers 404. */
export const LoadError: Story = { name: 'Error', args: { src: MISSING_URL } };

/** No input at all. */
export const Empty: Story = { args: {} };

/** A reload failed: the last good value stays, marked stale. */
export const Stale: Story = {
  args: { ...sample },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<KpiMrr>('kpi-mrr')!;
    await el.updateComplete;
    el.src = MISSING_URL;
    await el.updateComplete;
  },
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = {
  name: 'zh-TW',
  args: { ...sample },
  decorators: [(story) => html`<div lang="zh-TW">${story()}</div>`],
};

/** 200 pixels wide. */
export const Narrow: Story = {
  args: { ...sample },
  decorators: [(story) => html`<div style="width: 200px">${story()}</div>`],
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  args: { ...sample, theme: 'dark' },
  decorators: [(story) => html`<div style="background: #030712; padding: 1.5rem">${story()}</div>`],
};
