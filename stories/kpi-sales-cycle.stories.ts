import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/sales-cycle/kpi-sales-cycle.js';
import '../src/components/source/kpi-source.js';
import type { KpiSalesCycle } from '../src/components/sales-cycle/sales-cycle.js';
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

interface SalesCycleArgs {
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  label?: string;
  averageDays?: string;
  previous?: string;
  cycleDeals?: 'won' | 'closed';
  theme?: 'light' | 'dark' | 'auto';
}

const sample: SalesCycleArgs = { src: COMPANY_URL, ...SAMPLE };

const meta: Meta<SalesCycleArgs> = {
  title: 'KPIs/kpi-sales-cycle',
  tags: ['autodocs'],
  component: 'kpi-sales-cycle',
  render: (a) =>
    html`<kpi-sales-cycle
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      label=${ifDefined(a.label || undefined)}
      average-days=${ifDefined(a.averageDays || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      cycle-deals=${ifDefined(a.cycleDeals || undefined)}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-sales-cycle>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<SalesCycleArgs>;

/** The sample company in December 2025, in New York time. */
export const Default: Story = { args: { ...sample } };

/** The average alone, in days. */
export const Summary: Story = { name: 'Summary: average-days', args: { averageDays: '23.3' } };

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
      <kpi-sales-cycle></kpi-sales-cycle>
    </kpi-source>`,
};

/** `cycle-deals="closed"`: lost deals count too. */
export const ClosedDeals: Story = { name: 'cycle-deals="closed"', args: { ...sample, cycleDeals: 'closed' } };

/** The request has not answered yet: a skeleton the size of the card. */
export const Loading: Story = { args: { ...sample, src: NEVER_URL } };

/** The server answers 404. */
export const LoadError: Story = { name: 'Error', args: { ...sample, src: MISSING_URL } };

/** No input at all. */
export const Empty: Story = { args: {} };

/** A refresh failed: the last good value stays, marked stale with its age. */
export const Stale: Story = {
  args: { ...sample },
  play: async ({ canvasElement }) => failNextRefresh(canvasElement.querySelector<KpiSalesCycle>('kpi-sales-cycle')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide: tighter, and no chart. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };

/** Lower is better: a shorter cycle than before is good news, in the positive colour. */
export const LowerIsBetter: Story = {
  name: 'Lower is better',
  args: { averageDays: '23.3', previous: '25' },
};
