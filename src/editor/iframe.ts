/**
 * What the editor needs to place a widget as an `<iframe>` of the embed page: the embed address,
 * the snippet, a fixed height that shows the widget without the host script, and whether the
 * address is short enough to offer.
 */
import type { Dataset } from '../dataset/format.js';
import { attributeHtml, type Attributes } from './escape.js';
import { encodeDataset, MAX_URL_LENGTH } from '../embed/fragment.js';
import { ATTRIBUTES, WIDGETS, type Widget } from '../embed/params.js';

/**
 * The recommended `sandbox`: scripts (the widget is a script), its own origin (to fetch a `src`
 * dataset beside the page without CORS headers; the page is ours and never the host's origin
 * unless the host serves it itself), popups that are not themselves sandboxed (links marked to
 * open in a new tab, and the new tab where top navigation is refused), and top navigation only
 * when the reader clicks (calls to action leave the frame). No forms, no modals, no downloads.
 * No `allow` is recommended: the widget uses no feature that a permissions policy governs.
 */
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

/** The embed page's address, from the address of the folder it is in (`…/dist/`) or its own. */
export function embedPage(address: string): string {
  const trimmed = address.trim();
  const bare = trimmed.split(/[?#]/, 1)[0];
  return /\.html?$/i.test(bare) ? bare : trimmed.replace(/\/?$/, '/embed.html');
}

/**
 * The address of a widget on the embed page at `page`: `widget`, then the attributes the embed
 * page reads (others, such as `id` or `sync-url`, are left out), then the fragment if any.
 */
export function embedUrl(page: string, widget: Widget, attributes: Attributes, fragment = ''): string {
  const query = new URLSearchParams({ widget });
  for (const name of ATTRIBUTES[widget]) {
    const value = attributes[name];
    if (value !== undefined) query.set(name, value === true ? '' : value);
  }
  return `${embedPage(page)}?${query}${fragment ? `#${fragment}` : ''}`;
}

/** Whether an embed address is short enough to offer (see `MAX_URL_LENGTH`). */
export const fitsInUrl = (url: string) => url.length <= MAX_URL_LENGTH;

/** The host script's address beside the embed page. */
export const hostScriptUrl = (page: string) => {
  const address = embedPage(page);
  return `${address.slice(0, address.lastIndexOf('/') + 1)}embed.js`;
};

export interface IframeOptions {
  /** The embed address (`embedUrl`). */
  url: string;
  /** The frame's accessible name: what the widget is about. */
  title: string;
  /** The fixed height in CSS pixels, used as long as the host script does not size the frame. */
  height: number;
}

/** The `<iframe>` a school's web editor pastes where scripts are stripped. */
export function iframeSnippet({ url, title, height }: IframeOptions): string {
  const attributes: Attributes = {
    'data-career-paths': true,
    src: url,
    title,
    width: '100%',
    height: String(height),
    style: 'width: 100%; border: 0',
    loading: 'lazy',
    sandbox: SANDBOX,
  };
  return `<iframe${attributeHtml(attributes)}></iframe>\n`;
}

/**
 * The height (CSS pixels) of the embed page showing `widget` in a frame `width` pixels wide: the
 * widget is rendered, out of sight in `document`, as the embed page renders it (its body's
 * padding and font, the title as an h1, the attributes the address carries) and measured once
 * its size holds still for a frame. The widget's element must be defined in `document`.
 */
export async function measuredHeight(document: Document, width: number, widget: Widget, attributes: Attributes, dataset: Dataset): Promise<number> {
  // As dist/embed.html's body: margin 0, padding 4px, font 100%/1.5 system-ui.
  const page = document.createElement('div');
  page.style.cssText = `position: absolute; left: -10000px; top: 0; visibility: hidden; box-sizing: border-box; width: ${width}px; padding: 4px; font: 100%/1.5 system-ui, sans-serif`;
  const element = document.createElement(WIDGETS[widget]) as HTMLElement & { data?: unknown; updateComplete?: Promise<unknown> };
  element.setAttribute('heading-level', '1');
  for (const name of ATTRIBUTES[widget]) {
    const value = attributes[name];
    if (value !== undefined && name !== 'src') element.setAttribute(name, value === true ? '' : value);
  }
  element.data = dataset;
  // The embed page's <main> is a plain block: a <div> here, which the editor's page styles leave alone.
  page.append(document.createElement('div'));
  page.firstElementChild!.append(element);
  document.body.append(page);
  try {
    await element.updateComplete;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = -1;
    let height = Math.ceil(page.getBoundingClientRect().height);
    // The layout may change once the element has measured itself (a table that does not fit).
    for (let tries = 0; height !== last && tries < 10; tries++) {
      await frame();
      await element.updateComplete;
      last = height;
      height = Math.ceil(page.getBoundingClientRect().height);
    }
    return height;
  } finally {
    page.remove();
  }
}

/** Everything the builder shows for the iframe way of placing a widget. */
export interface IframeEmbed {
  /** The embed address, with the dataset in its fragment unless `src` was given. */
  url: string;
  /** The fixed height of the frame (`measuredHeight`), and the width it was measured at. */
  height: number;
  width: number;
  /** Whether the address is short enough to offer (`fitsInUrl`). */
  fits: boolean;
  /** The `<iframe>` to paste. */
  snippet: string;
}

/**
 * The iframe for a widget on the embed page at `page`, of the height measured at a width: the
 * dataset from `src` when given, else packed into the address's fragment.
 */
export async function iframeEmbed(
  page: string,
  widget: Widget,
  attributes: Attributes,
  dataset: Dataset,
  { width, height }: { width: number; height: number },
  src = '',
): Promise<IframeEmbed> {
  const fragment = src ? '' : await encodeDataset(JSON.stringify(dataset));
  const url = embedUrl(page, widget, src ? { ...attributes, src } : attributes, fragment);
  return { url, height, width, fits: fitsInUrl(url), snippet: iframeSnippet({ url, title: dataset.title, height }) };
}
