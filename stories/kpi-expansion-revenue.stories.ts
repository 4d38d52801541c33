import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/expansion-revenue/kpi-expansion-revenue.js';
import type { KpiExpansionRevenue } from '../src/components/expansion-revenue/expansion-revenue.js';
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

interface ExpansionArgs {
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  label?: string;
  expansion?: string;
  start?: string;
  previous?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const sample: ExpansionArgs = { src: COMPANY_URL, ...SAMPLE };

const meta: Meta<ExpansionArgs> = {
  title: 'KPIs/kpi-expansion-revenue',
  tags: ['autodocs'],
  component: 'kpi-expansion-revenue',
  render: (a) =>
    html`<kpi-expansion-revenue
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      label=${ifDefined(a.label || undefined)}
      expansion=${ifDefined(a.expansion || undefined)}
      start=${ifDefined(a.start || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      theme=${ifDefined(a.theme || undefined)}
      @kpi-select=${(e: CustomEvent) => console.log('kpi-select', e.detail)}
    ></kpi-expansion-revenue>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<ExpansionArgs>;

/** The sample company in December 2025, in New York time; a bar fires `kpi-select` with its month. */
export const Default: Story = { args: { ...sample } };

/** Expansion MRR and start MRR: $70.00, 12.5% of $560, against $50 before. */
export const Summary: Story = {
  name: 'Summary: expansion + start',
  args: { expansion: '70', start: '560', previous: '50', currency: 'USD' },
};

/** Expansion MRR alone: no rate. */
export const SummaryExpansionOnly: Story = {
  name: 'Summary: expansion',
  args: { expansion: '70', currency: 'USD' },
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
  play: async ({ canvasElement }) =>
    failNextRefresh(canvasElement.querySelector<KpiExpansionRevenue>('kpi-expansion-revenue')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide: tighter, and no bars. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };
