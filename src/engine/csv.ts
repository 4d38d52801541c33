/**
 * CSV with a header row into Dataset records, by hand: no `new Function` (d3-dsv's csvParse compiles
 * rows with it, which strict Content Security Policies block), values kept as the strings written
 * (so amounts stay exact decimal text), each row a null-prototype object (a `__proto__` column is data).
 */
import { InvalidOptionError, KpiError } from './errors.js';
import { readBoolean } from './records.js';
import type { DatasetKind, DatasetRecord } from './types.js';

/** Every record kind of a Dataset. */
export const DATASET_KINDS: readonly DatasetKind[] = [
  'leads',
  'deals',
  'customers',
  'subscriptions',
  'spend',
  'reps',
  'quotas',
  'fxRates',
];
const BOOLEAN_FIELDS = new Set(['paid']);

export class CsvError extends KpiError {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super('invalid-csv', `CSV line ${line}: ${message}`);
  }
}

/** RFC 4180 rows of cells: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF. */
function rows(text: string): string[][] {
  const out: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') out.push(cells);
    cells = [];
    cell = '';
  };
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && cell === '') {
      const quotedAt = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvError('a quoted field is never closed', quotedAt);
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        cell += c;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvError('text follows a closing quote', line);
      }
      continue;
    }
    if (ch === ',') {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      // An unquoted run up to the next comma or line break, taken as one slice (a quote inside it is
      // text): one string per cell instead of one concatenation per character.
      let j = i + 1;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === 44 || c === 10 || c === 13) break; // ',' '\n' '\r'
      }
      cell += text.slice(i, j);
      i = j;
    }
  }
  if (cell !== '' || cells.length) endRow();
  return out;
}

/**
 * Parses CSV text of one record kind. Empty cells are missing fields; `paid` reads `true`/`false`;
 * everything else stays a string for the engine's validation to judge.
 * @example parseCsv('id,createdAt,stage,amount\nx,2024-05-01,won,12.30\n', 'deals')[0].amount // '12.30'
 */
export function parseCsv(text: string, kind: DatasetKind): DatasetRecord[] {
  if (!DATASET_KINDS.includes(kind)) {
    throw new InvalidOptionError('kind', `${JSON.stringify(kind)} is not one of ${DATASET_KINDS.join(', ')}.`);
  }
  if (typeof text !== 'string') throw new InvalidOptionError('text', 'CSV text must be a string.');
  const all = rows(text);
  const header = all[0];
  if (!header) return [];
  const names = header.map((h) => h.trim());
  const out: DatasetRecord[] = [];
  for (let r = 1; r < all.length; r++) {
    const cells = all[r]!;
    const record = Object.create(null) as Record<string, unknown>;
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const value = cells[i];
      if (name === '' || value === undefined || value === '' || Object.hasOwn(record, name)) continue;
      record[name] = (BOOLEAN_FIELDS.has(name) ? readBoolean(value) : undefined) ?? value;
    }
    out.push(record as unknown as DatasetRecord);
  }
  return out;
}
