import { html, nothing } from 'lit';
import type { Dataset } from '../dataset/format.js';
import type { Attributes } from './escape.js';
import type { Tag } from './snippet.js';

/**
 * What the preview shows besides the data: its own controls (which widget, at a phone's width,
 * open on a phone) and the item being edited, which it follows.
 */
export interface PreviewState {
  /** The widget the preview shows, chosen by its switch or by the item edited; else the snippet's. */
  tag?: Tag;
  /** The snippet's widget when `tag` was chosen: choosing another widget for the snippet shows it. */
  chosenBeside?: Tag;
  /** Shown at a phone's width (390 px). */
  phone: boolean;
  /** On a narrow screen, the preview is open over the forms. */
  shown: boolean;
  /** The role being edited (its id), opened in the picker. */
  role?: string;
  /** The criterion being edited (its id), its row first in the comparison. */
  criterion?: string;
  /** The element on screen, kept while its tag stays so that it keeps its state. */
  element?: HTMLElement & { data?: unknown; updateComplete?: Promise<unknown> };
}

export const previewState = (): PreviewState => ({ phone: false, shown: false });

/** The widget the preview shows: its own choice while the snippet's widget stays what it was. */
export const previewTag = (state: PreviewState, snippetTag: Tag): Tag => (state.tag && state.chosenBeside === snippetTag ? state.tag : snippetTag);

/** The phone width that the preview's toggle shows, in CSS pixels. */
export const PHONE_WIDTH = 390;

/**
 * Follows the item that the focus went into (`own` such as `roles[3]`): a role shows the picker
 * with that role open, a criterion shows the comparison with its row first. Says whether the
 * preview changed.
 */
export function follow(state: PreviewState, own: string | undefined, dataset: Dataset, snippetTag: Tag): boolean {
  const [, list, index] = own?.match(/^(roles|criteria)\[(\d+)\]$/) ?? [];
  if (!list) return false;
  const entry = (dataset[list as 'roles' | 'criteria'] as unknown[] | undefined)?.[Number(index)] as { id?: unknown } | undefined;
  const id = typeof entry?.id === 'string' ? entry.id : undefined;
  const tag: Tag = list === 'roles' ? 'career-picker' : 'career-compare';
  const before = [previewTag(state, snippetTag), state.role, state.criterion].join(' ');
  state.tag = tag;
  state.chosenBeside = snippetTag;
  if (list === 'roles') state.role = id;
  else state.criterion = id;
  return before !== [tag, state.role, state.criterion].join(' ');
}

/** The element's attributes in the preview: the snippet's, with the edited role open or row first. */
export function previewAttributes(state: PreviewState, tag: Tag, data: Dataset, chosen: Attributes): Attributes {
  const attributes = { ...chosen };
  if (tag === 'career-picker') {
    const role = data.roles?.find((one) => one.id === state.role);
    if (role) {
      attributes.selected = role.id;
      // The role shows among the results of its own path only.
      if (attributes.path && attributes.path !== role.path) attributes.path = role.path;
    }
    return attributes;
  }
  const criterion = data.criteria?.find((one) => one.id === state.criterion);
  if (criterion) {
    const shown = typeof attributes.criteria === 'string' ? attributes.criteria.split(' ') : [...(data.criteria ?? []).map((one) => one.id), 'roles'];
    attributes.criteria = [criterion.id, ...shown.filter((id) => id !== criterion.id)].join(' ');
  }
  return attributes;
}

/** What the note above the preview says, in a web editor's words. */
export function previewNote(state: PreviewState, tag: Tag, data: Dataset | undefined, problems: number): string {
  if (!data) return 'The preview shows once the data has a title and a path, with no problems.';
  const words = [problems ? `Showing your last version without problems (${problems} to fix).` : 'The widget as your page will show it.'];
  const criterion = tag === 'career-compare' && data.criteria?.find((one) => one.id === state.criterion);
  if (criterion) words.push(`The row you are editing, "${criterion.label}", is shown first.`);
  const role = tag === 'career-picker' && data.roles?.find((one) => one.id === state.role);
  if (role) words.push(`The role you are editing, "${role.title}", is open.`);
  return words.join(' ');
}

