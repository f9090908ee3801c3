import { parseJson, validate } from './validate.js';
import type { Dataset } from './format.js';
import type { DataIssue } from '../shared/events.js';

/** What loading a source gives: the dataset, or a plain message with the issues behind it. */
export type Loaded = { ok: true; dataset: Dataset } | { ok: false; message: string; issues: DataIssue[]; retry?: boolean };

/** Where an element's dataset comes from, in the contract's order of precedence. */
export interface Sources {
  /** The `data` attribute (JSON text) or property (an object). */
  data?: unknown;
  /** The `src` attribute. */
  src?: string | null;
  /** The text of a child `<script type="application/json">`. */
  script?: string | null;
}

/** One request per URL per page, however many elements name it. */
const requests = new Map<string, Promise<Loaded>>();

/** Fetches a file. A network, a server or a proxy's error page may fail only for now: those failures can be retried. */
async function request(url: string): Promise<Loaded> {
  let message: string;
  try {
    const response = await fetch(url);
    if (response.ok) {
      const parsed = parseJson(await response.text(), url);
      if (parsed.ok) return fromValue(parsed.value);
      message = parsed.issue.message;
    } else message = `Could not load ${url} (HTTP ${response.status})`;
  } catch {
    message = `Could not reach ${url} (network error)`;
  }
  return { ok: false, message, issues: [], retry: true };
}

function fromText(text: string): Loaded {
  const parsed = parseJson(text);
  return parsed.ok ? fromValue(parsed.value) : { ok: false, message: parsed.issue.message, issues: [] };
}

function fromValue(value: unknown): Loaded {
  const result = validate(value);
  return result.ok ? result : { ok: false, message: 'The career data is not valid', issues: result.issues };
}

/**
 * Loads the dataset from the first source present; null while there is none. Inline data (the
 * `data` attribute or property, a child script) is read at once, so that the element renders it
 * in its first update; a `src` gives a promise. Never throws.
 */
export function load(sources: Sources): Loaded | null | Promise<Loaded> {
  const { data, src, script } = sources;
  if (data != null) {
    if (typeof data !== 'string') return fromValue(data);
    // An object given to `data` before the element was defined (a framework that rendered before
    // the package was imported) arrives as the attribute `data="[object Object]"`.
    if (/^\[object \w+\]$/.test(data))
      return { ok: false, message: `The data was set as text (${data}) before the element was defined; set the data property instead`, issues: [] };
    return fromText(data);
  }
  if (src) {
    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      return { ok: false, message: `${src} is not a valid URL`, issues: [] };
    }
    let pending = requests.get(url);
    if (!pending) {
      pending = request(url);
      requests.set(url, pending);
      // A failed request is forgotten, so that a retry asks again.
      pending.then((loaded) => !loaded.ok && loaded.retry && requests.delete(url));
    }
    return pending;
  }
  return script != null ? fromText(script) : null;
}
