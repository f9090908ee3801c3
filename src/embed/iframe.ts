/**
 * What the builder needs to place a widget as an `<iframe>`: the embed address, the snippet, a
 * fixed height that shows the widget without the host script, and whether the address is short
 * enough to offer.
 */
import type { Dataset, Texts } from '../dataset/format.js';
import { attributeHtml, type Attributes } from '../builder/escape.js';
import { encodeDataset, MAX_URL_LENGTH } from './fragment.js';
import { ATTRIBUTES, type Widget } from './params.js';

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

/** One line of body text, in CSS pixels (16 px at line height 1.5). */
const LINE = 24;

/** How many lines a text takes in a column about `chars` characters wide; a list adds its margins. */
const lines = (value: Texts | undefined, chars: number): number =>
  value === undefined
    ? 1
    : Array.isArray(value)
      ? value.reduce((sum, item) => sum + lines(item, chars - 3), 0) + 1
      : Math.max(1, Math.ceil(value.length / chars));

const ids = (list: string | true | undefined) => (typeof list === 'string' ? list.split(/\s+/).filter(Boolean) : []);

/**
 * A fixed frame height (CSS pixels) that shows the whole widget in a frame about 720 px wide: the
 * comparison as a table, the picker with its filters and its first roles (a long list scrolls
 * inside the frame). An estimate from the text lengths, on the generous side; with the host
 * script the frame follows the content instead.
 */
export function suggestedHeight(widget: Widget, dataset: Dataset, attributes: Attributes = {}): number {
  let total = attributes['no-title'] ? 0 : 3;
  if (dataset.intro) total += lines(dataset.intro, 70) + 1;
  if (widget === 'compare') {
    const chosen = ids(attributes.paths);
    const paths = chosen.length ? dataset.paths.filter((path) => chosen.includes(path.id)) : dataset.paths;
    const shown = paths.slice(0, dataset.paths.length > 3 && !chosen.length ? 3 : undefined);
    // 45 em less 11 em of row headers, shared by the columns, at about 2 characters per em.
    const chars = Math.max(10, Math.floor(((45 - 11) / Math.max(shown.length, 1)) * 2) - 4);
    if (dataset.paths.length > 3) total += 3 + Math.ceil(dataset.paths.length / 3);
    total += 2 + Math.max(...shown.map((path) => lines(path.name, chars) + (path.badge ? 1 : 0)));
    if (shown.some((path) => path.summary)) total += 2 + Math.max(...shown.map((path) => lines(path.summary, chars)));
    const named = ids(attributes.criteria);
    const rows = [...(dataset.criteria ?? []), { id: 'roles', label: 'Typical roles' } as const].filter((row) => !named.length || named.includes(row.id));
    for (const row of rows) {
      const values: Texts[] =
        row.id === 'roles'
          ? shown.map((path) => (dataset.roles ?? []).filter((role) => role.path === path.id).map((role) => role.title))
          : shown.map((path) => ('values' in row && row.values?.[path.id]) || ('value' in row && row.value) || '—');
      const source = 'source' in row && row.source ? lines(`Source: ${row.source.name}, ${row.source.date ?? ''}`, 14) + 1 : 0;
      total += 2 + Math.max(lines(row.label, 14) + source, ...values.map((value) => lines(value, chars)));
    }
    if (shown.some((path) => path.cta)) total += 3;
  } else {
    total += 4; // the path select and its label
    if (dataset.interests?.length) total += 2 + Math.ceil(dataset.interests.length / 2) * 2;
    total += 2 + 2 * Math.min(dataset.roles?.length ?? 0, 8) + 8; // the status, the first roles, one opened
  }
  return Math.ceil((total * LINE + 32) / 10) * 10;
}

/** Everything the builder shows for the iframe way of placing a widget. */
export interface IframeEmbed {
  /** The embed address, with the dataset in its fragment unless `src` was given. */
  url: string;
  /** The fixed height of the frame (`suggestedHeight`). */
  height: number;
  /** Whether the address is short enough to offer (`fitsInUrl`). */
  fits: boolean;
  /** The `<iframe>` to paste. */
  snippet: string;
}

/**
 * The iframe for a widget on the embed page at `page`: the dataset from `src` when given, else
 * packed into the address's fragment.
 */
export async function iframeEmbed(page: string, widget: Widget, attributes: Attributes, dataset: Dataset, src = ''): Promise<IframeEmbed> {
  const fragment = src ? '' : await encodeDataset(JSON.stringify(dataset));
  const url = embedUrl(page, widget, src ? { ...attributes, src } : attributes, fragment);
  const height = suggestedHeight(widget, dataset, attributes);
  return { url, height, fits: fitsInUrl(url), snippet: iframeSnippet({ url, title: dataset.title, height }) };
}