/**
 * Puts the widget in `box` with the data and attributes given. The element stays while its tag
 * does; the data goes first and the attributes once the element has it, since an attribute may
 * name a path that only the new data has.
 */
export function showPreview(state: PreviewState, box: Element, tag: Tag, data: Dataset | undefined, attributes: () => Attributes) {
  if (!data) {
    state.element = undefined;
    return box.replaceChildren();
  }
  if (state.element?.localName !== tag || !box.contains(state.element)) {
    state.element = document.createElement(tag);
    box.replaceChildren(state.element);
  }
  const element = state.element;
  const set = () => {
    if (element !== state.element || element.data !== data) return;
    const chosen = attributes();
    for (const name of element.getAttributeNames()) if (!(name in chosen)) element.removeAttribute(name);
    for (const [name, value] of Object.entries(chosen))
      if (element.getAttribute(name) !== (value === true ? '' : value)) element.setAttribute(name, value === true ? '' : value);
  };
  if (element.data === data) return set();
  element.data = data;
  void element.updateComplete?.then(set);
}

interface PaneOptions {
  state: PreviewState;
  /** The widget shown, and the one the snippet places. */
  tag: Tag;
  snippetTag: Tag;
  note: string;
  /** Draws the page again after a control of the preview changed. */
  changed: () => void;
  /** Where the focus goes when the preview opens or closes on a narrow screen. */
  focus: (id: string) => void;
}

/**
 * The preview's pane: its heading, its switch between the widgets, the phone-width toggle, the
 * note and the box the widget goes in. On a narrow screen it opens over the forms, from the
 * "Preview" button, and closes with its own button or Escape.
 */
export function previewPane({ state, tag, snippetTag, note, changed, focus }: PaneOptions) {
  const choose = (chosen: Tag) => {
    state.tag = chosen;
    state.chosenBeside = snippetTag;
    changed();
  };
  const close = () => {
    state.shown = false;
    changed();
    focus('preview-open');
  };
  const radio = (value: Tag, words: string) =>
    html`<label class="choice"><input type="radio" name="preview-tag" value=${value} .checked=${tag === value} @change=${() => choose(value)} />
      ${words}</label>`;
  return html`<section id="preview-pane" class=${state.shown ? 'preview-pane shown' : 'preview-pane'} aria-labelledby="preview-heading"
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && state.shown && close()}>
    <div class="preview-head">
      <h2 id="preview-heading" tabindex="-1">Preview</h2>
      <button type="button" class="narrow-only" @click=${close}>Close preview</button>
    </div>
    <div class="preview-controls">
      <fieldset class="preview-switch">
        <legend>Show</legend>
        ${radio('career-compare', 'Comparison')} ${radio('career-picker', 'Picker')}
      </fieldset>
      <label class="choice"><input type="checkbox" id="preview-phone" .checked=${state.phone} @change=${(event: Event) => {
        state.phone = (event.target as HTMLInputElement).checked;
        changed();
      }} /> At a phone's width (${PHONE_WIDTH} px)</label>
    </div>
    <p class="hint" id="preview-note">${note}</p>
    <div id="preview" class=${state.phone ? 'phone' : nothing}></div>
  </section>`;
}

/** The "Preview" button that opens the preview over the forms on a narrow screen. */
export const previewButton = (state: PreviewState, changed: () => void, focus: (id: string) => void) =>
  html`<div class="preview-bar narrow-only">
    <button type="button" id="preview-open" aria-expanded=${state.shown ? 'true' : 'false'} aria-controls="preview-pane" @click=${() => {
      state.shown = !state.shown;
      changed();
      if (state.shown) focus('preview-heading');
    }}>Preview</button>
  </div>`;
