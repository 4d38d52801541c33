import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/cac/kpi-cac.js';
import type { KpiCac } from '../src/components/cac/cac.js';
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

interface CacArgs {
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  label?: string;
  spend?: string;
  newCustomers?: string;
  previous?: string;
  costBasis?: 'marketing' | 'fully-loaded';
  noSparkline?: boolean;
  theme?: 'light' | 'dark' | 'auto';
}

const sample: CacArgs = { src: COMPANY_URL, ...SAMPLE };

const meta: Meta<CacArgs> = {
  title: 'KPIs/kpi-cac',
  tags: ['autodocs'],
  component: 'kpi-cac',
  argTypes: { costBasis: { control: 'select', options: ['marketing', 'fully-loaded'] } },
  render: (a) =>
    html`<kpi-cac
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      label=${ifDefined(a.label || undefined)}
      spend=${ifDefined(a.spend || undefined)}
      new-customers=${ifDefined(a.newCustomers || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      cost-basis=${ifDefined(a.costBasis || undefined)}
      ?no-sparkline=${a.noSparkline}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-cac>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<CacArgs>;

/** The sample company in December 2025, in New York time: marketing spend ÷ new customers. */
export const Default: Story = { args: { ...sample } };

/** The source article's CAC from two numbers: spend ÷ new customers, against the previous CAC. */
export const Summary: Story = {
  name: 'Summary: spend + new customers',
  args: { spend: '5500', newCustomers: '12', previous: '500', currency: 'USD' },
};

/** Lower is better: a CAC that rose is shown in the negative colour, and a target is a ceiling. */
export const LowerIsBetter: Story = {
  name: 'Lower is better',
  args: { spend: '6000', newCustomers: '12', previous: '400', target: '450', currency: 'USD' },
};

/** Overhead (spend without a channel) counted too. */
export const FullyLoaded: Story = { name: 'Fully loaded', args: { ...sample, costBasis: 'fully-loaded' } };

/** The request has not answered yet: a skeleton the size of the card. */
export const Loading: Story = { args: { ...sample, src: NEVER_URL } };

/** The server answers 404. */
export const LoadError: Story = { name: 'Error', args: { ...sample, src: MISSING_URL } };

/** No input at all. */
export const Empty: Story = { args: {} };

/** A refresh failed: the last good value stays, marked stale with its age. */
export const Stale: Story = {
  args: { ...sample },
  play: async ({ canvasElement }) => failNextRefresh(canvasElement.querySelector<KpiCac>('kpi-cac')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide: tighter, and no sparkline. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };
