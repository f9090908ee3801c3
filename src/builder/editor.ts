import { html, nothing, render, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Dataset } from '../dataset/format.js';
import { validate, type DataIssue } from '../dataset/validate.js';
import { parseJsonWithPosition } from '../dataset/json-position.js';
import type { Attributes } from './escape.js';
import {
  addItem,
  blank,
  duplicateItem,
  fieldId,
  fieldOf,
  fromLines,
  itemName,
  labelOf,
  LISTS,
  moveItem,
  NAME_FIELD,
  placeIssues,
  removeItem,
  rolesOf,
  setIn,
  setItemId,
  setItemName,
  slug,
  steps,
  toLines,
  type List,
} from './fields.js';
import { beside, DEFAULT_EMBEDDING, EMBEDDINGS, snippet, CDN_URL, unreachable, type Embedding, type Tag } from './snippet.js';
import { HEADING_LEVELS, LANGS, LAYOUTS, restoreSettings } from './settings.js';
import { COLUMNS, isBinary, readSheet, TEMPLATE, toCsv } from './spreadsheet.js';
import { MAX_URL_LENGTH } from '../embed/fragment.js';
import { iframeEmbed, measuredHeight, type IframeEmbed } from './iframe.js';
import { downloadJson, followWidth, frameWidth, placementForm, widgetAttributes } from './placement.js';

/** The largest file the editor opens: a dataset of 1,000 roles is about half a megabyte. */
export const FILE_LIMIT = 5 * 1024 * 1024;

/** A dataset with more roles and criteria than this is large: its snippet waits for a pause. */
const LARGE = 200;
/** How long typing pauses before a large dataset's snippet is written. */
const PAUSE = 300;

/** The spreadsheet's columns besides the two that every sheet has, as the import section lists them. */
const OPTIONAL_COLUMNS = COLUMNS.filter((column) => column !== 'type' && column !== 'name');

/**
 * The problems listed at most: a file made of ten thousand bad items has as many problems, and a
 * list of them all would take longer to draw than to read. Each field still shows its own.
 */
const LISTED_PROBLEMS = 100;

/** Lists longer than this show each item as a disclosure, closed until it is opened. */
const COLLAPSE_AFTER = 20;

/** How the snippet places the widget: everything the editor asks besides the dataset. */
export interface Settings {
  tag: Tag;
  /** Paths and criteria left out of the comparison: new ones show. */
  hiddenPaths: string[];
  hiddenCriteria: string[];
  highlight: string;
  layout: string;
  path: string;
  syncUrl: boolean;
  id: string;
  headingLevel: string;
  noTitle: boolean;
  linkParams: string;
  lang: string;
  embedding: Embedding;
  src: string;
  /** For the iframe way: the address of the embed page (or its folder), and of an optional JSON file. */
  embedPage: string;
  iframeSrc: string;
  /** Where the script comes from: the copy beside the editor, the CDN, or another address. */
  script: 'beside' | 'cdn' | 'self';
  scriptUrl: string;
}

const DEFAULTS: Settings = {
  tag: 'career-compare',
  hiddenPaths: [],
  hiddenCriteria: [],
  highlight: '',
  layout: 'auto',
  path: '',
  syncUrl: false,
  id: '',
  headingLevel: '2',
  noTitle: false,
  linkParams: '',
  lang: '',
  embedding: DEFAULT_EMBEDDING,
  src: '',
  embedPage: '',
  iframeSrc: '',
  script: 'self',
  scriptUrl: '',
};

export interface EditorOptions {
  /** The healthcare example: the start point when nothing is saved, and "Load the example". */
  example: unknown;
  /** Where the work is kept between visits. */
  storage?: Storage;
  /** The key of the work in `storage`. */
  key?: string;
  /**
   * The address of the drop-in file that the editor page loads: the files beside it (the
   * drop-in, the embed page) are the snippet's defaults when visitors can reach them.
   */
  dropIn?: string;
}

/** The address of the drop-in file that this page loads, if it does. */
const pageDropIn = () => document.querySelector<HTMLScriptElement>('script[src$="career-paths.js"]')?.src;

interface Confirm {
  title: string;
  message: string;
  action: string;
  /** Radio choices, the first one chosen. */
  choices?: { value: string; label: string }[];
  run: (choice: string) => void;
  /** The id of the control that opened the question, focused again when it closes. */
  returnTo: string;
}

type Previewed = HTMLElement & { data?: unknown };

/**
 * The browser's storage, or where it is refused (storage blocked for the site, a sandboxed
 * frame) a stand-in that keeps nothing, so that saving fails with a message instead of the page.
 */
