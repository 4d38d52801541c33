import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/sales-growth/kpi-sales-growth.js';

import type { KpiSalesGrowth } from '../src/components/sales-growth/sales-growth.js';
import {
  cardFrame,
  COMPANY_URL,
  darkFrame,
  failNextRefresh,
  MISSING_URL,
  narrowFrame,
  NEVER_URL,
  SAMPLE,
  zhFrame,
} from './fixtures.js';

interface SalesGrowthArgs {
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  label?: string;
  current?: string;
  previous?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const sample: SalesGrowthArgs = { src: COMPANY_URL, ...SAMPLE };

const meta: Meta<SalesGrowthArgs> = {
  title: 'KPIs/kpi-sales-growth',
  tags: ['autodocs'],
  component: 'kpi-sales-growth',
  render: (a) =>
    html`<kpi-sales-growth
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      label=${ifDefined(a.label || undefined)}
      current=${ifDefined(a.current || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-sales-growth>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<SalesGrowthArgs>;

/** The sample company in December 2025, in New York time. */
export const Default: Story = { args: { ...sample } };

/** Pre-aggregated won sales of two periods: (5,000 − 4,000) ÷ 4,000 = 25%. */
export const Summary: Story = {
  name: 'Summary: current + previous',
  args: { current: '5000', previous: '4000', currency: 'USD' },
};

/** A quarter: growth against the previous quarter; the bars stay monthly. */
export const Quarter: Story = { args: { ...sample, period: '2025-Q4' } };

/** The request has not answered yet: a skeleton the size of the card. */
export const Loading: Story = { args: { ...sample, src: NEVER_URL } };

/** The server answers 404. */
export const LoadError: Story = { name: 'Error', args: { ...sample, src: MISSING_URL } };

/** No input at all. */
export const Empty: Story = { args: {} };

/** A refresh failed: the last good value stays, marked stale with its age. */
export const Stale: Story = {
  args: { ...sample },
  play: async ({ canvasElement }) => failNextRefresh(canvasElement.querySelector<KpiSalesGrowth>('kpi-sales-growth')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide: tighter, and no chart. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };
