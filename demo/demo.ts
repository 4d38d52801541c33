// The demo dashboard: registers every widget as the CDN bundle would, and switches the page language.
// Widgets follow <html lang> by themselves; this script only translates the page around them.
import '../src/kpi-elements.js';

type Lang = 'en' | 'zh-TW';

const pageText: Record<Lang, Record<string, string>> = {
  en: {
    documentTitle: 'Revenue · Northwind Analytics',
    title: 'Revenue',
    meta: 'December 2025 · USD · New York time',
    recurring: 'Recurring revenue',
    fromRecords: 'Computed from every subscription record of the sample company, fetched once for the whole page.',
    arr: 'End-of-month MRR × 12, compact from one million.',
    yearOnYear: 'Against December 2024, with the year-end target of $80,000.',
    nrr: 'A rate: its change is in percentage points.',
    acquisitionTitle: 'Acquisition and sales',
    cac: 'Lower is better: a fall shows as good news.',
    churn: 'Customers lost in the month ÷ paying customers at its start.',
    winRate: 'This card sets its own period: the fourth quarter.',
    cltv: 'Gross margin 80%, given as an attribute.',
    movementsTitle: 'Where MRR moved',
    movementsNote: 'Start, new, expansion, reactivation, contraction, churn, end.',
    expansionNote: 'Upsell and cross-sell, as MRR and as a share of the start.',
    retentionNote: 'Customer retention and churn, NRR and GRR over twelve months.',
    pipelineTitle: 'Pipeline and team',
    funnelNote: 'From lead to won deal.',
    leadsNote: 'Distinct leads, by channel, over six months.',
    channelNote: 'Select a bar to drill into a channel.',
    growthNote: 'Won sales, month on month.',
    winNote: 'Deals won of deals closed this month.',
    conversionNote: 'Leads created this month that converted.',
    repNote: 'The dashed line is the team average.',
    quotaNote: 'Each rep against their quota for the month.',
    cycleNote: 'Calendar days from created to won, per rep.',
    summaries: 'From summary numbers',
    summary: 'Summary form: mrr="5940" previous="5400", no records needed.',
    formula: "The source article's formula: paying customers × average revenue per account.",
    arrArticle: "The source article's ARR: annual subscriptions + additional recurring − cancellations.",
    footer: 'Sample data: a generated company, January 2024 to December 2025. Built with kpi-elements.',
    languages: 'Language',
  },
  'zh-TW': {
    documentTitle: '營收 · Northwind Analytics',
    title: '營收',
    meta: '2025 年 12 月 · 美元 · 紐約時間',
    recurring: '經常性收入',
    fromRecords: '由範例公司的所有訂閱紀錄計算而得，整頁只載入一次。',
    arr: '月底 MRR × 12，一百萬起以精簡格式顯示。',
    yearOnYear: '與 2024 年 12 月相比，並顯示年底目標 US$80,000 的達成進度。',
    nrr: '比率：變化以百分點表示。',
    acquisitionTitle: '獲客與銷售',
    cac: '越低越好：下降顯示為好消息。',
    churn: '當月流失的客戶 ÷ 月初的付費客戶。',
    winRate: '這張卡片設定自己的期間：第四季。',
    cltv: '毛利率 80%，以屬性提供。',
    movementsTitle: 'MRR 變動來源',
    movementsNote: '期初、新增、擴充、回流、縮減、流失、期末。',
    expansionNote: '追加銷售與交叉銷售：以 MRR 及佔期初 MRR 的比例表示。',
    retentionNote: '近十二個月的客戶保留率與流失率、NRR 與 GRR。',
    pipelineTitle: '銷售管道與團隊',
    funnelNote: '從線索到成交。',
    leadsNote: '近六個月各管道的不重複線索。',
    channelNote: '選取長條即可查看該管道。',
    growthNote: '每月成交金額的變化。',
    winNote: '本月結案交易中成交的比例。',
    conversionNote: '本月建立且已轉換的線索。',
    repNote: '虛線為團隊平均。',
    quotaNote: '每位業務代表本月的配額達成情況。',
    cycleNote: '各業務代表從建立到成交的日曆天數。',
    summaries: '由摘要數字計算',
    summary: '摘要形式：mrr="5940" previous="5400"，不需要任何紀錄。',
    formula: '原文公式：付費客戶數 × 每位客戶平均收入。',
    arrArticle: '原文的 ARR：年度訂閱 + 額外經常性收入 − 取消金額。',
    footer: '範例資料：虛構公司，2024 年 1 月至 2025 年 12 月。以 kpi-elements 製作。',
    languages: '語言',
  },
};

function setLang(lang: Lang): void {
  const text = pageText[lang];
  document.documentElement.lang = lang;
  document.title = text.documentTitle!;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = text[el.dataset.i18n!] ?? el.textContent;
  }
  document.querySelector('.languages')?.setAttribute('aria-label', text.languages!);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

const isLang = (v: string | null | undefined): v is Lang => v === 'en' || v === 'zh-TW';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    if (!isLang(lang)) return;
    setLang(lang);
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
  });
}

// ?lang=zh-TW opens the page in Traditional Chinese.
const requested = new URLSearchParams(location.search).get('lang');
if (isLang(requested)) setLang(requested);
