// The editor page loads the drop-in beside its own script: the preview is the real element.
import '../../src/career-paths.js';
import { mountEditor } from '../../src/editor/editor.js';
import { CDN_URL } from '../../src/editor/snippet.js';
import { HEALTHCARE, text } from '../helpers.js';

/** Where the editor in tests says its drop-in file is: a school's public site. */
export const HOSTED_DROP_IN = 'https://careers.example.edu/career-paths/career-paths.js';

/**
 * Puts the editor page's markup and style into this page and brings the editor to life, as if
 * it were served at /demo/builder.html, keeping its work in `storage` under `key`. `dropIn` is
 * where the editor takes its drop-in file to be (by default on a public site; '' for unknown).
 */
export async function mountEditorPage({ storage = localStorage, key = 'career-paths-editor-test', fresh = true, dropIn = HOSTED_DROP_IN } = {}) {
  if (fresh) storage.removeItem(key);
  const page = new URL('/demo/builder.html', location.href).href;
  const markup = new DOMParser().parseFromString(await (await fetch(page)).text(), 'text/html');
  const style = document.importNode(markup.querySelector('style')!, true);
  const main = document.importNode(markup.querySelector('main')!, true);
  document.head.append(style);
  document.body.append(main);
  const example = await (await fetch(HEALTHCARE)).json();
  let editor = mountEditor(main, { example, storage, key, dropIn });
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => main.querySelector<T>(selector)!;
  const $$ = <T extends HTMLElement = HTMLElement>(selector: string) => [...main.querySelectorAll<T>(selector)];
  return {
    main,
    example,
    $,
    $$,
    /** The button whose name (visible words and those for screen readers) is `name`. */
    button: (name: string) => {
      const found = $$<HTMLButtonElement>('button').find((button) => text(button) === name);
      if (!found) throw new Error(`no button "${name}"`);
      return found;
    },
    /** The `n`th field labelled `label`. */
    field: <T extends HTMLElement = HTMLInputElement>(label: string, n = 0) => {
      const found = $$<HTMLLabelElement>('label').filter((element) => text(element) === label)[n];
      if (!found?.htmlFor) throw new Error(`no field labelled "${label}"`);
      return main.querySelector<T>(`#${CSS.escape(found.htmlFor)}`)!;
    },
    /** Takes the editor off the page and mounts it again on the same storage, as a reload does. */
    reload: () => {
      editor.unmount();
      editor = mountEditor(main, { example, storage, key, dropIn });
    },
    remove: () => {
      editor.unmount();
      main.remove();
      style.remove();
    },
  };
}

/** Replaces `navigator.clipboard` for one test; gives back what was written to it. */
export function fakeClipboard(writeText?: (text: string) => Promise<void>) {
  const written: string[] = [];
  const value = writeText === undefined ? { writeText: async (text: string) => void written.push(text) } : { writeText };
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  return { written, restore: () => delete (navigator as { clipboard?: unknown }).clipboard };
}

/** Hands files to a file input, as choosing them in the browser's file picker does. */
export function choose(input: HTMLInputElement, ...files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Drops files on an element, as dragging them from the desktop does. */
export function drop(target: Element, ...files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
}

/** Opens HTML in a fresh page, the built file standing in for the CDN and the school's site. */
export async function openInFreshPage(markup: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A school page</title></head><body><h1>Programs</h1>${markup.replace(CDN_URL, '/dist/career-paths.js').replace(HOSTED_DROP_IN, '/dist/career-paths.js')}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}
