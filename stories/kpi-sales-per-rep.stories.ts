import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/sales-per-rep/kpi-sales-per-rep.js';
import '../src/components/source/kpi-source.js';
import type { KpiSalesPerRep } from '../src/components/sales-per-rep/sales-per-rep.js';
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

interface SalesPerRepArgs {
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  label?: string;
  totalSales?: string;
  reps?: string;
  previous?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const sample: SalesPerRepArgs = { src: COMPANY_URL, ...SAMPLE };

const meta: Meta<SalesPerRepArgs> = {
  title: 'KPIs/kpi-sales-per-rep',
  tags: ['autodocs'],
  component: 'kpi-sales-per-rep',
  render: (a) =>
    html`<kpi-sales-per-rep
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      label=${ifDefined(a.label || undefined)}
      total-sales=${ifDefined(a.totalSales || undefined)}
      reps=${ifDefined(a.reps || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-sales-per-rep>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<SalesPerRepArgs>;

/** The sample company in December 2025, in New York time. */
export const Default: Story = { args: { ...sample } };

/** The source article's formula from totals: 5,000 ÷ 3 reps. */
export const Summary: Story = {
  name: 'Summary: total-sales ÷ reps',
  args: { totalSales: '5000', reps: '3', previous: '1000', currency: 'USD' },
};

/** Inside a `<kpi-source>`: the Rep records' names label the bars, as they do with the card's own `src`. */
export const WithRepNames: Story = {
  name: 'Rep names from <kpi-source>',
  render: () =>
    html`<kpi-source
      src=${COMPANY_URL}
      period=${SAMPLE.period}
      currency=${SAMPLE.currency}
      time-zone=${SAMPLE.timeZone}
    >
      <kpi-sales-per-rep></kpi-sales-per-rep>
    </kpi-source>`,
};

/** The request has not answered yet: a skeleton the size of the card. */
export const Loading: Story = { args: { ...sample, src: NEVER_URL } };

/** The server answers 404. */
export const LoadError: Story = { name: 'Error', args: { ...sample, src: MISSING_URL } };

/** No input at all. */
export const Empty: Story = { args: {} };

/** A refresh failed: the last good value stays, marked stale with its age. */
export const Stale: Story = {
  args: { ...sample },
  play: async ({ canvasElement }) => failNextRefresh(canvasElement.querySelector<KpiSalesPerRep>('kpi-sales-per-rep')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide: tighter, and no chart. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };
