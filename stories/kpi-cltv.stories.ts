import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/cltv/kpi-cltv.js';
import type { KpiCltv } from '../src/components/cltv/cltv.js';
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

interface CltvArgs {
  src?: string;
  period?: string;
  currency?: string;
  timeZone?: string;
  compare?: 'previous-period' | 'same-period-last-year' | 'none';
  target?: string;
  label?: string;
  method?: 'simple' | 'churn' | 'discounted';
  grossMargin?: string;
  retentionRate?: string;
  arpa?: string;
  discountRate?: string;
  previous?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/** The sample company with an 80% gross margin (CLTV needs one; the records do not carry it). */
const sample: CltvArgs = { src: COMPANY_URL, ...SAMPLE, grossMargin: '0.8' };

const meta: Meta<CltvArgs> = {
  title: 'KPIs/kpi-cltv',
  tags: ['autodocs'],
  component: 'kpi-cltv',
  argTypes: { method: { control: 'select', options: ['simple', 'churn', 'discounted'] } },
  render: (a) =>
    html`<kpi-cltv
      src=${ifDefined(a.src || undefined)}
      period=${ifDefined(a.period || undefined)}
      currency=${ifDefined(a.currency || undefined)}
      time-zone=${ifDefined(a.timeZone || undefined)}
      compare=${ifDefined(a.compare || undefined)}
      target=${ifDefined(a.target || undefined)}
      label=${ifDefined(a.label || undefined)}
      method=${ifDefined(a.method || undefined)}
      gross-margin=${ifDefined(a.grossMargin || undefined)}
      retention-rate=${ifDefined(a.retentionRate || undefined)}
      arpa=${ifDefined(a.arpa || undefined)}
      discount-rate=${ifDefined(a.discountRate || undefined)}
      previous=${ifDefined(a.previous || undefined)}
      theme=${ifDefined(a.theme || undefined)}
    ></kpi-cltv>`,
  decorators: [cardFrame],
};
export default meta;

type Story = StoryObj<CltvArgs>;

/** The sample company in December 2025 by the simple method, with LTV:CAC (churn method) from its spend. */
export const Default: Story = { args: { ...sample } };

/** The source article's CLTV from three numbers: 0.8 × 0.9 × $1,000 = $720. */
export const Summary: Story = {
  name: 'Summary: margin × retention × ARPA',
  args: { grossMargin: '0.8', retentionRate: '0.9', arpa: '1000', previous: '650', currency: 'USD' },
};

/** The churn method: ARPA × margin ÷ churn, the lifetime the 3:1 LTV:CAC guideline means. */
export const ChurnMethod: Story = { name: 'Method: churn', args: { ...sample, method: 'churn' } };

/** The discounted method, at 1% a month. */
export const DiscountedMethod: Story = {
  name: 'Method: discounted',
  args: { ...sample, method: 'discounted', discountRate: '0.01' },
};

/** Without a gross margin the card says what it needs. */
export const MissingGrossMargin: Story = {
  name: 'No gross margin',
  args: { ...sample, grossMargin: undefined },
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
  play: async ({ canvasElement }) => failNextRefresh(canvasElement.querySelector<KpiCltv>('kpi-cltv')!),
};

/** Traditional Chinese, from an ancestor's `lang`. */
export const TraditionalChinese: Story = { name: 'zh-TW', args: { ...sample }, decorators: [zhFrame] };

/** 200 pixels wide. */
export const Narrow: Story = { args: { ...sample }, decorators: [narrowFrame] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = { args: { ...sample, theme: 'dark' }, decorators: [darkFrame] };
