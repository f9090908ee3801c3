import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CareerElement } from './career-element.js';
import { rank } from './rank.js';
import type { Dataset } from '../dataset/format.js';
import { emit, type DataIssue } from '../shared/events.js';
import { ids, unknownIds } from '../shared/ids.js';
import { shared } from '../shared/styles.js';
import { count } from '../words/index.js';

/**
 * A role picker: a student narrows the roles by path and by what they enjoy, sees which roles
 * match and why, and opens one to read it.
 *
 * @tag career-picker
 * @fires career-select - A role was opened.
 * @fires career-filter - The path or interests were changed.
 * @fires career-cta - A call-to-action link was activated. Cancelable.
 * @fires career-error - The data could not be loaded or is invalid.
 * @csspart title - The title heading.
 * @csspart filters - The path and interest choices.
 * @csspart status - The live count of matching roles.
 * @csspart results - The list of matching roles.
 * @csspart role - One role in the results.
 * @csspart role-details - An opened role's details.
 * @csspart cta - A call-to-action link.
 * @csspart error - The error shown in place of bad data.
 */
export class CareerPicker extends CareerElement {
  static override styles = [
    shared,
    css`
      fieldset {
        margin: 0 0 1em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      label {
        display: flex;
        align-items: center;
        gap: 0.5em;
        min-height: 24px;
      }
      input {
        width: 1.1em;
        height: 1.1em;
        margin: 0;
        accent-color: var(--_accent);
      }
      [part~='results'] {
        list-style: none;
        margin: 0;
        padding: 0;
      }
    `,
  ];

  /** The chosen path id; empty for all paths. Reflects the student's choice. */
  @property({ reflect: true }) path?: string;

  /** The chosen interest ids, space-separated. Reflects the student's choice. */
  @property({ reflect: true }) interests?: string;

  /** The id of the opened role. Reflects the student's choice. */
  @property({ reflect: true }) selected?: string;

  protected readonly kind = 'picker';

  protected override attributeIssues(dataset: Dataset): DataIssue[] {
    return [
      ...unknownIds('path', ids(this.path), dataset.paths, 'a path'),
      ...unknownIds('interests', ids(this.interests), dataset.interests, 'an interest'),
      ...unknownIds('selected', ids(this.selected), dataset.roles, 'a role'),
    ];
  }

  protected renderView(dataset: Dataset) {
    const words = this.words;
    const pathId = this.path || null;
    const chosen = ids(this.interests);
    const results = rank(dataset.roles ?? [], pathId, chosen);
    const n = results.length;
    return html`
      ${this.renderTitle(dataset)}
      <div part="filters">
        <fieldset>
          <legend>${words.pathQuestion}</legend>
          ${[{ id: '', name: words.allPaths }, ...dataset.paths].map(
            (path) => html`<label
              ><input type="radio" name="path" .value=${path.id} .checked=${(this.path ?? '') === path.id} @change=${this.choosePath} />${path.name}</label
            >`,
          )}
        </fieldset>
      </div>
      <p role="status" part="status">${n ? (n === 1 ? words.matchesOne : count(words.matches, n)) : words.matchesNone}</p>
      <ul part="results">
        ${results.map(({ role }) => html`<li part="role">${role.title}</li>`)}
      </ul>
      ${nothing}
    `;
  }

  private choosePath(event: Event) {
    this.path = (event.target as HTMLInputElement).value;
    const dataset = this.careerData!;
    const matches = rank(dataset.roles ?? [], this.path || null, ids(this.interests)).map(({ role }) => role.id);
    emit(this, 'career-filter', { pathId: this.path || null, interests: ids(this.interests), matches });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-picker': CareerPicker;
  }
}
