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
  // Most charts have two or three columns: one template per row is cheaper for Lit to render than a
  // template per cell, and a capped table still has up to MAX_TABLE_ROWS rows.
  const row = (cells: readonly string[]) =>
    cells.length === 2
      ? html`<tr>
          <th scope="row">${cells[0]}</th>
          <td>${cells[1]}</td>
        </tr>`
      : cells.length === 3
        ? html`<tr>
            <th scope="row">${cells[0]}</th>
            <td>${cells[1]}</td>
            <td>${cells[2]}</td>
          </tr>`
        : html`<tr>
            ${cells.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}
          </tr>`;
  const note = (text: string) =>
    html`<tr>
      <td colspan=${Math.max(1, columns.length)}>${text}</td>
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
        ${omitted ? rows.slice(0, omitted.at).map(row) : rows.map(row)} ${omitted ? note(omitted.text) : nothing}
        ${omitted ? rows.slice(omitted.at).map(row) : nothing}
      </tbody>
    </table>
  </div>`;
}
