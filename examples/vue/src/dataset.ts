import type { Dataset } from 'kpi-elements/engine';

/**
 * A small company in USD, worked out by hand for May 2025 (UTC):
 * MRR at the end of May: c1 49.50 a month + c3 2 seats × 30 = $109.50 (c2's yearly plan ended 2025-05-20).
 * CAC by channel in May: ads 3,000 ÷ 3 = $1,000; seo 1,000 ÷ 2 = $500; blended 4,000 ÷ 5 = $800.
 */
export const dataset: Dataset = {
  subscriptions: [
    { id: 's1', customerId: 'c1', amount: '49.50', currency: 'USD', interval: 'month', startAt: '2025-01-15' },
    {
      id: 's2',
      customerId: 'c2',
      amount: '1200',
      currency: 'USD',
      interval: 'year',
      startAt: '2025-03-01',
      endAt: '2025-05-20',
    },
    {
      id: 's3',
      customerId: 'c3',
      amount: '30',
      currency: 'USD',
      quantity: 2,
      interval: 'month',
      startAt: '2025-04-10',
    },
  ],
  spend: [
    {
      id: 'ads-may',
      periodStart: '2025-05-01',
      periodEnd: '2025-06-01',
      amount: '3000',
      currency: 'USD',
      channel: 'ads',
    },
    {
      id: 'seo-may',
      periodStart: '2025-05-01',
      periodEnd: '2025-06-01',
      amount: '1000',
      currency: 'USD',
      channel: 'seo',
    },
  ],
  customers: [
    { id: 'n1', firstPaidAt: '2025-05-03', channel: 'ads' },
    { id: 'n2', firstPaidAt: '2025-05-04', channel: 'ads' },
    { id: 'n3', firstPaidAt: '2025-05-05', channel: 'ads' },
    { id: 'n4', firstPaidAt: '2025-05-09', channel: 'seo' },
    { id: 'n5', firstPaidAt: '2025-05-10', channel: 'seo' },
  ],
};
