import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CareerElement } from './career-element.js';
import type { Criterion, Dataset, Path, Texts } from '../dataset/format.js';
import type { DataIssue } from '../shared/events.js';
import { ids, pick, unknownIds } from '../shared/ids.js';
import { isSafeUrl } from '../shared/links.js';
import { shared } from '../shared/styles.js';

/**
 * A comparison of career paths: one column per path, one row per criterion, a row of typical
 * roles, and each path's call to action.
 *
 * @tag career-compare
 * @fires career-cta - A call-to-action link was activated. Cancelable.
 * @fires career-error - The data could not be loaded or is invalid.
 * @csspart title - The title heading.
 * @csspart table - The comparison table.
 * @csspart column-header - A path's column header.
 * @csspart row-header - A criterion's row header.
 * @csspart cell - A value cell.
 * @csspart badge - The badge of the highlighted path.
 * @csspart cta - A call-to-action link.
 * @csspart error - The error shown in place of bad data.
 */
export class CareerCompare extends CareerElement {
  static override styles = [
    shared,
    css`
      table {
        width: 100%;
        border-collapse: collapse;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-block-end: 0.5em;
      }
      th,
      td {
        padding: 0.5em 0.75em;
        border: 1px solid var(--_border);
        text-align: start;
        vertical-align: top;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.2em;
      }
      .highlight {
        background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
      }
      [part~='badge'] {
        display: inline-block;
        margin-inline-start: 0.5em;
        padding: 0 0.5em;
        border-radius: var(--_radius);
        background: var(--_accent);
        color: var(--_accent-text);
        font-size: 0.85em;
      }
    `,
  ];

  /** Which paths to show as columns, in order (space-separated ids). Default: every path. */
  @property() paths?: string;

  /** Which criteria to show as rows, in order (space-separated ids; `roles` is the roles row). */
  @property() criteria?: string;

  /** The id of a path whose column is marked with a badge, such as the school's own program. */
  @property() highlight?: string;

  protected readonly kind = 'compare';

  protected override attributeIssues(dataset: Dataset): DataIssue[] {
    return [
      ...unknownIds('paths', ids(this.paths), dataset.paths, 'a path'),
      ...unknownIds('criteria', ids(this.criteria).filter((id) => id !== 'roles'), dataset.criteria, 'a criterion'),
      ...unknownIds('highlight', ids(this.highlight), dataset.paths, 'a path'),
    ];
  }

  protected renderView(dataset: Dataset) {
    const words = this.words;
    const paths = pick(dataset.paths, ids(this.paths));
    const criteria = pick([...(dataset.criteria ?? []), { id: 'roles', label: words.roles }], ids(this.criteria));
    const rolesOf = (path: Path) => (dataset.roles ?? []).filter((role) => role.path === path.id).map((role) => role.title);
    const valueOf = (criterion: Criterion, path: Path): Texts | undefined =>
      criterion.id === 'roles' ? rolesOf(path) : criterion.values?.[path.id];
    const mark = (path: Path) => (path.id === this.highlight ? 'highlight' : '');

    return html`
      ${this.renderTitle(dataset)}
      ${dataset.intro ? html`<p>${dataset.intro}</p>` : nothing}
      <table part="table">
        <caption>${dataset.title}</caption>
        <thead>
          <tr>
            <td></td>
            ${paths.map(
              (path) => html`<th scope="col" part="column-header" class=${mark(path)}>
                ${path.name}${path.id === this.highlight ? html`<span part="badge">${path.badge ?? words.badge}</span>` : nothing}
              </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${criteria.map(
            (criterion) => html`<tr>
              <th scope="row" part="row-header">${criterion.label}${this.renderSource(criterion)}</th>
              ${criterion.value !== undefined
                ? html`<td part="cell" colspan=${paths.length}>${texts(criterion.value)}</td>`
                : paths.map((path) => html`<td part="cell" class=${mark(path)}>${texts(valueOf(criterion, path))}</td>`)}
            </tr>`,
          )}
        </tbody>
        ${paths.some((path) => path.cta)
          ? html`<tfoot>
              <tr>
                <td></td>
                ${paths.map((path) => html`<td class=${mark(path)}>${this.renderCta(path.cta, path.id)}</td>`)}
              </tr>
            </tfoot>`
          : nothing}
      </table>
    `;
  }

  private renderSource(criterion: Criterion) {
    const source = criterion.source;
    if (!source) return nothing;
    const name = source.url && isSafeUrl(source.url) ? html`<a href=${source.url}>${source.name}</a>` : source.name;
    return html`<small class="muted"><br />${this.words.source}: ${name}${source.date ? `, ${source.date}` : ''}</small>`;
  }
}

/** A value as text, or as a real list when it has several texts. */
function texts(value: Texts | undefined) {
  if (value === undefined || (Array.isArray(value) && !value.length)) return '—';
  return Array.isArray(value) ? html`<ul>${value.map((item) => html`<li>${item}</li>`)}</ul>` : value;
}

declare global {
  interface HTMLElementTagNameMap {
    'career-compare': CareerCompare;
  }
}
