import type { Noun, NounKey } from '../controllers/translations.js';
import type { DetailSpec, QuotientSide } from '../base/details.js';

/* Words and detail shapes that several KPIs' displays share. */

/** An English noun (the plural adds an s unless it is given) and its zh-TW word with its measure word. */
export const noun = (one: string, zh: string, counter: string, other = `${one}s`): Partial<Record<string, Noun>> => ({
  en: { one, other },
  'zh-TW': { one: zh, other: zh, counter },
});
export const newCustomers = noun('new customer', '新客戶', '位');
export const leads = noun('lead', '線索', '筆');
export const wonDeals = noun('won deal', '成交交易', '筆');
export const closedDeals = noun('closed deal', '結案交易', '筆');
export const reps = noun('rep', '業務代表', '位');
export const customersAtStart = noun('customer at the start', '期初客戶', '位', 'customers at the start');
export const needsGrossMargin = {
  en: 'Needs a gross margin: set gross-margin, e.g. 0.8',
  'zh-TW': '需要毛利率：請設定 gross-margin，例如 0.8',
};
export const zeroChurn = {
  en: 'Not defined: no customers churned, so a lifetime has no end',
  'zh-TW': '無法計算：沒有客戶流失，客戶生命週期沒有終點',
};

// Why a quotient is not defined, where KPIs share the denominator.
export const noNewCustomers = {
  en: 'Not defined: no new customers in this period',
  'zh-TW': '無法計算：本期沒有新客戶',
};
export const noPayingCustomersAtStart = {
  en: 'Not defined: no paying customers at the start',
  'zh-TW': '無法計算：期初沒有付費客戶',
};
export const noMrrAtStart = { en: 'Not defined: no MRR at the start of the period', 'zh-TW': '無法計算：期初沒有 MRR' };
export const noLeads = { en: 'Not defined: no leads in this period', 'zh-TW': '無法計算：本期沒有線索' };
export const noDealsWon = { en: 'Not defined: no deals won in this period', 'zh-TW': '無法計算：本期沒有成交的交易' };

export const money: QuotientSide = { unit: 'money' };
export const count = (noun: NounKey): QuotientSide => ({ unit: 'count', noun });
export const q = (numerator: QuotientSide, denominator: QuotientSide): DetailSpec => ({
  quotient: { numerator, denominator },
});
