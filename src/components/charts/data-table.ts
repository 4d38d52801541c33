import { html, type TemplateResult } from 'lit';

/**
 * A chart's data as a table for screen readers and other non-visual readers, hidden visually by the
 * `visually-hidden` class of `chartStyles` on a wrapper (a table ignores a 1px size and would widen
 * the page). The first cell of each row is its row header. All cells are
 * text bindings, so data can never become markup.
 *
 * @example dataTable('CAC by channel', ['Channel', 'CAC'], [['SEO', '$500.00'], ['Paid search', '$458.33']])
 */
export function dataTable(
  caption: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): TemplateResult {
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
        ${rows.map(
          (row) =>
            html`<tr>
              ${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
