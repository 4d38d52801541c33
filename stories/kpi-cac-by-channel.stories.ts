import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/cac-by-channel/kpi-cac-by-channel.js';
import type { KpiCacByChannel } from '../src/components/cac-by-channel/cac-by-channel.js';
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

interface CacByChannelArgs {
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  label?: string;
  channels?: string;
  previous?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const sample: CacByChannelArgs = { src: COMPANY_URL, ...SAMPLE };

/** Three channels: one with a CAC, one with spend and no customers, and customers without a channel. */
const CHANNELS = JSON.stringify([
  { channel: 'seo', spend: '1500', newCustomers: '3' },
  { channel: 'paid-search', spend: '4200', newCustomers: '6' },
  { channel: 'events', spend: '2000', newCustomers: '0' },
  { spend: '0', newCustomers: '2' },
]);

const meta: Meta<CacByChannelArgs> = {
  title: 'KPIs/kpi-cac-by-channel',
  tags: ['autodocs'],
  component: 'kpi-cac-by-channel',
  render: (a) =>
    html`<kpi-cac-by-channel
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      label=${ifDefined(a.label || undefined)}
      channels=${ifDefined(a.channels || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-cac-by-channel>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<CacByChannelArgs>;

/** The sample company in December 2025: a bar per channel, the blended marketing CAC as the value. */
export const Default: Story = { args: { ...sample } };

/** Per-channel numbers in the `channels` JSON attribute. */
export const Summary: Story = {
  name: 'Summary: channels JSON',
  args: { channels: CHANNELS, previous: '700', currency: 'USD' },
};

/** Lower is better: a blended CAC that rose reads as bad news. */
export const LowerIsBetter: Story = {
  name: 'Lower is better',
  args: { channels: CHANNELS, previous: '550', currency: 'USD' },
};

/** Bad JSON in `channels`: the error names the attribute. */
export const BadChannels: Story = { name: 'Error: bad channels JSON', args: { channels: '[{channel: seo}]' } };

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
    failNextRefresh(canvasElement.querySelector<KpiCacByChannel>('kpi-cac-by-channel')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide: the bars give way to the value. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };
