import { css, html, isServer, nothing, render, type PropertyDeclarations } from 'lit';
import { CareerElement } from './career-element.js';
import { resultsFor, type Ranked, type Results } from './rank.js';
import type { Dataset, Role } from '../dataset/format.js';
import { emit, type DataIssue } from '../shared/events.js';
import { ids, unknownIds } from '../shared/ids.js';
import { shared } from '../shared/styles.js';
import { readState, writeState } from '../shared/url-state.js';
import { count, type Words } from '../words/index.js';

/** A list longer than this lays out only the roles near the view. */
const LONG_LIST = 40;

/**
 * Puts the items into the list in this order. While the focus is in the list, an item that stays,
 * in the same order as the others that stay, is not moved: a moved element loses the focus.
 * Otherwise the list is emptied and filled in two calls: a thousand single removals and insertions
 * cost more than the browser's own emptying and one insertion of them all (measured in main-thread
 * time, 1,000 roles: all paths → one path about 10% less, one interest checked about 30% less).
 */
function place(list: Element, items: Element[]) {
  const children = list.children;
  if (items.length === children.length && items.every((item, i) => item === children[i])) return;
  const focus = (list.getRootNode() as ShadowRoot).activeElement;
  if (!focus || !list.contains(focus)) {
    list.textContent = '';
    list.append(...items);
    return;
  }
  const kept = new Set(items);
  for (const child of [...list.children]) if (!kept.has(child)) child.remove();
  let next = list.firstElementChild;
  for (const item of items) {
    if (item === next) next = item.nextElementSibling;
    else list.insertBefore(item, next);
  }
}

const known = (items: { id: string }[] = [], id?: string) => items.some((item) => item.id === id);

/**
 * A role picker: a student narrows the roles by path and by what they enjoy, sees which roles
 * match and why, and opens one to read it. Every result is in the list at once; in a long list the
 * browser lays out only the roles near the view (`content-visibility: auto`).
 *
 * @tag career-picker
 * @fires career-select - A role was opened, or closed: then `roleId` and `pathId` are `null`.
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
      .chips label {
        padding: 0 0.75em;
        border: 1px solid var(--_border);
        border-radius: 1em;
      }
      button {
        cursor: pointer;
      }
      .roles {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      /* Not a list item: a list item's number is kept up to date, and removing one of a thousand
         renumbers every one after it, even when no number is shown. */
      [part~='role'] {
        display: block;
        padding: 0.5em 4px;
        border-top: 1px solid var(--_border);
      }
      /* In a long list, a role is not laid out or painted until it scrolls near the view or gets
         the focus, so that a change shows at once. The padding above keeps the focus outline
         inside the paint containment that this implies. */
      .long > [part~='role'] {
        content-visibility: auto;
        contain-intrinsic-block-size: auto 4em;
      }
      [part~='role'] button {
        padding: 0;
        border: 0;
        background: none;
        color: var(--_accent);
        font-weight: 600;
        text-align: start;
      }
      /* The arrow is decoration: aria-expanded tells assistive technology the same. */
      [aria-expanded]::before {
        content: '▸ ' / '';
      }
      [aria-expanded='true']::before {
        content: '▾ ' / '';
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0 0 0.5em;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    path: { reflect: true },
    interests: { reflect: true },
    selected: { reflect: true },
    syncUrl: { attribute: 'sync-url', type: Boolean },
  };

  /** The chosen path id; empty for all paths. Reflects the student's choice. */
  path?: string;

  /** The chosen interest ids, space-separated. Reflects the student's choice. */
  interests?: string;

  /** The id of the opened role. Reflects the student's choice. */
  selected?: string;

  /**
   * Keeps the choice in the URL fragment under the element's `id`, so that a link or a reload
   * restores it. Other fragment content is kept.
   */
  syncUrl = false;

  /**
   * How many times the student changed the filters: the status stays empty until the first. Not a
   * reactive property: every change also changes the path or the interests.
   */
  private changes = 0;

  /**
   * The values of `path`, `interests` and `selected` that the student chose (or a link restored),
   * as against those the page set. New data that lacks an id of the student's choice drops it
   * quietly; an id the page set and the data lacks is an error.
   */
  private choice: { path?: string; interests?: string; selected?: string } = {};

  /** The last ranking and what it was made from, so that each change ranks the roles once. */
  private ranking?: { from: unknown[]; results: Results };

  /**
   * Each role's list item and what its content was rendered from, made once per role of the
   * dataset: a change of the filters then moves items instead of building them anew.
   */
  private roleItems = new WeakMap<Role, { item: HTMLElement; from: unknown[] }>();

  /**
   * The list of the matching roles and that of the others, filled by `place` rather than by Lit's
   * `repeat()`. `repeat()` keys the items too, but it drops the item of a role that leaves the list
   * and builds it again when the role comes back, where `roleItems` keeps it. Measured in one
   * `npm run bench` run (Chromium 156, 1,000 roles, 15 runs, medians, `repeat()` against `place`):
   * all paths → one path 17.3 ms against 9.7 ms, one path → all paths 66.6 ms against 25.3 ms,
   * one interest checked 65.9 ms against 41.5 ms. `repeat()` also adds about 480 bytes brotli.
   * To measure again: `BASELINE=<another build> CASES=picker node bench/run.mjs`.
   */
  private readonly lists = isServer ? [] : [document.createElement('ul'), document.createElement('ul')];

  protected readonly kind = 'picker';

  /** Takes the choice from the URL fragment: on connect, when the data arrives, on `hashchange`. */
  private readonly restore = () => {
    const dataset = this.careerData;
    const state = this.syncUrl && this.id && readState(location.hash, this.id);
    if (!dataset || !state) return;
    this.choice = { path: state.path, interests: state.interests.join(' ') || undefined, selected: state.role };
    Object.assign(this, this.choice);
    // A link may outlive the data it was made from: ids the data lacks are dropped, not an error.
    this.keepKnown(dataset);
  };

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('hashchange', this.restore);
    this.restore();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.restore);
  }

  protected override attributeIssues(dataset: Dataset): DataIssue[] {
    return [
      ...unknownIds('path', ids(this.path), dataset.paths, 'a path'),
      ...unknownIds('interests', ids(this.interests), dataset.interests, 'an interest'),
      ...unknownIds('selected', ids(this.selected), dataset.roles, 'a role'),
    ];
  }

  protected override dataChanged() {
    this.roleItems = new WeakMap();
    if (this.careerData) this.keepKnown(this.careerData);
    this.restore();
  }

  /** Drops from the student's choice the ids that the dataset lacks. */
  private keepKnown(dataset: Dataset) {
    const lists = { path: dataset.paths, interests: dataset.interests, selected: dataset.roles };
    for (const key of ['path', 'interests', 'selected'] as const) {
      if (this[key] && this[key] === this.choice[key]) {
        this[key] = this.choice[key] =
          ids(this[key])
            .filter((id) => known(lists[key], id))
            .join(' ') || undefined;
      }
    }
  }

  protected override firstUpdated() {
    if (this.syncUrl && !this.id) console.warn('<career-picker sync-url> needs an id');
  }

  protected renderView(dataset: Dataset) {
    const words = this.words;
    const chosen = ids(this.interests);
    const { matching, others } = this.results;
    const n = matching.length;
    // What every role's content shows besides its own: by value, since `words` is a new object on
    // every render. Made once per render rather than once per role.
    const context = JSON.stringify([this.linkParams, words]);
    const list = (roles: Ranked[], ul: HTMLUListElement) => {
      ul.className = roles.length > LONG_LIST ? 'roles long' : 'roles';
      place(
        ul,
        roles.map((ranked) => this.roleItem(ranked, dataset, words, context)),
      );
      return ul;
    };
    // One click listener for every role's button: a thousand roles would add a thousand listeners.
    return html`
      ${this.renderTitle(dataset)}
      <div part="filters" @change=${this.choose}>
        <fieldset>
          <legend>${words.pathQuestion}</legend>
          ${[{ id: '', name: words.allPaths }, ...dataset.paths].map(
            (path) => html`<label
              ><input type="radio" name="path" .value=${path.id} .checked=${(this.path ?? '') === path.id} />${path.name}</label
            >`,
          )}
        </fieldset>
        ${
          dataset.interests?.length
            ? html`<fieldset class="chips">
              <legend>${words.interestQuestion}</legend>
              ${dataset.interests.map(
                (interest) => html`<label
                  ><input type="checkbox" .value=${interest.id} .checked=${chosen.includes(interest.id)} />${interest.label}</label
                >`,
              )}
            </fieldset>`
            : nothing
        }
      </div>
      <p role="status" part="status">${
        this.changes
          ? // Screen readers skip a live region whose text is unchanged: alternate a trailing space.
            (n ? (n === 1 ? words.matchesOne : count(words.matches, n)) : words.noMatch) + (this.changes % 2 ? '\u00a0' : '')
          : ''
      }</p>
      <div part="results" @click=${this.toggle}>
        ${n ? list(matching, this.lists[0]) : html`<p>${words.noMatch} <button type="button" @click=${this.clear}>${words.clear}</button></p>`}
        ${others.length ? html`${this.heading(words.otherRoles, 1)}${list(others, this.lists[1])}` : nothing}
      </div>
    `;
  }

  /** A role's list item: the same element across changes, its content rendered again when what it shows changed. */
  private roleItem(ranked: Ranked, dataset: Dataset, words: Words, context: string) {
    const from = [this.selected === ranked.role.id, ranked.matched.join(' '), context];
    let made = this.roleItems.get(ranked.role);
    if (!made) {
      made = { item: document.createElement('li'), from: [] };
      made.item.setAttribute('part', 'role');
      this.roleItems.set(ranked.role, made);
    }
    if (from.some((value, i) => value !== made.from[i])) {
      made.from = from;
      // `host` binds the listeners in the content to the element, as in the element's own template.
      render(this.renderRole(ranked, dataset, words), made.item, { host: this });
    }
    return made.item;
  }

  private renderRole({ role, matched }: Ranked, dataset: Dataset, words: Words) {
    const open = this.selected === role.id;
    const path = dataset.paths.find((p) => p.id === role.path)!;
    const labels = matched.map((id) => dataset.interests!.find((interest) => interest.id === id)!.label);
    return html`<button type="button" value=${role.id} aria-expanded=${open} aria-controls=${open ? role.id : nothing}>
        ${role.title}
      </button>
      <div class="muted">${path.name}${labels.length ? html`<br />${words.matchedBy} ${labels.join(', ')}` : nothing}</div>
      ${
        open
          ? html`<div part="role-details" id=${role.id}>
            ${role.summary ? html`<p>${role.summary}</p>` : nothing}
            <dl>
              <dt>${words.path}</dt>
              <dd>${path.name}</dd>
              ${
                role.duties?.length
                  ? html`<dt>${words.duties}</dt>
                    <dd><ul>${role.duties.map((duty) => html`<li>${duty}</li>`)}</ul></dd>`
                  : nothing
              }
              ${
                role.onet
                  ? // The validator holds the code to the O*NET-SOC pattern, so the URL is safe by construction.
                    html`<dt>${words.onet}</dt>
                    <dd><a href="https://www.onetonline.org/link/summary/${role.onet}">${role.onet}</a></dd>`
                  : nothing
              }
            </dl>
            ${this.renderCta(role.cta ?? path.cta ?? dataset.cta, role.path, role.id)}
          </div>`
          : nothing
      }`;
  }

  /**
   * The shown roles: those matching a chosen interest (all of the path when none is chosen), then
   * the others. Ranked once per change of the data, the path or the interests, for the view and
   * for `career-filter` alike.
   */
  private get results(): Results {
    const from = [this.careerData, this.path, this.interests];
    if (!this.ranking || from.some((value, i) => value !== this.ranking!.from[i])) {
      const roles = this.careerData?.roles ?? [];
      this.ranking = { from, results: resultsFor(roles, this.path || null, ids(this.interests)) };
    }
    return this.ranking.results;
  }

  /** Takes the student's choice from the input that changed. */
  private choose(event: Event) {
    const input = event.target as HTMLInputElement;
    if (input.type === 'radio') {
      this.path = this.choice.path = input.value || undefined;
    } else {
      const chosen = new Set(ids(this.interests));
      if (input.checked) chosen.add(input.value);
      else chosen.delete(input.value);
      // In the data's order, whichever box was ticked first.
      const interests = this.careerData?.interests ?? [];
      this.interests = this.choice.interests = interests.flatMap((interest) => (chosen.has(interest.id) ? interest.id : [])).join(' ') || undefined;
    }
    this.filtered();
  }

  private async clear() {
    this.path = this.interests = this.choice.path = this.choice.interests = undefined;
    this.filtered();
    // The button goes away with the empty result: focus the first choice, "All paths".
    await this.updateComplete;
    this.renderRoot.querySelector('input')?.focus();
  }

  /** Opens or closes the role whose button was clicked. */
  private toggle(event: Event) {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[aria-expanded]');
    const role = button && this.careerData?.roles?.find((candidate) => candidate.id === button.value);
    if (!role) return;
    this.selected = this.choice.selected = this.selected === role.id ? undefined : role.id;
    // Closing says so too, so that a page keeping the open role in its own state can follow.
    emit(this, 'career-select', this.selected ? { roleId: role.id, pathId: role.path } : { roleId: null, pathId: null });
    this.save();
  }

  private filtered() {
    this.changes++;
    const matches = this.results.matching.map((result) => result.role.id);
    emit(this, 'career-filter', { pathId: this.path || null, interests: ids(this.interests), matches });
    this.save();
  }

  /** Writes the choice into the URL fragment with `replaceState`: no scroll, no history entry per click. */
  private save() {
    if (!this.syncUrl || !this.id) return;
    const hash = writeState(location.hash, this.id, { path: this.path, interests: ids(this.interests), role: this.selected });
    history.replaceState(history.state, '', hash ? '#' + hash : location.pathname + location.search);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-picker': CareerPicker;
  }
}
