/**
 * "May" / "5月": the short name of the month of a local date 'YYYY-MM-DD' in the language `tag`, the
 * label of a monthly column; the text itself when it is not such a date.
 */
export function shortMonth(tag: string, date = ''): string {
  const [y, m] = date.split('-').map(Number);
  if (!y || !m) return date;
  return new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}
