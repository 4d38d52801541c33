import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/conversion-rate/kpi-conversion-rate.js';
import type { KpiConversionRate } from '../src/components/conversion-rate/conversion-rate.js';
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

interface Args {
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  label?: string;
  converted?: string;
  leads?: string;
  previous?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const sample: Args = { src: COMPANY_URL, ...SAMPLE };

const meta: Meta<Args> = {
  title: 'KPIs/kpi-conversion-rate',
  tags: ['autodocs'],
  component: 'kpi-conversion-rate',
  render: (a) =>
    html`<kpi-conversion-rate
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      label=${ifDefined(a.label || undefined)}
      converted=${ifDefined(a.converted || undefined)}
      leads=${ifDefined(a.leads || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-conversion-rate>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<Args>;

/** The sample company in December 2025, in New York time. */
export const Default: Story = { args: { ...sample } };

/** The source article's numbers: 1 of 20 leads converted; 8% the period before. */
export const Summary: Story = {
  name: 'Summary: converted + leads',
  args: { converted: '1', leads: '20', previous: '0.08' },
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
    failNextRefresh(canvasElement.querySelector<KpiConversionRate>('kpi-conversion-rate')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide: tighter, and no chart. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };
