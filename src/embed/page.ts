/**
 * The embed page's script (dist/embed-page.js, loaded by dist/embed.html after the drop-in file):
 * puts the widget named by the address on the page, sends links out of the frame, and tells the
 * host page its height and the widget's events.
 *
 * Any site may frame this page, with any address, and every message goes to whichever window that
 * is (`'*'`): so the page posts only what anyone can see by opening the same address. It reads a
 * `src` itself, without the reader's cookies, and hands it to the widget only when it is a valid
 * dataset: of any other file (an error status, a page, JSON that is not a dataset) it shows and
 * posts "not a dataset", nothing more. An error is posted as a code and a count, never as text.
 */
import type { CareerErrorDetail } from '../shared/events.js';
import { validate } from '../dataset/validate.js';
import { decodeDataset, FRAGMENT_KEY } from './fragment.js';
import { readParams, WIDGETS } from './params.js';

/** What the host page hears of a `career-error`: which kind of failure, and how many issues. */
export interface PostedError {
  code: 'not-a-dataset' | 'invalid';
  count: number;
}

/** What crosses for a failure with `count` issues: none means the file was no dataset at all. */
const postedError = (count: number): PostedError => (count ? { code: 'invalid', count } : { code: 'not-a-dataset', count: 0 });

/** The events the widgets raise, posted on to the host page, each with what of its detail crosses. */
const EVENTS: Record<string, (detail: never) => unknown> = {
  'career-select': (detail) => detail,
  'career-filter': (detail) => detail,
  'career-cta': (detail) => detail,
  'career-error': ({ issues }: CareerErrorDetail) => postedError(issues.length),
};

const framed = parent !== window;
const post = (message: object) => {
  try {
    parent.postMessage(message, '*');
  } catch {
    // A detail that cannot be cloned is not worth breaking the page for.
  }
};

/** A line of plain text on the page, for the cases where there is no element to say it. */
function say(text: string, where: ParentNode = document.querySelector('main') ?? document.body) {
  const line = document.createElement('p');
  line.textContent = text;
  where.append(line);
}

/**
 * Opens a link outside the frame: in the top window, else in a new tab, else in the frame itself.
 *
 * Whether the host's sandbox lets the frame navigate the top window cannot be read (no API gives
 * a frame its sandbox flags, and an opaque origin says nothing about top navigation), so it is
 * tried: setting `top.location.href` throws a SecurityError where the sandbox forbids it
 * (https://html.spec.whatwg.org/multipage/browsing-the-web.html#navigate, "allowed by sandboxing
 * to navigate"). `window.open` returns null where popups are forbidden too.
 */
function leave(href: string) {
  try {
    top!.location.href = href;
    return;
  } catch {
    // Top navigation refused: try a new tab.
  }
  const tab = open(href, '_blank');
  if (tab) {
    try {
      // Still about:blank and ours: cut the tie before the other site loads.
      tab.opener = null;
    } catch {
      // Already navigated away: nothing to cut.
    }
    return;
  }
  location.href = href;
}

/**
 * Calls to action, the O*NET link and sources are links inside the element's shadow root: the
 * click's composed path reaches them. A click that a listener cancelled, a modified click (new
 * tab, new window) and a link that opens in a new tab by itself keep the browser's behaviour.
 */
function onClick(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
  if (!link || link.target === '_blank' || !/^https?:$|^mailto:$|^tel:$/.test(link.protocol)) return;
  const here = location.href.split('#', 1)[0];
  if (link.href.split('#', 1)[0] === here) return; // a link within the page
  event.preventDefault();
  leave(link.href);
}

/** A `src` the page reads: one on its own site, or an `https:` one elsewhere (which must allow it with CORS). */
function readable(src: string): URL | null {
  try {
    const url = new URL(src, location.href);
    return url.origin === location.origin || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Reads a `src`: its text when it is a valid dataset; else how many issues a file that claims to
 * be one (`"version": 1`) has, or 0 for anything else, failures to load included.
 */
async function readDataset(src: string): Promise<string | number> {
  const url = readable(src);
  if (!url) return 0;
  try {
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) return 0;
    const text = await response.text();
    const value = JSON.parse(text) as { version?: unknown } | null;
    if (value?.version !== 1) return 0;
    const result = validate(value);
    return result.ok ? text : result.issues.length;
  } catch {
    return 0;
  }
}

/** Says that `src` names no dataset, here and to the host page; nothing of the file itself. */
function notADataset(count: number) {
  say(
    count
      ? `The file named by src= is not a valid dataset: it has ${count} ${count === 1 ? 'problem' : 'problems'}. The dataset editor or npx career-paths validate names them.`
      : 'The file named by src= is not a dataset: it could not be read, or it is not a career-paths dataset.',
  );
  if (framed) post({ type: 'career-paths:event', name: 'career-error', detail: postedError(count) });
}

async function start() {
  const { widget, attributes } = readParams(location.search);
  if (!widget) {
    say(`This address names no widget: it needs widget=${Object.keys(WIDGETS).join(' or widget=')}.`);
    return;
  }
  const element = document.createElement(WIDGETS[widget]) as HTMLElement & { data?: unknown };
  // The widget's title is the page's h1, framed or not: a frame is a document of its own.
  element.setAttribute('heading-level', '1');
  // `src` is read here, not by the element: see readDataset.
  for (const [name, value] of attributes) if (name !== 'src') element.setAttribute(name, value);
  const src = attributes.find(([name]) => name === 'src')?.[1];
  const lang = element.getAttribute('lang');
  if (lang && /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(lang)) document.documentElement.lang = lang;

  let json: string | null = null;
  try {
    json = await decodeDataset(location.hash);
  } catch {
    // Damaged data gives the element's in-place error (an empty text "ends too early"), with the
    // likely reason below it.
    json = '';
    say('The data in this address could not be read: the address may have been cut short when it was copied.', element);
  }
  if (json === null && src) {
    const read = await readDataset(src);
    if (typeof read === 'number') return notADataset(read);
    json = read;
  }
  if (json !== null) element.data = json;
  else say(`This address names no data: it needs src= or #${FRAGMENT_KEY}= (the builder makes both).`, element);
  (document.querySelector('main') ?? document.body).append(element);
}

addEventListener('click', onClick);
if (framed) {
  for (const [name, crossing] of Object.entries(EVENTS))
    addEventListener(name, (event) => post({ type: 'career-paths:event', name, detail: crossing((event as CustomEvent).detail as never) }));
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) post({ type: 'career-paths:height', height: (last = height) });
  }).observe(document.documentElement);
}
start();
