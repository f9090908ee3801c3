import type { Dataset } from '../dataset/format.js';
import { VERSION } from '../version.js';
import { attributeHtml, escapeHtml, scriptJson, type Attributes } from './escape.js';
import { fallbackHtml } from './fallback.js';

/**
 * Where the snippet's element reads its data from; `iframe` places the widget in a frame of the
 * embed page instead (./iframe.ts writes that snippet).
 */
export type Embedding = 'data' | 'script' | 'src' | 'iframe';

/**
 * The ways of placing the widget, in the order the editor offers them, the first being the
 * default: the editor renders this list, so a new way is added here and in `snippet()` (or, for
 * `iframe`, in ./iframe.ts). `needs: 'src'` asks for the address of the JSON file; `needs: 'page'`
 * for the address of the embed page. The words are a web editor's: the snippet itself shows
 * which attribute or element each way writes.
 */
export const EMBEDDINGS: readonly { value: Embedding; label: string; needs?: 'src' | 'page' }[] = [
  { value: 'script', label: 'Inside the snippet (recommended): one piece of HTML to paste, nothing to upload' },
  { value: 'src', label: 'In a file you upload to your site: the shortest snippet, and the data can be changed without pasting again', needs: 'src' },
  { value: 'iframe', label: 'In a frame, for platforms that remove scripts (learning platforms, site builders)', needs: 'page' },
  { value: 'data', label: 'In the opening tag, as one long attribute, where an editor removes scripts from what is pasted' },
];

/** The default way: the first one offered. */
export const DEFAULT_EMBEDDING: Embedding = EMBEDDINGS[0].value;

/** The widgets' tags: the only names the snippet writes an element with. */
export const TAGS = ['career-compare', 'career-picker'] as const;

export type Tag = (typeof TAGS)[number];

/** The drop-in file of this version, from the npm CDN. */
export const CDN_URL = `https://cdn.jsdelivr.net/npm/career-paths@${VERSION}/dist/career-paths.js`;

/**
 * Whether an address is one that visitors of a school's pages can reach: none is on a file on
 * disk, or on the editing computer's own or private network (localhost, 127.0.0.1, 10.x, 192.168.x,
 * a `.local` name). Gives why not, in words for the editor, or '' when it is reachable.
 */
export function unreachable(address: string | undefined): string {
  if (!address) return 'This editor cannot tell where its files are';
  const url = new URL(address);
  if (url.protocol === 'file:') return 'This editor is opened from a file on this computer';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'This editor is not opened from a web address';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const local =
    host === 'localhost' ||
    /\.(localhost|local|internal|lan|home\.arpa)$/.test(host) ||
    /^(127|10|0)\.|^192\.168\.|^169\.254\.|^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
    /^(::1?|f[cd][0-9a-f]{2}:.*|fe80:.*)$/i.test(host) ||
    !/[.:]/.test(host);
  return local ? `This editor is opened from a local address (${url.host}), which only this computer or its network can reach` : '';
}

/** The absolute address of `file` beside the drop-in file at `dropIn`, if visitors can reach it. */
export function beside(dropIn: string | undefined, file: string): string | undefined {
  return dropIn && !unreachable(dropIn) ? new URL(file, dropIn).href : undefined;
}

/**
 * The HTML a school's web editor pastes into a page: the script tag, then the element with its
 * attributes, its data (as the `data` attribute, a child JSON script or a `src` URL) and a static
 * fallback of the same content. `script` is where the drop-in file is loaded from: the copy beside
 * the editor, the CDN, or a copy on the school's own site (`/assets/career-paths.js`).
 */
export function snippet(widget: Tag, attributes: Attributes, dataset: Dataset, embedding: Embedding, src = '', script = CDN_URL): string {
  // Written from the list, never from what was given: a name from anywhere else would be markup.
  const tag = TAGS.find((known) => known === widget);
  if (!tag) throw new TypeError(`${JSON.stringify(widget)} is not a widget`);
  const json = JSON.stringify(dataset);
  const all: Attributes = embedding === 'src' ? { src, ...attributes } : embedding === 'data' ? { ...attributes, data: json } : attributes;
  const content = [fallbackHtml(dataset, tag, attributes)];
  if (embedding === 'script') content.push(`<script type="application/json">${scriptJson(json)}</script>`);
  return [
    `<script src="${escapeHtml(script)}" defer></script>`,
    `<${tag}${attributeHtml(all)}>`,
    content.join('\n').replace(/^/gm, '  '),
    `</${tag}>`,
    '',
  ].join('\n');
}