function browserStorage(): Storage {
  try {
    return localStorage;
  } catch {
    const refuse = () => {
      throw new DOMException('This browser does not allow this page to keep data', 'SecurityError');
    };
    return { length: 0, clear: refuse, getItem: () => null, key: () => null, removeItem: refuse, setItem: refuse };
  }
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The item a group inside an item belongs to, for screen readers: each group's name is then its
 * own ("Values, criterion 2"), as IBM's fieldset_label_valid asks, where the list repeats it.
 */
const ofItem = (list: keyof typeof LISTS, index: number) => html`<span class="visually-hidden">, ${LISTS[list]} ${index + 1}</span>`;
const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
const valueOf = (event: Event) => (event.target as HTMLInputElement).value;
const widgetOf = (s: Settings) => (s.tag === 'career-picker' ? 'picker' : 'compare');

/**
 * The dataset editor: forms for every part of a dataset and a JSON view of the same data, the
 * validator's problems beside their fields, undo and redo, the work kept in the browser, files
 * and spreadsheets, a live preview and the snippet. The dataset is the one state: every change
 * goes through `edit()`, which records it for undo, saves it and shows it.
 */
export function mountEditor(root: HTMLElement, { example, storage = browserStorage(), key = 'career-paths-editor', dropIn = pageDropIn() }: EditorOptions) {
  let dataset: Dataset;
  /** The copies beside the editor, where visitors can reach them; otherwise why not. */
  const hosted = { script: beside(dropIn, 'career-paths.js'), embed: beside(dropIn, 'embed.html'), why: unreachable(dropIn) };
  const defaults: Settings = { ...DEFAULTS, script: hosted.script ? 'beside' : 'self', embedPage: hosted.embed ?? '' };
  let settings: Settings = { ...defaults };
  const past: Dataset[] = [];
  const future: Dataset[] = [];
  /** The field whose typing the last history step holds, so that a word typed is one step. */
  let lastField = '';
  let issues: DataIssue[] = [];
  let placed = new Map<string, DataIssue[]>();
  /** The problems of each item, as text: an item is drawn again when they change. */
  let issueKeys = new Map<string, string>();
  /** The items of long lists whose fields are open. */
  const opened = new Set<string>();
  /** The last dataset without problems: what the preview and the snippet show. */
  let lastValid: Dataset | undefined;
  let view: 'forms' | 'json' = 'forms';
  /** Text typed in the JSON view that is not (yet) the dataset, and why. */
  let jsonText: string | undefined;
  let jsonProblem = '';
  let saved = '';
  let said = '';
  let loadProblems: string[] = [];
  let copyStatus = '';
  let confirm: Confirm | undefined;
  let focusNext: string | undefined;
  let previewed: Previewed | undefined;
  let text = '';
  /** What the snippet in the box was written from, and the timer that writes the next one. */
  let written: [Dataset, Settings] | undefined;
  let writing: ReturnType<typeof setTimeout> | undefined;
  /**
   * The iframe way's snippet is made asynchronously (the data is compressed into the address):
   * the last one made, the number of the newest request (a late result of an older one is
   * dropped), and the request under way, which "Copy snippet" waits for.
   */
  let framed: IframeEmbed | undefined;
  let framing = 0;
  let pending: Promise<void> | undefined;
  /** Follows the preview's width while the iframe way is chosen: the frame is measured at it. */
  let resizing: { disconnect: () => void } | undefined;
  /** The JSON file last downloaded beside the address it is to be uploaded to. */
  let downloaded = '';
  // Rendered into a box of its own, so that unmounting leaves the root as it was.
  const host = root.appendChild(document.createElement('div'));

  // --- the one way to change the dataset ---------------------------------------------------

  function edit(next: Dataset, field = '') {
    if (next === dataset) return;
    if (!field || field !== lastField) past.push(dataset);
    if (past.length > 500) past.shift();
    future.length = 0;
    lastField = field;
    followPaths(dataset, next);
    dataset = next;
    if (field !== 'json') ((jsonText = undefined), (jsonProblem = ''));
    save();
    check();
    update();
  }

  /** Keeps the widget's settings on a path whose id changed (the highlight, the first path). */
  function followPaths(before: Dataset, after: Dataset) {
    if (before.paths === after.paths || !Array.isArray(before.paths) || !Array.isArray(after.paths) || before.paths.length !== after.paths.length) return;
    // A rename changes one id in place; a move changes two, and is no rename.
    const changed = before.paths.flatMap((path, i) => (path?.id !== after.paths[i]?.id ? [i] : []));
    if (changed.length !== 1) return;
    const [from, to] = [before.paths[changed[0]]?.id, after.paths[changed[0]]?.id];
    const follow = (id: string) => (id === from && typeof to === 'string' ? to : id);
    settings = { ...settings, highlight: follow(settings.highlight), path: follow(settings.path), hiddenPaths: settings.hiddenPaths.map(follow) };
  }

  function save() {
    try {
      storage.setItem(key, JSON.stringify({ dataset, settings }));
      saved = 'Saved in this browser.';
    } catch (error) {
      saved = `Not saved: this browser refused to keep it (${(error as Error).name}). Download JSON to keep your work.`;
    }
  }

  function check() {
    const result = validate(dataset);
    issues = result.ok ? [] : result.issues;
    placed = placeIssues(issues, dataset);
    issueKeys = new Map();
    for (const [field, list] of placed) {
      const own = field.match(/^\w+\[\d+\]/)?.[0];
      if (own) issueKeys.set(own, `${issueKeys.get(own) ?? ''}${field}: ${list.map((issue) => issue.message).join(';')}\n`);
    }
    if (result.ok) lastValid = result.dataset;
  }

  function step(from: Dataset[], to: Dataset[], done: string) {
    const previous = from.pop();
    if (!previous) return;
    to.push(dataset);
    dataset = previous;
    lastField = '';
    jsonText = undefined;
    jsonProblem = '';
    said = done;
    save();
    check();
    update();
  }
  const undo = () => step(past, future, 'Undone.');
  const redo = () => step(future, past, 'Redone.');

  function setting<K extends keyof Settings>(name: K, value: Settings[K]) {
    settings = { ...settings, [name]: value };
    save();
    update();
  }

  // --- items ---------------------------------------------------------------------------------

  const items = (list: List): Record<string, unknown>[] => (Array.isArray(dataset[list]) ? (dataset[list] as unknown as Record<string, unknown>[]) : []);

  function add(list: List) {
    const index = items(list).length;
    opened.add(`${list}[${index}]`);
    focusNext = fieldId(`${list}[${index}].${NAME_FIELD[list]}`);
    edit(addItem(dataset, list));
  }

  function move(list: List, index: number, by: -1 | 1) {
    const to = index + by;
    const last = items(list).length - 1;
    // The focus follows the item; at an end, to the button that still moves it.
    const direction = (to === 0 && by === -1) || (to === last && by === 1) ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down';
    focusNext = `${list}-${to}-${direction}`;
    const [here, there] = [opened.has(`${list}[${index}]`), opened.has(`${list}[${to}]`)];
    for (const [at, open] of [
      [to, here],
      [index, there],
    ] as const)
      open ? opened.add(`${list}[${at}]`) : opened.delete(`${list}[${at}]`);
    said = `Moved ${itemName(dataset, list, index)} to place ${to + 1} of ${last + 1}.`;
    edit(moveItem(dataset, list, index, by));
  }

  function duplicate(list: List, index: number) {
    opened.add(`${list}[${index + 1}]`);
    focusNext = fieldId(`${list}[${index + 1}].${NAME_FIELD[list]}`);
    said = `Duplicated ${itemName(dataset, list, index)}.`;
    edit(duplicateItem(dataset, list, index));
  }

  function remove(list: List, index: number) {
    const name = itemName(dataset, list, index);
    const id = String(items(list)[index]?.id ?? '');
    const done = (next: Dataset, words: string) => {
      focusNext = `add-${list}`;
      said = words;
      edit(next);
    };
    const roles = list === 'paths' ? rolesOf(dataset, id) : [];
    if (!roles.length) return done(removeItem(dataset, list, index), `Removed ${name}.`);
    const others = items('paths').filter((_, i) => i !== index);
    ask({
      title: `Remove ${name}?`,
      message: `${plural(roles.length, 'role')} ${roles.length === 1 ? 'is' : 'are'} on this path. What should happen to ${roles.length === 1 ? 'it' : 'them'}?`,
      action: 'Remove path',
      choices: [
        ...others.map((path) => ({ value: String(path.id), label: `Move ${roles.length === 1 ? 'it' : 'them'} to ${String(path.name || path.id)}` })),
        { value: '', label: `Remove ${roles.length === 1 ? 'it' : 'them'} too` },
      ],
      run: (to) => done(removeItem(dataset, list, index, to || undefined), to ? `Removed ${name}; its roles moved.` : `Removed ${name} and its roles.`),
      returnTo: `${list}-${index}-remove`,
    });
  }

  // --- start points, files and spreadsheets ----------------------------------------------------

  /** Asks before replacing work; a blank dataset is no work to lose. */
  function replace(next: Dataset, words: string, action: string, returnTo: string) {
    const run = () => {
      said = words;
      loadProblems = [];
      edit(next);
    };
    if (JSON.stringify(dataset) === JSON.stringify(blank())) return run();
    ask({ title: `${action}?`, message: 'This replaces the dataset you are working on. You can undo it afterwards.', action, run, returnTo });
  }

  const refuse = (...problems: string[]) => {
    loadProblems = problems;
    update();
  };

  async function openFile(file: File) {
    const name = `"${file.name}"`;
    if (/\.(csv|tsv|txt)$/i.test(file.name) || /^text\/(csv|tab-separated-values|plain)/.test(file.type)) return importSheet(file);
    if (file.size > FILE_LIMIT)
      return refuse(
        `${name} is ${(file.size / 1048576).toFixed(1)} MB: too large for a dataset (the limit is ${FILE_LIMIT / 1048576} MB). Nothing was changed.`,
      );
    const text = await file.text();
    if (isBinary(text)) return refuse(`${name} is not a JSON file: it holds binary data. Nothing was changed.`);
    const parsed = parseJsonWithPosition(text, file.name);
    if (!parsed.ok) return refuse(`${parsed.issue.message}. Nothing was changed.`);
    if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))
      return refuse(`${name} holds JSON, but not a dataset: a dataset is an object ({ … }). Nothing was changed.`);
    loadProblems = [];
    said = `Opened ${name}.`;
    edit(parsed.value as Dataset);
  }

  async function importSheet(source: File | string) {
    if (typeof source !== 'string' && source.size > FILE_LIMIT)
      return refuse(
        `"${source.name}" is ${(source.size / 1048576).toFixed(1)} MB: too large for a spreadsheet of career data (the limit is ${FILE_LIMIT / 1048576} MB). Nothing was changed.`,
      );
    // Pasted cells have the file's limit too, counted in UTF-8 bytes as a file's size is.
    if (typeof source === 'string' && (source.length > FILE_LIMIT || new Blob([source]).size > FILE_LIMIT))
      return refuse(
        `The pasted cells are ${(new Blob([source]).size / 1048576).toFixed(1)} MB: too large for a spreadsheet of career data (the limit is ${FILE_LIMIT / 1048576} MB). Nothing was changed.`,
      );
    const text = typeof source === 'string' ? source : await source.text();
    if (!text.trim()) return refuse('There is nothing to import: paste the cells first. Nothing was changed.');
    const result = readSheet(text, dataset);
    if (!result.ok) return refuse(...result.problems, 'Nothing was changed.');
    const imported = result.dataset;
    loadProblems = [];
    said = `Imported ${plural(imported.paths.length, 'path')}, ${plural(imported.criteria?.length ?? 0, 'criterion', 'criteria')}, ${plural(imported.interests?.length ?? 0, 'interest')} and ${plural(imported.roles?.length ?? 0, 'role')}.`;
    edit(imported);
  }

  function download() {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(dataset, null, 2) + '\n'], { type: 'application/json' }));
    link.download = `${slug(typeof dataset.title === 'string' ? dataset.title : '') || 'career-data'}.json`;
    root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    said = `Downloaded ${link.download}.`;
    update();
  }

  function typedJson(value: string) {
    jsonText = value;
    if (isBinary(value)) jsonProblem = 'This is binary data, not JSON. The forms keep the last dataset that was JSON.';
    else {
      const parsed = parseJsonWithPosition(value);
      if (!parsed.ok) jsonProblem = `${parsed.issue.message}. The forms keep the last dataset that was JSON.`;
      else if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))
        jsonProblem = 'A dataset is an object ({ … }). The forms keep the last dataset that was one.';
      else {
        jsonProblem = '';
        return edit(parsed.value as Dataset, 'json');
      }
    }
    update();
  }

  // --- questions -------------------------------------------------------------------------------

  function ask(question: Confirm) {
    confirm = question;
    update();
  }

  function answer(ok: boolean) {
    const question = confirm;
    if (!question) return;
    const choice = root.querySelector<HTMLInputElement>('#confirm input[name="choice"]:checked')?.value ?? '';
    confirm = undefined;
    root.querySelector<HTMLDialogElement>('#confirm')?.close();
    focusNext ??= question.returnTo;
    if (ok) question.run(choice);
    else update();
  }

  // --- the snippet -----------------------------------------------------------------------------

  /** The element's attributes as the settings give them, leaving out every default. */
  const attributes = (data: Dataset): Attributes => widgetAttributes(settings, data);

  async function copy() {
    copyStatus = '';
    update();
    try {
      if (writing !== undefined) writeSnippet();
      if (pending) await pending;
      await navigator.clipboard.writeText(text);
      copyStatus = 'Copied';
    } catch {
      // No clipboard API (an insecure page, an older browser) or no permission: copy the selection.
      const output = root.querySelector<HTMLTextAreaElement>('#snippet')!;
      output.focus();
      output.select();
      copyStatus = document.execCommand('copy') ? 'Copied' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy';
    }
    update();
  }

  function writeSnippet() {
    clearTimeout(writing);
    writing = undefined;
    const s = settings;
    const data = lastValid!;
    written = [data, s];
    if (s.embedding !== 'iframe') {
      forgetFrame();
      const script = s.script === 'beside' ? hosted.script : s.script === 'self' ? s.scriptUrl.trim() : CDN_URL;
      text = snippet(s.tag, attributes(data), data, s.embedding, s.src.trim(), script);
      return;
    }
    // The last iframe snippet (or its refusal) stays until the new one is made; another way's
    // snippet does not.
    if (!framed) text = '';
    const run = ++framing;
    const box = root.querySelector<HTMLElement>('#preview');
    // Measured again when the preview's width changes (a window resized, the phone width chosen).
    if (box && !resizing)
      resizing = followWidth(box, () => {
        written = undefined;
        update();
      });
    const width = frameWidth(box);
    pending = measuredHeight(document, width, widgetOf(s), attributes(data), data)
      .then((height) => iframeEmbed(s.embedPage.trim(), widgetOf(s), attributes(data), data, { width, height }, s.iframeSrc.trim()))
      .then((made) => {
        if (run !== framing) return;
        pending = undefined;
        framed = made;
        text = made.fits ? made.snippet : '';
        update();
      });
  }

  /** Drops the iframe snippet under way, if any: its settings or data are no longer the newest. */
  function forgetFrame() {
    framing++;
    framed = undefined;
    pending = undefined;
    resizing?.disconnect();
    resizing = undefined;
  }

  // --- fields ------------------------------------------------------------------------------------

  /** A labelled field for the text at `path`, its problems beside it. */
  function field(
    path: string,
    value: unknown,
    change: (value: string) => Dataset,
    options: { label?: string; hint?: string; lines?: boolean; long?: boolean; kind?: 'url' | 'text' } = {},
  ) {
    const id = fieldId(path);
    const problems = placed.get(path);
    const described = [options.hint && `${id}-hint`, problems && `${id}-problem`].filter(Boolean).join(' ') || nothing;
    const input = (event: Event) => edit(change(valueOf(event)), path);
    return html`<div class="field">
      <label for=${id}>${options.label ?? labelOf(path)}</label>
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
      ${
        options.lines || options.long
          ? html`<textarea id=${id} rows="3" .value=${toLines(value)} aria-invalid=${problems ? 'true' : nothing} aria-describedby=${described} @input=${input}></textarea>`
          : html`<input
            type="text"
            id=${id}
            inputmode=${options.kind === 'url' ? 'url' : nothing}
            autocapitalize=${options.kind === 'url' ? 'off' : nothing}
            .value=${typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)}
            aria-invalid=${problems ? 'true' : nothing}
            aria-describedby=${described}
            @input=${input}
          />`
      }
      ${problem(id, problems)}
    </div>`;
  }

  const problem = (id: string, problems?: DataIssue[]) =>
    problems ? html`<p class="problem" id="${id}-problem">${problems.map((issue) => issue.message).join('; ')}</p>` : nothing;

  /** A text field that leaves the key out of the data when it is emptied. */
  const optional = (path: string, value: unknown, options: Parameters<typeof field>[3] = {}) =>
    field(path, value, (text) => setIn(dataset, steps(path), text === '' ? undefined : options.lines ? fromLines(text) : text), options);
  const required = (path: string, value: unknown, options: Parameters<typeof field>[3] = {}) =>
    field(path, value, (text) => setIn(dataset, steps(path), text), options);

  /**
   * A checkbox for the flag at `path`: checked writes `true`, unchecked leaves the key out.
   * `context` goes before the label for screen readers only: the label beside the box does not
   * say what it belongs to, the fields above it do.
   */
  function flag(path: string, value: unknown, context: string) {
    const id = fieldId(path);
    const problems = placed.get(path);
    const change = (event: Event) => edit(setIn(dataset, steps(path), (event.target as HTMLInputElement).checked ? true : undefined));
    return html`<div class="field">
      <label class="choice">
        <input type="checkbox" id=${id} .checked=${value === true} aria-invalid=${problems ? 'true' : nothing}
          aria-describedby=${problems ? `${id}-problem` : nothing} @change=${change} />
        <span><span class="visually-hidden">${context} </span>${labelOf(path)}</span>
      </label>
      ${problem(id, problems)}
    </div>`;
  }

  const cta = (prefix: string, value: unknown) => {
    const link = (value ?? {}) as Record<string, unknown>;
    return html`${optional(`${prefix}cta.label`, link.label)}
    ${optional(`${prefix}cta.href`, link.href, { kind: 'url', hint: 'A web address (https://…), a page of your site (/apply), mailto: or tel:.' })}
    ${flag(`${prefix}cta.newTab`, link.newTab, 'Call to action:')}`;
  };
  const source = (prefix: string, value: unknown) => {
    const from = (value ?? {}) as Record<string, unknown>;
    return html`${optional(`${prefix}source.name`, from.name)} ${optional(`${prefix}source.url`, from.url, { kind: 'url' })}
    ${optional(`${prefix}source.date`, from.date, { hint: 'Such as 2024-05.' })}`;
  };

  /** Shows a form, or what went wrong in it: an error in one form never takes down the page. */
  function safely(name: string, build: () => TemplateResult) {
    try {
      return build();
    } catch (error) {
      return html`<p class="crash" role="alert">
        The ${name} form cannot show this data (${(error as Error).message}). Your work is saved: undo the last change or fix it in the
        JSON view.
      </p>`;
    }
  }

  /**
   * One item of a list: its fields in a fieldset, then its buttons. In a long list each item is
   * a disclosure, its fields drawn only while it is open, so that a dataset of 1,000 roles stays
   * quick to open and to type in.
   */
  function item(list: List, index: number, body: () => TemplateResult, collapsible: boolean) {
    const name = itemName(dataset, list, index);
    const count = items(list).length;
    const own = `${list}[${index}]`;
    const problems = placed.get(own);
    const button = (action: string, words: string, run: () => void, disabled = false) =>
      html`<button type="button" id="${list}-${index}-${action}" ?disabled=${disabled} @click=${run}>
        ${words}<span class="visually-hidden"> ${name}</span>
      </button>`;
    const title = String(items(list)[index]?.[NAME_FIELD[list]] ?? '').trim();
    const legend = `${capital(LISTS[list])} ${index + 1}${title ? `: ${title}` : ''}`;
    const open = !collapsible || opened.has(own);
    const fields = open
      ? html`<fieldset id=${fieldId(own)} tabindex="-1" aria-describedby=${problems ? `${fieldId(own)}-problem` : nothing}>
          <legend>${legend}</legend>
          ${problem(fieldId(own), problems)} ${safely(name, body)}
          <div class="actions">
            ${button('up', 'Move up', () => move(list, index, -1), index === 0)}
            ${button('down', 'Move down', () => move(list, index, 1), index === count - 1)}
            ${button('duplicate', 'Duplicate', () => duplicate(list, index))} ${button('remove', 'Remove', () => remove(list, index))}
          </div>
        </fieldset>`
      : nothing;
    if (!collapsible) return html`<li>${fields}</li>`;
    const toggle = (event: Event) => {
      if ((event.target as HTMLDetailsElement).open === opened.has(own)) return;
      if (opened.has(own)) opened.delete(own);
      else opened.add(own);
      update();
    };
    return html`<li>
      <details ?open=${open} @toggle=${toggle}>
        <summary>${legend}${problems || issueKeys.has(own) ? html` <span class="problem">(has problems)</span>` : nothing}</summary>
        ${fields}
      </details>
    </li>`;
  }

  function section(list: List, heading: string, intro: string, body: (entry: Record<string, unknown>, index: number) => TemplateResult) {
    const problems = placed.get(list);
    return html`<section aria-labelledby="${list}-heading">
      <h2 id="${list}-heading">${heading}</h2>
      <p class="hint">${intro}</p>
      ${problem(fieldId(list), problems)}
      ${safely(heading.toLowerCase(), () => {
        if (dataset[list] !== undefined && !Array.isArray(dataset[list])) throw new Error(`"${list}" is not a list`);
        const all = items(list);
        const collapsible = all.length > COLLAPSE_AFTER;
        // An item is drawn again only when it, its place, or what its fields offer changed.
        return html`<ol class="items" id=${fieldId(list)} tabindex="-1">
          ${all.map((entry, index) =>
            guard(
              [entry, index, all.length, collapsible, opened.has(`${list}[${index}]`), issueKeys.get(`${list}[${index}]`), dataset.paths, dataset.interests],
              () => item(list, index, () => body(entry ?? {}, index), collapsible),
            ),
          )}
        </ol>`;
      })}
      <button type="button" id="add-${list}" @click=${() => add(list)}>Add ${LISTS[list]}</button>
    </section>`;
  }

  // --- the forms ---------------------------------------------------------------------------------

  const about = () => html`<section aria-labelledby="about-heading">
    <h2 id="about-heading">About this comparison</h2>
    ${safely('comparison', () => {
      const link = dataset.cta as unknown;
      return html`${required('title', dataset.title, { hint: 'The heading of both widgets, such as "Nursing vs. Medical Assisting".' })}
      ${optional('intro', dataset.intro, { long: true })}
      ${optional('lang', dataset.lang, { hint: 'The language the data is written in: en for English, es for Spanish.' })}
      <fieldset>
        <legend>Call to action under the picker's roles</legend>
        ${cta('', link)}
      </fieldset>
      <fieldset>
        <legend>Source of the data</legend>
        ${source('', dataset.source)}
      </fieldset>`;
    })}
  </section>`;

  const paths = () =>
    section('paths', 'Paths', 'The careers or programs compared: one column each.', (path, i) => {
      const at = `paths[${i}]`;
      return html`${field(`${at}.name`, path.name, (name) => setItemName(dataset, 'paths', i, name))}
      ${field(`${at}.id`, path.id, (id) => setItemId(dataset, 'paths', i, id), { hint: 'Made from the name: lowercase letters, digits and "-". Used in links and settings.' })}
      ${optional(`${at}.summary`, path.summary, { long: true })} ${optional(`${at}.badge`, path.badge, { hint: 'Shown on the highlighted path, such as "Our program".' })}
      ${cta(`${at}.`, path.cta)}`;
    });

  const criteria = () =>
    section('criteria', 'Criteria', 'The rows of the comparison: a value for each path, or one for all.', (criterion, i) => {
      const at = `criteria[${i}]`;
      const shared = criterion.value !== undefined && criterion.values === undefined;
      const values = (criterion.values ?? {}) as Record<string, unknown>;
      const kind = (one: boolean) => {
        const next: Record<string, unknown> = { ...criterion };
        if (one) ((next.value = Object.values(values).find((value) => value !== undefined) ?? ''), delete next.values);
        else ((next.values = {}), delete next.value);
        edit(setIn(dataset, ['criteria', i], next));
      };
      const lines = 'Several lines make a list.';
      return html`${field(`${at}.label`, criterion.label, (label) => setItemName(dataset, 'criteria', i, label))}
      ${field(`${at}.id`, criterion.id, (id) => setItemId(dataset, 'criteria', i, id), { hint: 'Made from the label: lowercase letters, digits and "-".' })}
      <fieldset>
        <legend>Values${ofItem('criteria', i)}</legend>
        <label class="choice"><input type="radio" name="${at}-kind" .checked=${!shared} @change=${() => kind(false)} /> One value per path</label>
        <label class="choice"><input type="radio" name="${at}-kind" .checked=${shared} @change=${() => kind(true)} /> One value for every path</label>
        ${
          shared
            ? field(`${at}.value`, criterion.value, (text) => setIn(dataset, ['criteria', i, 'value'], fromLines(text)), { lines: true, hint: lines })
            : items('paths').map((path) =>
                typeof path?.id === 'string'
                  ? optional(`${at}.values.${path.id}`, values[path.id], { lines: true, label: `Value for ${String(path.name || path.id)}`, hint: lines })
                  : nothing,
              )
        }
      </fieldset>
      ${optional(`${at}.note`, criterion.note, { hint: 'What a figure is and what it describes, shown and read with the value (such as "Median pay of one related occupation, May 2023").' })}
      <fieldset>
        <legend>Source of this row${ofItem('criteria', i)}</legend>
        ${source(`${at}.`, criterion.source)}
      </fieldset>`;
    });

  const interests = () =>
    section('interests', 'Interests', 'What a student may enjoy: the picker offers them as choices, and roles name the ones they suit.', (interest, i) => {
      const at = `interests[${i}]`;
      return html`${field(`${at}.label`, interest.label, (label) => setItemName(dataset, 'interests', i, label))}
      ${field(`${at}.id`, interest.id, (id) => setItemId(dataset, 'interests', i, id), { hint: 'Made from the label: lowercase letters, digits and "-".' })}`;
    });

  const roles = () =>
    section('roles', 'Roles', 'The jobs a student can aim for, each on one path.', (role, i) => {
      const at = `roles[${i}]`;
      const id = fieldId(`${at}.path`);
      const problems = placed.get(`${at}.path`);
      const chosen = (role.interests ?? []) as unknown[];
      const interestsProblems = placed.get(`${at}.interests`);
      const tick = (interest: string, on: boolean) =>
        setIn(dataset, ['roles', i, 'interests'], on ? [...chosen, interest] : chosen.filter((other) => other !== interest));
      return html`${field(`${at}.title`, role.title, (title) => setItemName(dataset, 'roles', i, title))}
      <fieldset id=${id} tabindex="-1" aria-describedby=${problems ? `${id}-problem` : nothing}>
        <legend>${labelOf(`${at}.path`)}${ofItem('roles', i)}</legend>
        ${items('paths').map(
          (path) => html`<label class="choice">
            <input type="radio" name="${at}-path" .checked=${path?.id === role.path} @change=${() => edit(setIn(dataset, ['roles', i, 'path'], path?.id))} />
            ${String(path?.name || path?.id)}
          </label>`,
        )}
        ${problem(id, problems)}
      </fieldset>
      ${optional(`${at}.summary`, role.summary, { long: true })} ${optional(`${at}.duties`, role.duties, { lines: true, hint: 'One duty per line.' })}
      <fieldset id=${fieldId(`${at}.interests`)} tabindex="-1" aria-describedby=${interestsProblems ? `${fieldId(`${at}.interests`)}-problem` : nothing}>
        <legend>Interests${ofItem('roles', i)}</legend>
        ${
          items('interests').length
            ? items('interests').map(
                (interest) => html`<label class="choice">
                <input type="checkbox" .checked=${chosen.includes(interest?.id)} @change=${(event: Event) => edit(tick(String(interest?.id), (event.target as HTMLInputElement).checked))} />
                ${String(interest?.label || interest?.id)}
              </label>`,
              )
            : html`<p class="hint">Add interests above to offer them here.</p>`
        }
        ${problem(fieldId(`${at}.interests`), interestsProblems)}
      </fieldset>
      ${optional(`${at}.onet`, role.onet, { hint: 'Optional, such as 29-1141.00.' })} ${cta(`${at}.`, role.cta)}`;
    });

  // --- the page ---------------------------------------------------------------------------------

  /** An issue as the list of problems says it: where it is, in the words of the forms, and what. */
  function describe(issue: DataIssue) {
    const field = fieldOf(issue.path, dataset);
    const [, list, index] = field.match(/^(paths|criteria|interests|roles)\[(\d+)\]/) ?? [];
    const where = [list && capital(itemName(dataset, list as List, Number(index))), labelOf(field)].filter(Boolean).join(', ');
    return field ? `${where || capital(field)}: ${issue.message}` : `${issue.path ? `${issue.path}: ` : ''}${issue.message} (in the JSON view)`;
  }

  function goTo(issue: DataIssue) {
    const field = fieldOf(issue.path, dataset);
    view = field ? 'forms' : 'json';
    const own = field.match(/^\w+\[\d+\]/)?.[0];
    if (own) opened.add(own);
    focusNext = field ? fieldId(field) : 'data';
    update();
  }

  function settingsForm(data: Dataset | undefined) {
    const s = settings;
    const radio = <K extends keyof Settings>(name: K, value: Settings[K], label: TemplateResult | string) =>
      html`<label class="choice"><input type="radio" name=${name} value=${String(value)} .checked=${s[name] === value} @change=${() => setting(name, value)} /> ${label}</label>`;
    const select = (name: keyof Settings, id: string, label: string, options: [string, string][]) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} @change=${(event: Event) => setting(name, valueOf(event) as never)}>
          ${options.map(([value, words]) => html`<option .value=${value} ?selected=${s[name] === value}>${words}</option>`)}
        </select>
      </div>`;
    const input = (name: keyof Settings, id: string, label: string, hint?: string | TemplateResult) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
        <input type="text" id=${id} autocapitalize="off" spellcheck="false" .value=${String(s[name])} aria-describedby=${hint ? `${id}-hint` : nothing}
          @input=${(event: Event) => setting(name, valueOf(event) as never)} />
      </div>`;
    const box = (name: 'syncUrl' | 'noTitle', label: TemplateResult) =>
      html`<label class="choice"><input type="checkbox" .checked=${s[name]} @change=${(event: Event) => setting(name, (event.target as HTMLInputElement).checked)} /> ${label}</label>`;
    const hide = (name: 'hiddenPaths' | 'hiddenCriteria', id: string, label: string) =>
      html`<label class="choice"><input type="checkbox" .checked=${!s[name].includes(id)}
        @change=${(event: Event) => setting(name, (event.target as HTMLInputElement).checked ? s[name].filter((other) => other !== id) : [...s[name], id])} /> ${label}</label>`;
    const pathOptions: [string, string][] = (data?.paths ?? []).map((path) => [path.id, path.name]);
    // Its fields and the pasted cells keep the browser's own undo: they are not the dataset.
    return html`<section aria-labelledby="widget-heading" data-own-undo>
      <h2 id="widget-heading">The widget</h2>
      <fieldset>
        <legend>Widget</legend>
        ${radio('tag', 'career-compare', html`Comparison table (<code>&lt;career-compare&gt;</code>)`)}
        ${radio('tag', 'career-picker', html`Role picker (<code>&lt;career-picker&gt;</code>)`)}
      </fieldset>
      ${
        s.tag === 'career-compare'
          ? html`<fieldset>
            <legend>Comparison table</legend>
            <fieldset>
              <legend>Paths to show as columns (<code>paths</code>)</legend>
              ${(data?.paths ?? []).map((path) => hide('hiddenPaths', path.id, path.name))}
            </fieldset>
            <fieldset>
              <legend>Rows to show (<code>criteria</code>)</legend>
              ${[...(data?.criteria ?? []), { id: 'roles', label: 'Typical roles' }].map((criterion) => hide('hiddenCriteria', criterion.id, criterion.label))}
            </fieldset>
            ${select('highlight', 'highlight', 'Highlight a path with a badge (highlight)', [['', 'None'], ...pathOptions])}
            ${select('layout', 'layout', 'Layout (layout)', LAYOUTS)}
          </fieldset>`
          : html`<fieldset>
            <legend>Role picker</legend>
            ${select('path', 'path', 'Path chosen at first (path)', [['', 'All paths'], ...pathOptions])}
            ${box('syncUrl', html`Keep the student's choice in the page address (<code>sync-url</code>)`)}
            ${input('id', 'element-id', 'Element id (id)', 'Needed to keep the choice in the address; unique on the page.')}
          </fieldset>`
      }
      <fieldset>
        <legend>Both widgets</legend>
        ${select('headingLevel', 'heading-level', 'Title heading level (heading-level)', HEADING_LEVELS)}
        ${box('noTitle', html`No title: the page has its own (<code>no-title</code>)`)}
        ${input('linkParams', 'link-params', 'Added to every call-to-action link (link-params)', 'For example utm_source=site&utm_medium=widget')}
        ${select('lang', 'lang', 'Language of the built-in words (lang)', LANGS)}
      </fieldset>
      ${placementForm({
        settings: s,
        data,
        hosted,
        frame: framed,
        downloaded,
        setting,
        download: () => {
          downloaded = downloadJson(data!, root);
          update();
        },
      })}
    </section>`;
  }

  function page(): TemplateResult {
    const s = settings;
    const data = lastValid;
    const blocked = !data
      ? 'Give the data a title and at least one path, with no problems, to get a snippet.'
      : issues.length
        ? 'Fix the problems listed above to get a snippet.'
        : EMBEDDINGS.find((way) => way.value === s.embedding)?.needs === 'src' && !s.src.trim()
          ? 'Give the address of the JSON file to get a snippet.'
          : EMBEDDINGS.find((way) => way.value === s.embedding)?.needs === 'page' && !s.embedPage.trim()
            ? 'Give the address of the embed page to get a snippet.'
            : s.embedding !== 'iframe' && s.script === 'self' && !s.scriptUrl.trim()
              ? 'Give the address of your copy of career-paths.js to get a snippet.'
              : '';
    if (blocked) {
      clearTimeout(writing);
      forgetFrame();
      written = undefined;
      text = '';
    } else if (written?.[0] !== data || written?.[1] !== s) {
      // A large dataset's snippet (its JSON and its fallback table) is written once typing
      // pauses: setting a megabyte of text into the box on every key would hold up the preview.
      clearTimeout(writing);
      if ((data!.roles?.length ?? 0) + (data!.criteria?.length ?? 0) > LARGE) writing = setTimeout(() => (writeSnippet(), update()), PAUSE);
      else writeSnippet();
    }
    // The iframe way refuses data that makes its address too long, once that address is made.
    const refused =
      !blocked && s.embedding === 'iframe' && framed && !framed.fits
        ? `The data makes the address ${framed.url.length.toLocaleString('en')} characters long, more than ${MAX_URL_LENGTH.toLocaleString('en')}: put the data in a JSON file on your site and give its address.`
        : '';
    const held = blocked || refused;
    const summary = issues.length ? `${plural(issues.length, 'problem')}. The preview shows the last version without problems.` : 'No problems.';
    return html`
      <div class="bar">
        <button type="button" id="new" @click=${() => replace(blank(), 'Started a new dataset.', 'New dataset', 'new')}>New dataset</button>
        <button type="button" id="example" @click=${() => replace(structuredClone(example) as Dataset, 'Loaded the example.', 'Load the example', 'example')}>
          Load the example
        </button>
        <button type="button" id="undo" ?disabled=${!past.length} aria-keyshortcuts="Control+Z Meta+Z" @click=${undo}>Undo</button>
        <button type="button" id="redo" ?disabled=${!future.length} aria-keyshortcuts="Shift+Control+Z Shift+Meta+Z" @click=${redo}>Redo</button>
        <button type="button" id="open" @click=${() => root.querySelector<HTMLInputElement>('#open-file')!.click()}>Open JSON file</button>
        <button type="button" id="download" @click=${download}>Download JSON</button>
        <button type="button" id="import" @click=${() => root.querySelector<HTMLInputElement>('#import-file')!.click()}>Import spreadsheet</button>
        <input type="file" id="open-file" hidden accept=".json,application/json" @change=${picked} />
        <input type="file" id="import-file" hidden accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" @change=${picked} />
      </div>
      <p class="saved" role="status" id="saved">${saved}</p>
      <p role="status" id="said">${said}</p>
      <div role="alert" id="load-problems">${loadProblems.length ? html`<ul>${loadProblems.map((words) => html`<li>${words}</li>`)}</ul>` : nothing}</div>

      <section aria-labelledby="problems-heading">
        <h2 id="problems-heading">Problems</h2>
        <p role="status" id="problem-count">${summary}</p>
        ${
          issues.length
            ? html`<ul id="problems">
              ${issues.slice(0, LISTED_PROBLEMS).map((issue) => html`<li><button type="button" class="link" @click=${() => goTo(issue)}>${describe(issue)}</button></li>`)}
            </ul>
            ${issues.length > LISTED_PROBLEMS ? html`<p class="hint" id="problems-more">The first ${LISTED_PROBLEMS} are listed: each one fixed brings up the next.</p>` : nothing}`
            : nothing
        }
      </section>

      <fieldset class="views">
        <legend>Edit the data</legend>
        <label class="choice"><input type="radio" name="view" value="forms" .checked=${view === 'forms'} @change=${() => ((view = 'forms'), (jsonText = undefined), update())} /> With forms</label>
        <label class="choice"><input type="radio" name="view" value="json" .checked=${view === 'json'} @change=${() => ((view = 'json'), update())} /> As JSON</label>
      </fieldset>
      ${
        view === 'json'
          ? html`<section aria-labelledby="json-heading">
            <h2 id="json-heading">The data as JSON</h2>
            <label for="data">Dataset (JSON)</label>
            <p class="hint" id="data-hint">The same data as the forms. A change here shows in the forms once it is valid JSON.</p>
            <textarea id="data" rows="24" spellcheck="false" autocapitalize="off" .value=${jsonText ?? JSON.stringify(dataset, null, 2)}
              aria-invalid=${jsonProblem ? 'true' : nothing} aria-describedby="data-hint${jsonProblem ? ' data-problem' : ''}"
              @input=${(event: Event) => typedJson(valueOf(event))}></textarea>
            ${jsonProblem ? html`<p class="problem" id="data-problem">${jsonProblem}</p>` : nothing}
          </section>`
          : html`${about()} ${paths()} ${criteria()} ${interests()} ${roles()}`
      }

      <section aria-labelledby="sheet-heading" data-own-undo>
        <h2 id="sheet-heading">Import from a spreadsheet</h2>
        <p class="hint">
          One row per item, the first row naming the columns: <code>type</code> (dataset, path, criterion, interest or role), <code>name</code>, and
          any of ${OPTIONAL_COLUMNS.map((column, i) => html`${i ? ', ' : ''}<code>${column}</code>`)}. Several lines in a cell make a list.
          <a href="data:text/csv;charset=utf-8,${encodeURIComponent('\ufeff' + toCsv(TEMPLATE))}" download="career-paths-template.csv">Download the template</a>.
        </p>
        <label for="cells">Cells copied from a spreadsheet</label>
        <textarea id="cells" rows="4" spellcheck="false"></textarea>
        <button type="button" id="import-cells" @click=${() => importSheet(root.querySelector<HTMLTextAreaElement>('#cells')!.value)}>Import pasted cells</button>
      </section>

      ${safely('widget', () => settingsForm(data))}

      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview</h2>
        <p class="hint">${data ? 'The widget as your page will show it.' : 'The preview shows once the data has a title and a path, with no problems.'}</p>
        <div id="preview"></div>
      </section>

      <section aria-labelledby="snippet-heading">
        <h2 id="snippet-heading">Your snippet</h2>
        <p class="hint" id="snippet-hint">Paste it where the widget should appear, in your editor's HTML or code view.</p>
        ${held ? html`<p id="snippet-blocked">${held}</p>` : nothing}
        <div id="snippet-output" ?hidden=${!!held}>
          <label for="snippet">Snippet (HTML)</label>
          <textarea id="snippet" rows="12" readonly spellcheck="false" aria-describedby="snippet-hint" .value=${text}></textarea>
          <button type="button" id="copy" @click=${copy}>Copy snippet</button>
          <p role="status" id="copy-status">${copyStatus}</p>
        </div>
      </section>

      <dialog id="confirm" aria-labelledby="confirm-title" aria-describedby="confirm-message" @close=${() => answer(false)}>
        ${
          confirm
            ? html`<h2 id="confirm-title">${confirm.title}</h2>
              <p id="confirm-message">${confirm.message}</p>
              ${
                confirm.choices
                  ? html`<fieldset>
                    <legend>Its roles</legend>
                    ${confirm.choices.map(
                      (choice, i) =>
                        html`<label class="choice"><input type="radio" name="choice" .value=${choice.value} ?checked=${i === 0} ?autofocus=${i === 0} /> ${choice.label}</label>`,
                    )}
                  </fieldset>`
                  : nothing
              }
              <div class="actions">
                <button type="button" id="confirm-ok" ?autofocus=${!confirm.choices} @click=${() => answer(true)}>${confirm.action}</button>
                <button type="button" @click=${() => answer(false)}>Cancel</button>
              </div>`
            : nothing
        }
      </dialog>
    `;
  }

  async function picked(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (input.id === 'import-file') await importSheet(file);
    else await openFile(file);
  }

  function update() {
    try {
      render(page(), host);
    } catch (error) {
      render(
        html`<p class="crash" role="alert">The editor cannot show this data (${(error as Error).message}). Your work is saved: press Undo.</p>
          <button type="button" @click=${undo}>Undo</button>`,
        host,
      );
    }
    preview();
    const dialog = root.querySelector<HTMLDialogElement>('#confirm');
    if (confirm && dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
    }
    if (focusNext) {
      const target = root.querySelector<HTMLElement>(`#${CSS.escape(focusNext)}`);
      focusNext = undefined;
      target?.focus();
    }
  }

  function preview() {
    const box = root.querySelector('#preview');
    if (!box) return;
    if (!lastValid) return box.replaceChildren();
    if (previewed?.localName !== settings.tag || !box.contains(previewed)) {
      previewed = document.createElement(settings.tag);
      box.replaceChildren(previewed);
    }
    const element = previewed;
    const set = () => {
      if (!lastValid || element !== previewed) return;
      const chosen = attributes(lastValid);
      for (const name of [...element.getAttributeNames()]) if (!(name in chosen)) element.removeAttribute(name);
      for (const [name, value] of Object.entries(chosen))
        if (element.getAttribute(name) !== (value === true ? '' : value)) element.setAttribute(name, value === true ? '' : value);
    };
    if (element.data === lastValid) return set();
    // The data first, and the attributes once the element has it: an attribute may name a path
    // that only the new data has.
    element.data = lastValid;
    void (element as Previewed & { updateComplete?: Promise<unknown> }).updateComplete?.then(set);
  }

  // --- keys and drops ------------------------------------------------------------------------------

  function keydown(event: KeyboardEvent) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || confirm || (event.target as Element).closest?.('[data-own-undo]')) return;
    const key = event.key.toLowerCase();
    if (key === 'z') event.shiftKey ? redo() : undo();
    else if (key === 'y' && !event.shiftKey) redo();
    else return;
    event.preventDefault();
  }
  const dragover = (event: DragEvent) => event.dataTransfer?.types.includes('Files') && event.preventDefault();
  function drop(event: DragEvent) {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void openFile(file);
  }
  root.addEventListener('keydown', keydown);
  root.addEventListener('dragover', dragover);
  root.addEventListener('drop', drop);

  // --- start: the saved work, else the example -----------------------------------------------

  try {
    const kept = JSON.parse(storage.getItem(key) ?? 'null');
    if (kept && typeof kept.dataset === 'object' && kept.dataset !== null) {
      dataset = kept.dataset;
      // Checked as if typed: a setting no control could give is dropped, and said.
      const restored = restoreSettings(kept.settings, defaults);
      settings = restored.settings;
      said = restored.message;
      if (settings.script === 'beside' && !hosted.script) settings.script = 'self';
      saved = 'Restored from this browser. Every change is saved here.';
    } else dataset = structuredClone(example) as Dataset;
  } catch {
    dataset = structuredClone(example) as Dataset;
    said = 'The work saved in this browser could not be read; the example is shown instead.';
  }
  saved ||= 'Every change is saved in this browser.';
  check();
  update();

  return {
    /** Takes the editor off the page (the saved work stays). */
    unmount() {
      clearTimeout(writing);
      forgetFrame();
      root.removeEventListener('keydown', keydown);
      root.removeEventListener('dragover', dragover);
      root.removeEventListener('drop', drop);
      host.remove();
    },
  };
}
