import { mountBuilder } from '../../src/builder/page.js';

/**
 * Puts the builder page's markup and style into this page and brings it to life, as if it were
 * served at /demo/builder.html. Resolves once the example data is in.
 */
export async function mountBuilderPage() {
  const page = new URL('/demo/builder.html', location.href).href;
  const markup = new DOMParser().parseFromString(await (await fetch(page)).text(), 'text/html');
  const style = document.importNode(markup.querySelector('style')!, true);
  const main = document.importNode(markup.querySelector('main')!, true);
  document.head.append(style);
  document.body.append(main);
  await mountBuilder(main, page);
  return {
    main,
    $: <T extends HTMLElement = HTMLElement>(selector: string) => main.querySelector<T>(selector)!,
    remove: () => (main.remove(), style.remove()),
  };
}

/** Replaces `navigator.clipboard` for one test; gives back what was written to it. */
export function fakeClipboard(writeText?: (text: string) => Promise<void>) {
  const written: string[] = [];
  const value = writeText === undefined ? { writeText: async (text: string) => void written.push(text) } : { writeText };
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  return { written, restore: () => delete (navigator as { clipboard?: unknown }).clipboard };
}
