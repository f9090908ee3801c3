import { html, nothing, render } from 'lit';
import type { Dataset } from '../dataset/format.js';
import { parseJsonWithPosition } from '../dataset/json-position.js';
import { validate } from '../dataset/validate.js';
import type { Attributes } from './escape.js';
import { snippet, type Embedding } from './snippet.js';
import { MAX_URL_LENGTH } from '../embed/fragment.js';
import { hostScriptUrl, iframeEmbed } from '../embed/iframe.js';

/** How long typing pauses before the data is checked again. */
const PAUSE = 300;

/** Every attribute the builder sets on the previewed element. */
const MANAGED = ['id', 'paths', 'criteria', 'highlight', 'layout', 'path', 'sync-url', 'heading-level', 'no-title', 'link-params', 'lang'];

type Previewed = HTMLElement & { data?: unknown };

/**
 * Brings the builder's markup (demo/builder.html) to life under `root`: checks the data as it is
 * typed, offers the data's paths and criteria as choices, previews the element and writes the
 * snippet. `page` is the address the example data is fetched relative to.
 */
export function mountBuilder(root: ParentNode, page = document.baseURI) {
  const $ = <T extends HTMLElement = HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  const form = $<HTMLFormElement>('builder');
  const data = $<HTMLTextAreaElement>('data');
  const output = $<HTMLTextAreaElement>('snippet');
  const download = $<HTMLAnchorElement>('download');
  // Unchanged words are not written again, so that a screen reader does not repeat them.
  const say = (id: string, text: string) => $(id).textContent !== text && ($(id).textContent = text);

  /** The last valid dataset. */
  let dataset: Dataset | undefined;
  /** What the preview is given: the valid dataset, or the text that fails. */
  let current: unknown;
  let previewed: Previewed | undefined;
  let pause: ReturnType<typeof setTimeout> | undefined;

  const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
  const checked = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].filter((input) => input.checked).map((input) => input.value);

  function check() {
    clearTimeout(pause);
    const parsed = parseJsonWithPosition(data.value);
    const result = parsed.ok ? validate(parsed.value) : undefined;
    const issues = !parsed.ok ? [parsed.issue] : result!.ok ? [] : result!.issues;
    data.setAttribute('aria-invalid', String(issues.length > 0));
    say('issue-count', issues.length ? `${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}` : 'No issues: the data is valid.');
    render(
      issues.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issue.message}</li>`),
      $('issues'),
    );
    if (result?.ok && result.dataset !== dataset) {
      dataset = result.dataset;
      renderChoices(dataset);
      URL.revokeObjectURL(download.href);
      download.href = URL.createObjectURL(new Blob([JSON.stringify(dataset, null, 2)], { type: 'application/json' }));
    }
    current = result?.ok ? result.dataset : data.value;
    update();
  }

  /** The data's paths and criteria as choices; new ones start chosen, earlier choices stay. */
  function renderChoices(dataset: Dataset) {
    const boxes = (name: string, items: { id: string; label: string }[]) => {
      const before = new Map([...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((input) => [input.value, input.checked]));
      render(
        items.map((item) => html`<label><input type="checkbox" name=${name} .value=${item.id} .checked=${before.get(item.id) ?? true} /> ${item.label}</label>`),
        $(name),
      );
    };
    const options = (name: string, none: string) => {
      const select = $<HTMLSelectElement>(name);
      const chosen = select.value;
      render([html`<option value="">${none}</option>`, dataset.paths.map((path) => html`<option .value=${path.id}>${path.name}</option>`)], select);
      select.value = dataset.paths.some((path) => path.id === chosen) ? chosen : '';
    };
    const paths = dataset.paths.map((path) => ({ id: path.id, label: path.name }));
    boxes('paths', paths);
    boxes('criteria', [...(dataset.criteria ?? []), { id: 'roles', label: 'Typical roles' }]);
    options('highlight', 'None');
    options('path', 'All paths');
  }

  /** The element's attributes as the form sets them, leaving out every default. */
  function attributes(tag: string, dataset: Dataset): Attributes {
    const chosen: Attributes = {};
    const set = (name: string, text: string, unless = '') => text !== unless && (chosen[name] = text);
    if (tag === 'career-picker') {
      const sync = checked('sync-url').length > 0;
      if (sync || value('id')) chosen.id = value('id') || 'career-picker';
      set('path', value('path'));
      if (sync) chosen['sync-url'] = true;
    } else {
      const list = (name: string, all: string[]) => set(name, checked(name).join(' '), checked(name).length ? all.join(' ') : '');
      list('paths', dataset.paths.map((path) => path.id));
      list('criteria', [...(dataset.criteria ?? []).map((criterion) => criterion.id), 'roles']);
      set('highlight', value('highlight'));
      set('layout', value('layout'), 'auto');
    }
    set('heading-level', value('heading-level'), '2');
    if (checked('no-title').length) chosen['no-title'] = true;
    set('link-params', value('link-params'));
    set('lang', value('lang'));
    return chosen;
  }

  /** Counts the updates, so that an iframe snippet made late does not replace a newer snippet. */
  let updates = 0;

  function update() {
    const tag = value('tag');
    const embedding = value('embedding') as Embedding;
    const src = value('src');
    const run = ++updates;
    $('compare-options').hidden = tag !== 'career-compare';
    $('picker-options').hidden = tag !== 'career-picker';
    $('src-options').hidden = embedding !== 'src';
    $('iframe-options').hidden = embedding !== 'iframe';
    const chosen = dataset ? attributes(tag, dataset) : {};

    if (previewed?.localName !== tag) {
      previewed = document.createElement(tag);
      $('preview').replaceChildren(previewed);
    }
    for (const name of MANAGED) if (!(name in chosen)) previewed.removeAttribute(name);
    for (const [name, text] of Object.entries(chosen)) previewed.setAttribute(name, text === true ? '' : text);
    previewed.data = current;

    const blocked = !data.value.trim()
      ? 'Paste a dataset above to get a snippet.'
      : current !== dataset || !dataset
        ? 'Fix the problems in the data to get a snippet.'
        : embedding === 'src' && !src
          ? 'Give the address of the JSON file to get a snippet.'
          : embedding === 'iframe' && !value('embed-page')
            ? 'Give the address of the embed page to get a snippet.'
            : '';
    if (embedding === 'iframe' && !blocked) {
      const page = value('embed-page');
      say('host-script', hostScriptUrl(page));
      iframeEmbed(page, tag === 'career-picker' ? 'picker' : 'compare', chosen, dataset!, value('iframe-src')).then((iframe) => {
        if (run !== updates) return;
        say('iframe-height', String(iframe.height));
        show(
          iframe.fits ? iframe.snippet : '',
          iframe.fits
            ? ''
            : `The data makes the address ${iframe.url.length.toLocaleString('en')} characters long, more than ${MAX_URL_LENGTH.toLocaleString('en')}: put the data in a JSON file on your site and give its address.`,
        );
      });
      return;
    }
    show(blocked ? '' : snippet(tag, chosen, dataset!, embedding, src), blocked);
  }

  function show(text: string, blocked: string) {
    say('snippet-blocked', blocked);
    $('snippet-blocked').hidden = !blocked;
    $('snippet-output').hidden = !!blocked;
    if (text !== output.value) {
      output.value = text;
      say('copy-status', '');
    }
  }

  async function reload() {
    const url = new URL(form.dataset.example!, page);
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      data.value = await response.text();
      check();
    } catch (error) {
      say('issue-count', `Could not load the example data (${(error as Error).message}). Paste your own dataset instead.`);
    }
  }

  async function copy() {
    say('copy-status', '');
    try {
      await navigator.clipboard.writeText(output.value);
      say('copy-status', 'Copied');
    } catch {
      // No clipboard API (an insecure page, an older browser) or no permission: copy the selection.
      output.focus();
      output.select();
      say('copy-status', document.execCommand('copy') ? 'Copied' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy');
    }
  }

  data.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(check, PAUSE);
  });
  for (const type of ['input', 'change']) form.addEventListener(type, (event) => event.target !== data && update());
  form.addEventListener('submit', (event) => event.preventDefault());
  $('reload').addEventListener('click', reload);
  $('copy').addEventListener('click', copy);
  update();
  return reload();
}
