import { css, html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CareerElement } from './career-element.js';
import { comparison, type ComparisonRow } from './comparison.js';
import type { Dataset, Path, Texts } from '../dataset/format.js';
import type { DataIssue } from '../shared/events.js';
import { ids, unknownIds } from '../shared/ids.js';
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
      :host {
        overflow-wrap: anywhere;
      }
      table {
        width: 100%;
        border-collapse: collapse;
      }
      th,
      td {
        padding: 0.5em 0.75em;
        border: 1px solid var(--_border);
        text-align: start;
        vertical-align: top;
      }
      th {
        min-width: 11em;
      }
      small {
        font-weight: normal;
      }
      .note {
        display: block;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.2em;
      }
      [role='region'] {
        overflow-x: auto;
      }
      section {
        margin-block-end: 1em;
        padding: 0 1em 1em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      dt {
        margin-block-start: 0.75em;
        font-weight: 600;
      }
      dd {
        margin: 0.25em 0 0;
      }
      .hl {
        border: 2px solid var(--_accent);
        background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
      }
      th.hl,
      section.hl {
        border-top-width: 6px;
      }
      [part~='badge'] {
        display: inline-block;
        padding: 0 0.5em;
        border-radius: var(--_radius);
        background: var(--_accent);
        color: var(--_accent-text);
        font-size: 0.85em;
      }
      .sr-only {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    paths: {},
    criteria: {},
    highlight: {},
    layout: {},
    chosen: { state: true },
    ems: { state: true },
  };

  /** Which paths to show as columns, in order (space-separated ids). Default: every path. */
  paths?: string;

  /** Which criteria to show as rows, in order (space-separated ids; `roles` is the roles row). */
  criteria?: string;

  /** The id of a path whose column is marked with a badge, such as the school's own program. */
  highlight?: string;

  /**
   * `auto`: a table where the element is wide enough, else one section per path; `table`: a
   * table that scrolls sideways when narrow; `stacked`: one section per path.
   */
  layout: 'auto' | 'table' | 'stacked' = 'auto';

  /** The paths the reader chose to compare, when the dataset has more than three. */
  private chosen?: string[];

  /** The element's own width in whole ems: the `auto` layout depends on it, not on the window's. */
  private ems = 0;

  protected readonly kind = 'compare';

  private readonly measure = () => {
    this.ems = Math.floor(this.clientWidth / parseFloat(getComputedStyle(this).fontSize));
    return this.ems;
  };

  // Measuring in the next frame keeps the re-render, which changes the element's height, out of
  // the observer's callback: there it would raise a resize loop error on the page's window
  // (https://www.w3.org/TR/resize-observer/#deliver-resize-error).
  private readonly resizer = isServer ? undefined : new ResizeObserver(() => requestAnimationFrame(this.measure));

  override connectedCallback() {
    super.connectedCallback();
    this.resizer?.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizer?.disconnect();
  }

  protected override attributeIssues(dataset: Dataset): DataIssue[] {
    return [
      ...unknownIds('paths', ids(this.paths), dataset.paths, 'a path'),
      ...unknownIds(
        'criteria',
        ids(this.criteria).filter((id) => id !== 'roles'),
        dataset.criteria,
        'a criterion',
      ),
      ...unknownIds('highlight', ids(this.highlight), dataset.paths, 'a path'),
    ];
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('paths') || changed.has('careerData')) this.chosen = undefined;
    super.willUpdate(changed);
  }

  protected renderView(dataset: Dataset) {
    const words = this.words;
    const {
      paths: shown,
      highlight,
      summaries,
      rows,
      ctas,
    } = comparison(dataset, words, {
      paths: this.chosen ?? ids(this.paths),
      criteria: ids(this.criteria),
      highlight: this.highlight,
    });
    const chosen = shown.map((path) => path.id);
    const mark = (path: Path) => (path.id === highlight ? 'hl' : '');
    const name = (path: Path) => html`${path.name}${path.id === highlight ? html` <span part="badge">${path.badge ?? words.badge}</span>` : nothing}`;
    const label = ({ label, source }: ComparisonRow) =>
      html`${label}${
        source
          ? html`<small class="muted"
            ><br />${words.source}:
            ${source.url && isSafeUrl(source.url) ? html`<a href=${source.url}>${source.name}</a>` : source.name}${source.date ? `, ${source.date}` : ''}</small
          >`
          : nothing
      }`;
    // The note qualifies the figure, so it sits in the cell and is read with it.
    const value = (row: ComparisonRow, i: number) => html`${texts(row.cells[i])}${row.note ? html`<small class="muted note">${row.note}</small>` : nothing}`;
    const cta = (i: number) => this.renderCta(ctas[i], chosen[i]);
    const scroll = this.layout === 'table';
    // 11em for the row headers and 12em per path keep the table readable; narrower, it stacks.
    // The first view already fits the element's width, before the observer reports. Measuring
    // forces style and layout, so only the `auto` layout, which depends on the width, pays for it.
    const stacked = !scroll && (this.layout === 'stacked' || (this.ems || this.measure()) < 11 + 12 * shown.length);

    return html`
      ${this.renderTitle(dataset)}
      ${dataset.intro ? html`<p>${dataset.intro}</p>` : nothing}
      ${
        dataset.paths.length > 3
          ? html`<fieldset>
            <legend>${words.comparePaths} <span class="muted">${words.atLeastTwo}</span></legend>
            ${dataset.paths.map((path) => {
              const on = chosen.includes(path.id);
              const choose = (event: Event) =>
                (this.chosen = (event.target as HTMLInputElement).checked ? [...chosen, path.id] : chosen.filter((id) => id !== path.id));
              return html`<label><input type="checkbox" .checked=${on} ?disabled=${on && chosen.length < 3} @change=${choose} />${path.name}</label>`;
            })}
          </fieldset>`
          : nothing
      }
      ${
        stacked
          ? nothing
          : html`<div
        role=${scroll ? 'region' : nothing}
        aria-label=${scroll ? dataset.title : nothing}
        tabindex=${scroll ? 0 : nothing}
      >
        <table part="table">
          <caption class="sr-only">${dataset.title}</caption>
          <thead>
            <tr>
              <td></td>
              ${shown.map((path) => html`<th scope="col" part="column-header" class=${mark(path)}>${name(path)}</th>`)}
            </tr>
            ${
              summaries
                ? // Summaries as cells, not in the headers: a screen reader repeats a header for every cell.
                  // Their row has a header of its own, so that every cell is related to one; its words
                  // are shown, as in the static fallback: a header of hidden text alone has no name
                  // for some checkers (IBM's aria_accessiblename_exists).
                  html`<tr>
                  <th scope="row" part="row-header">${words.about}</th>
                  ${shown.map((path) => html`<td part="cell" class=${mark(path)}>${path.summary}</td>`)}
                </tr>`
                : nothing
            }
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr>
                <th scope="row" part="row-header">${label(row)}</th>
                ${
                  row.shared
                    ? html`<td part="cell" colspan=${shown.length}>${value(row, 0)}</td>`
                    : shown.map((path, i) => html`<td part="cell" class=${mark(path)}>${value(row, i)}</td>`)
                }
              </tr>`,
            )}
          </tbody>
          ${
            ctas.some(Boolean)
              ? html`<tfoot>
                <tr>
                  <th scope="row" part="row-header">${words.nextStep}</th>
                  ${shown.map((path, i) => html`<td class=${mark(path)}>${cta(i)}</td>`)}
                </tr>
              </tfoot>`
              : nothing
          }
        </table>
      </div>`
      }
      ${
        stacked
          ? shown.map(
              (path, i) => html`<section class=${mark(path)}>
              ${this.heading(name(path), 1, 'column-header')} ${path.summary ? html`<p>${path.summary}</p>` : nothing}
              <dl>
                ${rows.map(
                  (row) =>
                    html`<dt part="row-header">${label(row)}</dt>
                      <dd part="cell">${value(row, i)}</dd>`,
                )}
              </dl>
              ${cta(i)}
            </section>`,
            )
          : nothing
      }
    `;
  }
}

/** A value as text, or as a real list when it has several texts; the model gives no empty list. */
function texts(value: Texts | undefined) {
  if (value === undefined) return '—';
  return Array.isArray(value) ? html`<ul>${value.map((item) => html`<li>${item}</li>`)}</ul>` : value;
}

declare global {
  interface HTMLElementTagNameMap {
    'career-compare': CareerCompare;
  }
}
