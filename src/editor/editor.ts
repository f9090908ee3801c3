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
  plural,
  removeItem,
  rolesOf,
  setIn,
  setItemId,
  setItemName,
  slug,
  type List,
} from './fields.js';
import { forms, formState } from './forms.js';
import { embedPageProblem, plainProblem } from './plain.js';
import { beside, DEFAULT_EMBEDDING, EMBEDDINGS, snippet, CDN_URL, unreachable, type Embedding, type Tag } from './snippet.js';
import { HEADING_LEVELS, LAYOUTS, restoreSettings } from './settings.js';
import { COLUMNS, isBinary, TEMPLATE, toCsv } from './spreadsheet.js';
import { isBlank, isSheetFile, readJsonFile, readSheetFrom, replaceQuestion, type Loaded } from './io.js';
import { closeQuestion, questionDialog, showQuestion, type Question } from './question.js';
import { MAX_URL_LENGTH } from '../embed/fragment.js';
import { iframeEmbed, measuredHeight, type IframeEmbed } from './iframe.js';
import { downloadJson, followWidth, frameWidth, placementForm, widgetAttributes } from './placement.js';
import * as store from './store.js';
import { SavedWork } from './saving.js';
import { follow, previewAttributes, previewButton, previewNote, previewPane, previewState, previewTag, showPreview } from './preview.js';
import { counts, part, problemsIn, stepsNav, workStep } from './layout.js';

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
  /** The dataset with its steps of Undo and Redo: `dataset` is always its dataset. */
  let history: store.History;
  let issues: DataIssue[] = [];
  let placed = new Map<string, DataIssue[]>();
  /** The problems of each item, as text: an item is drawn again when they change. */
  let issueKeys = new Map<string, string>();
  /** The items of long lists whose fields are open. */
  const opened = new Set<string>();
  /** The items of short lists folded to one line since the focus left them. */
  const folded = new Set<string>();
  /** The sections (about, paths, …) folded to their heading. */
  const foldedParts = new Set<string>();
  /** The preview's own choices and the item it follows. */
  const previewing = previewState();
  /** The last dataset without problems: what the preview and the snippet show. */
  let lastValid: Dataset | undefined;
  let view: 'forms' | 'json' = 'forms';
  /** Text typed in the JSON view that is not (yet) the dataset, and why. */
  let jsonText: string | undefined;
  let jsonProblem = '';
  let said = '';
  let loadProblems: string[] = [];
  let copyStatus = '';
  let confirm: Question | undefined;
  let focusNext: string | undefined;
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
  /** What the person did with the fields: which were left, whether "Check" was pressed. */
  const seen = formState();
  const {
    shows,
    showsIssue,
    shown,
    hasShown,
    keyOf,
    problem,
    field,
    optional,
    required,
    cta,
    newTab,
    source,
    more,
    language,
    check: checkAll,
  } = forms(
    {
      get dataset() {
        return dataset;
      },
      get placed() {
        return placed;
      },
      edit,
      update,
    },
    seen,
  );
  /** Follows the preview's width while the iframe way is chosen: the frame is measured at it. */
  let resizing: { disconnect: () => void } | undefined;
  /** The JSON file last downloaded beside the address it is to be uploaded to. */
  let downloaded = '';
  // Rendered into a box of its own, so that unmounting leaves the root as it was.
  const host = root.appendChild(document.createElement('div'));

  // --- the one way to change the dataset ---------------------------------------------------

  function edit(next: Dataset, field = '') {
    if (next === dataset) return;
    followPaths(dataset, next);
    history = store.edit(history, next, field);
    dataset = history.dataset;
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

  const save = () => work.save(history, settings);

  /** Another tab saved this work, or may have: the page shows it before anything is overwritten. */
  const work = new SavedWork(storage, key, () => {
    if (work.seeOther()) update();
  });

  /** Takes the other tab's copy, with its history, as a reload would. */
  function loadOther() {
    const copy = work.takeOther();
    if (!copy) return;
    history = copy.history;
    dataset = history.dataset;
    said = `Loaded the version from the other tab. ${takeSettings(copy.settings)}`.trim();
    jsonText = undefined;
    jsonProblem = '';
    focusNext = 'new';
    check();
    update();
  }

  function keepThis() {
    work.keepThis(history, settings);
    said = "Kept this version: it replaced the other tab's copy.";
    focusNext = 'new';
    update();
  }

  /** Takes saved settings as if typed: one no control could give is dropped. Says what was. */
  function takeSettings(kept: unknown) {
    const restored = restoreSettings(kept, defaults);
    settings = restored.settings;
    if (settings.script === 'beside' && !hosted.script) settings.script = 'self';
    return restored.message;
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

  function step(move: (before: store.History) => store.History, done: string) {
    const moved = move(history);
    if (moved === history) return;
    history = moved;
    dataset = history.dataset;
    jsonText = undefined;
    jsonProblem = '';
    said = done;
    save();
    check();
    update();
  }
  const undo = () => step(store.undo, 'Undone.');
  const redo = () => step(store.redo, 'Redone.');

  /** Marks a setting's field as left: from then on its problem shows. */
  function leaveSetting(name: keyof Settings) {
    if (seen.left.has(`settings.${name}`)) return;
    seen.left.add(`settings.${name}`);
    update();
  }

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
    ] as const) {
      if (open) opened.add(`${list}[${at}]`);
      else opened.delete(`${list}[${at}]`);
    }
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

  /**
   * Replaces the work with `next`, asking first when there is work to lose: the question says
   * what goes and what comes. The replacement is one step of the history, undone in one.
   */
  function replace(next: Dataset, words: string, action: string, returnTo: string, from = '') {
    loadProblems = [];
    const run = () => {
      said = words;
      // The preview never shows the work replaced as if it were the new one.
      lastValid = undefined;
      edit(next);
    };
    if (isBlank(dataset)) return run();
    said = '';
    ask({ title: `${action}?`, message: replaceQuestion(dataset, next, from), action, run, returnTo });
  }

  /** Says why a file or pasted cells are refused, and only that: nothing else changed. */
  const refuse = (...problems: string[]) => {
    said = '';
    loadProblems = problems;
    update();
  };

  /** A file or pasted cells read: refused, or the replacement asked for. */
  function loaded(result: Loaded, action: string, returnTo: string) {
    if (!result.ok) return refuse(...result.problems);
    replace(result.dataset, result.done, action, returnTo, result.from);
  }

  /** A file chosen or dropped: a spreadsheet is imported, anything else opened as JSON. */
  async function openFile(file: File, returnTo = 'open') {
    if (isSheetFile(file)) loaded(await readSheetFrom(file), 'Import spreadsheet', returnTo === 'open' ? 'import' : returnTo);
    else loaded(await readJsonFile(file), 'Open JSON file', returnTo);
  }

  const importSheet = async (source: File | string, returnTo: string) => loaded(await readSheetFrom(source), 'Import spreadsheet', returnTo);

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

  function ask(question: Question) {
    confirm = question;
    update();
  }

  function answer(ok: boolean) {
    const question = confirm;
    if (!question) return;
    confirm = undefined;
    const choice = closeQuestion(root);
    focusNext ??= question.returnTo;
    if (ok) question.run(choice);
    else update();
  }

  // --- the snippet -----------------------------------------------------------------------------

  /** The element's attributes as the settings give them, leaving out every default. */
  const attributes = (data: Dataset, s: Settings = settings): Attributes => widgetAttributes(s, data);

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

  // --- fields: see forms.ts ------------------------------------------------------------------

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
   * One item of a list: a disclosure whose summary is its name, its fields in a fieldset, then its
   * buttons. It is open while it is edited and folds to its summary once the focus leaves it. In a
   * long list each item starts closed and its fields are drawn only while it is open, so that a
   * dataset of 1,000 roles stays quick to open and to type in.
   */
  function item(list: List, index: number, body: () => TemplateResult, long: boolean) {
    const name = itemName(dataset, list, index);
    const count = items(list).length;
    const own = `${list}[${index}]`;
    const problems = shown(own);
    const button = (action: string, words: string, run: () => void, disabled = false) =>
      html`<button type="button" id="${list}-${index}-${action}" ?disabled=${disabled} @click=${run}>
        ${words}<span class="visually-hidden"> ${name}</span>
      </button>`;
    const title = String(items(list)[index]?.[NAME_FIELD[list]] ?? '').trim();
    const legend = `${capital(LISTS[list])} ${index + 1}${title ? `: ${title}` : ''}`;
    const open = isOpen(own, long);
    // The summary says the item's name: the legend says it again for screen readers only.
    const fields =
      open || !long
        ? html`<fieldset id=${fieldId(own)} tabindex="-1" aria-describedby=${problems ? `${fieldId(own)}-problem` : nothing}>
            <legend class="visually-hidden">${legend}</legend>
            ${problem(fieldId(own), problems)} ${safely(name, body)}
            <div class="actions">
              ${button('up', 'Move up', () => move(list, index, -1), index === 0)}
              ${button('down', 'Move down', () => move(list, index, 1), index === count - 1)}
              ${button('duplicate', 'Duplicate', () => duplicate(list, index))} ${button('remove', 'Remove', () => remove(list, index))}
            </div>
          </fieldset>`
        : nothing;
    const toggle = (event: Event) => {
      const now = (event.target as HTMLDetailsElement).open;
      if (now === isOpen(own, long)) return;
      setOpen(own, long, now);
      update();
    };
    // Folded once the focus has gone elsewhere in the page: not while the window is in the
    // background, and not while the focus only moves inside the item.
    const leave = (event: FocusEvent) => {
      const entry = event.currentTarget as HTMLElement;
      if (entry.contains(event.relatedTarget as Node | null)) return;
      setTimeout(() => {
        if (!entry.isConnected || entry.dataset.item !== own || entry.contains(document.activeElement) || !document.hasFocus()) return;
        if (!isOpen(own, long)) return;
        setOpen(own, long, false);
        update();
      });
    };
    return html`<li data-item=${own} @focusout=${leave}>
      <details ?open=${open} @toggle=${toggle}>
        <summary>${legend}${problems || hasShown(own) ? html` <span class="problem">(has problems)</span>` : nothing}</summary>
        ${fields}
      </details>
    </li>`;
  }

  /** Whether an item shows its fields: a long list's items open when asked, others until left. */
  const isOpen = (own: string, long: boolean) => (long ? opened.has(own) : !folded.has(own));
  function setOpen(own: string, long: boolean, open: boolean) {
    if (long && open) opened.add(own);
    else if (long) opened.delete(own);
    else if (open) folded.delete(own);
    else folded.add(own);
  }

  /** Folds or unfolds a section of the forms. */
  function togglePart(id: string) {
    if (foldedParts.has(id)) foldedParts.delete(id);
    else foldedParts.add(id);
    update();
  }

  /** A section of the forms, folding to its heading, which says its items and problems. */
  const formPart = (id: string, heading: string, body: TemplateResult, itemsOf?: List) => {
    const problems = problemsIn(id, placed);
    const many = itemsOf && items(itemsOf).length;
    return part(
      {
        id,
        heading,
        counts: counts(problems, itemsOf ? [many ?? 0, LISTS[itemsOf], itemsOf === 'criteria' ? 'criteria' : `${LISTS[itemsOf]}s`] : undefined),
        troubled: problems > 0,
        open: !foldedParts.has(id),
        toggle: () => togglePart(id),
      },
      body,
    );
  };

  function section(list: List, heading: string, intro: string, body: (entry: Record<string, unknown>, index: number) => TemplateResult) {
    const problems = shown(list);
    return formPart(
      list,
      heading,
      html`<p class="hint">${intro}</p>
        ${problem(fieldId(list), problems)}
        ${safely(heading.toLowerCase(), () => {
          if (dataset[list] !== undefined && !Array.isArray(dataset[list])) throw new Error(`"${list}" is not a list`);
          const all = items(list);
          const long = all.length > COLLAPSE_AFTER;
          // No list without items: an empty one says so in words.
          if (!all.length) return html`<p class="hint" id=${fieldId(list)} tabindex="-1">No ${heading.toLowerCase()} yet.</p>`;
          // An item is drawn again only when it, its place, or what its fields offer changed.
          return html`<ol class="items" id=${fieldId(list)} tabindex="-1">
            ${all.map((entry, index) =>
              guard(
                [
                  entry,
                  index,
                  all.length,
                  long,
                  isOpen(`${list}[${index}]`, long),
                  issueKeys.get(`${list}[${index}]`),
                  keyOf(`${list}[${index}]`),
                  dataset.paths,
                  dataset.interests,
                ],
                () => item(list, index, () => body(entry ?? {}, index), long),
              ),
            )}
          </ol>`;
        })}
        <button type="button" id="add-${list}" @click=${() => add(list)}>Add ${LISTS[list]}</button>`,
      list,
    );
  }

  // --- the forms ---------------------------------------------------------------------------------

  // The dataset's own source has no field: neither widget shows it. A source a student should
  // see is given on the criterion it backs (its "More options"), where both widgets show it; the
  // JSON view still keeps and edits the dataset's.
  const about = () =>
    formPart(
      'about',
      'About this comparison',
      html`${safely('comparison', () => {
        const link = dataset.cta as unknown;
        return html`${required('title', dataset.title, { hint: 'The heading of both widgets, such as "Nursing vs. Medical Assisting".' })}
      ${optional('intro', dataset.intro, { long: true })}
      ${language()}
      <fieldset>
        <legend>Call to action under the picker's roles</legend>
        ${cta('', link)} ${more('cta', ['cta.newTab'], newTab('', link))}
      </fieldset>
      `;
      })}`,
    );

  const paths = () =>
    section('paths', 'Paths', 'The careers or programs compared: one column each.', (path, i) => {
      const at = `paths[${i}]`;
      return html`${field(`${at}.name`, path.name, (name) => setItemName(dataset, 'paths', i, name))}
      ${optional(`${at}.summary`, path.summary, { long: true })} ${cta(`${at}.`, path.cta)}
      ${more(
        at,
        [`${at}.id`, `${at}.badge`, `${at}.cta.newTab`],
        html`${field(`${at}.id`, path.id, (id) => setItemId(dataset, 'paths', i, id), { hint: 'Made from the name: lowercase letters, digits and "-". Used in links and settings.' })}
        ${optional(`${at}.badge`, path.badge, { hint: 'Shown on the highlighted path, such as "Our program".' })} ${newTab(`${at}.`, path.cta)}`,
      )}`;
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
      ${more(
        at,
        [`${at}.id`, `${at}.source.name`, `${at}.source.url`, `${at}.source.date`],
        html`${field(`${at}.id`, criterion.id, (id) => setItemId(dataset, 'criteria', i, id), { hint: 'Made from the label: lowercase letters, digits and "-".' })}
          <fieldset>
            <legend>Source of this row${ofItem('criteria', i)}</legend>
            ${source(`${at}.`, criterion.source)}
          </fieldset>`,
      )}`;
    });

  const interests = () =>
    section(
      'interests',
      'Interests',
      'What a student may enjoy: the picker offers them as choices, and roles name the ones they suit. Interests show only in the picker, not in the comparison.',
      (interest, i) => {
        const at = `interests[${i}]`;
        return html`${field(`${at}.label`, interest.label, (label) => setItemName(dataset, 'interests', i, label))}
        ${more(
          at,
          [`${at}.id`],
          field(`${at}.id`, interest.id, (id) => setItemId(dataset, 'interests', i, id), { hint: 'Made from the label: lowercase letters, digits and "-".' }),
        )}`;
      },
    );

  const roles = () =>
    section(
      'roles',
      'Roles',
      'The jobs a student can aim for, each on one path. Duties and interests show only in the picker; the comparison lists role titles.',
      (role, i) => {
        const at = `roles[${i}]`;
        const id = fieldId(`${at}.path`);
        const problems = shown(`${at}.path`);
        const chosen = (role.interests ?? []) as unknown[];
        const interestsProblems = shown(`${at}.interests`);
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
      ${cta(`${at}.`, role.cta)}
      ${more(
        at,
        [`${at}.onet`, `${at}.cta.newTab`],
        html`${optional(`${at}.onet`, role.onet, { hint: 'Optional, such as 29-1141.00.' })} ${newTab(`${at}.`, role.cta)}`,
      )}`;
      },
    );

  // --- the page ---------------------------------------------------------------------------------

  /** An issue as the list of problems says it: where it is, in the words of the forms, and what. */
  function describe(issue: DataIssue) {
    const at = fieldOf(issue.path, dataset);
    const [, list, index] = at.match(/^(paths|criteria|interests|roles)\[(\d+)\]/) ?? [];
    const where = [list && capital(itemName(dataset, list as List, Number(index))), labelOf(at)].filter(Boolean).join(', ');
    return at ? `${where || capital(at)}: ${plainProblem(issue, at, dataset)}` : `${issue.path ? `${issue.path}: ` : ''}${issue.message} (in the JSON view)`;
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
    /** A text setting; `wrong` says why a value cannot be used, once the field has been left. */
    const input = (name: keyof Settings, id: string, label: string, hint?: string | TemplateResult, wrong?: (value: string) => string) => {
      const why = wrong && shows(`settings.${name}`) ? wrong(String(s[name])) : '';
      const described = [hint && `${id}-hint`, why && `${id}-problem`].filter(Boolean).join(' ') || nothing;
      return html`<div class="field">
        <label for=${id}>${label}</label>
        ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
        <input type="text" id=${id} autocapitalize="off" spellcheck="false" .value=${String(s[name])} aria-invalid=${why ? 'true' : nothing}
          aria-describedby=${described} @input=${(event: Event) => setting(name, valueOf(event) as never)}
          @blur=${() => leaveSetting(name)} />
        ${why ? html`<p class="problem" id="${id}-problem">${why}</p>` : nothing}
      </div>`;
    };
    const box = (name: 'syncUrl' | 'noTitle', label: TemplateResult) =>
      html`<label class="choice"><input type="checkbox" .checked=${s[name]} @change=${(event: Event) => setting(name, (event.target as HTMLInputElement).checked)} /> ${label}</label>`;
    const hide = (name: 'hiddenPaths' | 'hiddenCriteria', id: string, label: string) =>
      html`<label class="choice"><input type="checkbox" .checked=${!s[name].includes(id)}
        @change=${(event: Event) => setting(name, (event.target as HTMLInputElement).checked ? s[name].filter((other) => other !== id) : [...s[name], id])} /> ${label}</label>`;
    const pathOptions: [string, string][] = (data?.paths ?? []).map((path) => [path.id, path.name]);
    // Its fields and the pasted cells keep the browser's own undo: they are not the dataset.
    return html`<section aria-labelledby="widget-heading" data-own-undo>
      <h3 id="widget-heading">The widget</h3>
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
      </fieldset>
      ${placementForm({
        settings: s,
        data,
        hosted,
        frame: framed,
        downloaded,
        setting,
        problem: (name) => (name === 'embedPage' && shows('settings.embedPage') ? embedPageProblem(s.embedPage, location.origin) : ''),
        leave: leaveSetting,
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
            : EMBEDDINGS.find((way) => way.value === s.embedding)?.needs === 'page' && embedPageProblem(s.embedPage, location.origin)
              ? `The address of the embed page cannot be used. ${embedPageProblem(s.embedPage, location.origin)}`
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
      if ((data!.roles?.length ?? 0) + (data!.criteria?.length ?? 0) > LARGE)
        writing = setTimeout(() => {
          writeSnippet();
          update();
        }, PAUSE);
      else writeSnippet();
    }
    // The iframe way refuses data that makes its address too long, once that address is made.
    const refused =
      !blocked && s.embedding === 'iframe' && framed && !framed.fits
        ? `The data makes the address ${framed.url.length.toLocaleString('en')} characters long, more than ${MAX_URL_LENGTH.toLocaleString('en')}: put the data in a JSON file on your site and give its address.`
        : '';
    const held = blocked || refused;
    const summary = issues.length ? `${plural(issues.length, 'problem')}. The preview shows the last version without problems.` : 'No problems.';
    const shownTag = previewTag(previewing, s.tag);
    // A problem is listed once its field has been left, or once "Check" is pressed.
    const listed = issues.filter((issue) => {
      const at = fieldOf(issue.path, dataset);
      return !at || showsIssue(issue, at);
    });
    return html`
      <div class="bar">
        <button type="button" id="new" @click=${() => replace(blank(), 'Started a new dataset.', 'New dataset', 'new')}>New dataset</button>
        <button type="button" id="example" @click=${() => replace(structuredClone(example) as Dataset, 'Loaded the example.', 'Load the example', 'example')}>
          Load the example
        </button>
        <button type="button" id="undo" ?disabled=${!history.past.length} aria-keyshortcuts="Control+Z Meta+Z" @click=${undo}>Undo</button>
        <button type="button" id="redo" ?disabled=${!history.future.length} aria-keyshortcuts="Shift+Control+Z Shift+Meta+Z" @click=${redo}>Redo</button>
        <button type="button" id="open" @click=${() => root.querySelector<HTMLInputElement>('#open-file')!.click()}>Open JSON file</button>
        <button type="button" id="download" @click=${download}>Download JSON</button>
        <button type="button" id="import" @click=${() => root.querySelector<HTMLInputElement>('#import-file')!.click()}>Import spreadsheet</button>
        <input type="file" id="open-file" hidden accept=".json,application/json" @change=${picked} />
        <input type="file" id="import-file" hidden accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" @change=${picked} />
      </div>
      <p class="saved" role="status" id="saved">${work.status}</p>
      ${
        work.other
          ? html`<div class="other-tab" id="other-tab" role="group" aria-labelledby="other-tab-words">
              <p role="alert" id="other-tab-words">${work.otherWords(work.other)}</p>
              <button type="button" id="load-other" @click=${loadOther}>Load that version</button>
              <button type="button" id="keep-this" @click=${keepThis}>Keep this one</button>
            </div>`
          : nothing
      }
      <p role="status" id="said">${said}</p>
      <div role="alert" id="load-problems">${loadProblems.length ? html`<ul>${loadProblems.map((words) => html`<li>${words}</li>`)}</ul>` : nothing}</div>

      ${previewButton(previewing, update, focusLater)}
      <div class="workspace">
      <div class="work">
      ${stepsNav()}
      ${workStep(
        0,
        html`
      <fieldset class="views">
        <legend>Edit the data</legend>
        <label class="choice"><input type="radio" name="view" value="forms" .checked=${view === 'forms'} @change=${() => showView('forms')} /> With forms</label>
        <label class="choice"><input type="radio" name="view" value="json" .checked=${view === 'json'} @change=${() => showView('json')} /> As JSON</label>
      </fieldset>
      ${
        view === 'json'
          ? html`<section aria-labelledby="json-heading">
            <h3 id="json-heading">The data as JSON</h3>
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
        <h3 id="sheet-heading">Import from a spreadsheet</h3>
        <p class="hint">
          One row per item, the first row naming the columns: <code>type</code> (dataset, path, criterion, interest or role), <code>name</code>, and
          any of ${OPTIONAL_COLUMNS.map((column, i) => html`${i ? ', ' : ''}<code>${column}</code>`)}. Several lines in a cell make a list.
          <a href="data:text/csv;charset=utf-8,${encodeURIComponent('\ufeff' + toCsv(TEMPLATE))}" download="career-paths-template.csv">Download the template</a>.
        </p>
        <label for="cells">Cells copied from a spreadsheet</label>
        <textarea id="cells" rows="4" spellcheck="false"></textarea>
        <button type="button" id="import-cells" @click=${() => importSheet(root.querySelector<HTMLTextAreaElement>('#cells')!.value, 'import-cells')}>Import pasted cells</button>
      </section>`,
      )}

      ${workStep(
        1,
        html`<section aria-labelledby="problems-heading">
        <h3 id="problems-heading">Problems</h3>
        <p role="status" id="problem-count">${summary}</p>
        ${listed.length < issues.length ? html`<p class="hint" id="problems-unlisted">Press Check to list ${listed.length ? 'them all' : 'them'}.</p>` : nothing}
        <button type="button" id="check" @click=${checkAll}>Check</button>
        ${
          listed.length
            ? html`<ul id="problems">
              ${listed.slice(0, LISTED_PROBLEMS).map((issue) => html`<li><button type="button" class="link" @click=${() => goTo(issue)}>${describe(issue)}</button></li>`)}
            </ul>
            ${listed.length > LISTED_PROBLEMS ? html`<p class="hint" id="problems-more">The first ${LISTED_PROBLEMS} are listed: each one fixed brings up the next.</p>` : nothing}`
            : nothing
        }
      </section>
`,
      )}

      ${workStep(
        2,
        html`
      ${safely('widget', () => settingsForm(data))}

      <section aria-labelledby="snippet-heading">
        <h3 id="snippet-heading">Your snippet</h3>
        <p class="hint" id="snippet-hint">Paste it where the widget should appear, in your editor's HTML or code view.</p>
        ${held ? html`<p id="snippet-blocked">${held}</p>` : nothing}
        <div id="snippet-output" ?hidden=${!!held}>
          <label for="snippet">Snippet (HTML)</label>
          <textarea id="snippet" rows="12" readonly spellcheck="false" aria-describedby="snippet-hint" .value=${text}></textarea>
          <button type="button" id="copy" @click=${copy}>Copy snippet</button>
          <p role="status" id="copy-status">${copyStatus}</p>
        </div>
      </section>`,
      )}
      </div>
      ${previewPane({ state: previewing, tag: shownTag, snippetTag: s.tag, note: previewNote(previewing, shownTag, data, issues.length), changed: update, focus: focusLater })}
      </div>

      ${questionDialog(confirm, answer)}
    `;
  }

  async function picked(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (input.id === 'import-file') await importSheet(file, 'import');
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
    showQuestion(root, confirm);
    if (focusNext) {
      const target = reveal(focusNext);
      focusNext = undefined;
      target?.focus();
    }
  }

  /** Focuses the control `id` once the page is drawn again. */
  function focusLater(id: string) {
    focusNext = id;
    update();
  }

  /**
   * The element `id`, unfolded if it sits in a folded item or section: a control is focused, or a
   * problem is shown, only where it can be seen.
   */
  function reveal(id: string) {
    const find = () => root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    const target = find();
    const own = target?.closest<HTMLElement>('[data-item]')?.dataset.item;
    const section = target?.closest<HTMLElement>('[data-part]')?.dataset.part;
    const long = !!own && items(own.replace(/\[.*/, '') as List).length > COLLAPSE_AFTER;
    const unfold = (own && !isOpen(own, long)) || (section && foldedParts.has(section));
    if (!unfold) return target;
    if (own) setOpen(own, long, true);
    if (section) foldedParts.delete(section);
    render(page(), host);
    return find();
  }

  /** The widget as the page will show it, following the role or criterion being edited. */
  function preview() {
    const box = root.querySelector('#preview');
    if (!box) return;
    const tag = previewTag(previewing, settings.tag);
    const data = lastValid;
    showPreview(previewing, box, tag, data, () => (data ? previewAttributes(previewing, tag, data, attributes(data, { ...settings, tag })) : {}));
  }

  /** The preview follows the item that the focus goes into. */
  function focusin(event: FocusEvent) {
    const own = (event.target as Element).closest?.<HTMLElement>('[data-item]')?.dataset.item;
    if (own && follow(previewing, own, dataset, settings.tag)) update();
  }

  // --- keys and drops ------------------------------------------------------------------------------

  /** Shows the forms or the JSON view; the forms drop JSON text typed but not taken. */
  function showView(next: 'forms' | 'json') {
    view = next;
    if (next === 'forms') jsonText = undefined;
    update();
  }

  function keydown(event: KeyboardEvent) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || confirm || (event.target as Element).closest?.('[data-own-undo]')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && event.shiftKey) redo();
    else if (key === 'z') undo();
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
  root.addEventListener('focusin', focusin);
  root.addEventListener('dragover', dragover);
  root.addEventListener('drop', drop);

  // --- start: the saved work, else the example -----------------------------------------------

  try {
    const kept = work.restore();
    history = kept?.history ?? store.start(structuredClone(example) as Dataset);
    if (kept) {
      said = takeSettings(kept.settings);
      work.status = 'Restored from this browser. Every change is saved here.';
    }
  } catch {
    history = store.start(structuredClone(example) as Dataset);
    said = 'The work saved in this browser could not be read; the example is shown instead.';
  }
  dataset = history.dataset;
  work.status ||= 'Every change is saved in this browser.';
  check();
  update();

  return {
    /** Takes the editor off the page (the saved work stays). */
    unmount() {
      clearTimeout(writing);
      forgetFrame();
      work.close();
      root.removeEventListener('keydown', keydown);
      root.removeEventListener('focusin', focusin);
      root.removeEventListener('dragover', dragover);
      root.removeEventListener('drop', drop);
      host.remove();
    },
  };
}
