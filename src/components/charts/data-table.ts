import { html, nothing, type TemplateResult } from 'lit';

/**
 * A chart's data as a table for screen readers and other non-visual readers, hidden visually by the
 * `visually-hidden` class of `chartStyles` on a wrapper (a table ignores a 1px size and would widen
 * the page). The first cell of each row is its row header. All cells are
 * text bindings, so data can never become markup. `omitted` puts a line across the table before row
 * `at`, saying that rows were left out there (charts cap their tables, see `MAX_TABLE_ROWS`).
 *
 * @example dataTable('CAC by channel', ['Channel', 'CAC'], [['SEO', '$500.00'], ['Paid search', '$458.33']])
 */
export function dataTable(
  caption: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  omitted?: { at: number; text: string },
): TemplateResult {
  const row = (cells: readonly string[]) =>
    html`<tr>
      ${cells.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}
    </tr>`;
  // Prettier would wrap the caption's text in whitespace, which would then be part of the caption.
  // prettier-ignore
  const title = html`<caption>${caption}</caption>`;
  return html`<div class="visually-hidden">
    <table>
      ${title}
      <thead>
        <tr>
          ${columns.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.slice(0, omitted?.at).map(row)}
        ${
          omitted
            ? html`<tr>
                  <td colspan=${Math.max(1, columns.length)}>${omitted.text}</td>
                </tr>
                ${rows.slice(omitted.at).map(row)}`
            : nothing
        }
      </tbody>
    </table>
  </div>`;
}
