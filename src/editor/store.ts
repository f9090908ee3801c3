import type { Dataset } from '../dataset/format.js';

/**
 * The dataset with its history: every change is a step that Undo takes back, and the steps are
 * kept with the dataset in the browser's storage, so that Undo still goes back after a reload.
 * Everything here is pure except `write()`, which is handed the storage it writes to.
 */

/** How many steps Undo can take back, in the page and after a reload. */
export const HISTORY_LIMIT = 100;

/** The version of what is saved; the first one (no `version`) held only the dataset and settings. */
const VERSION = 2;

type Key = string | number;

/** One change: the value at a path, or without a value its removal. A step is saved as its changes. */
type Change = [path: Key[], value?: unknown];

/** A dataset in the history, and the changes that lead to it from the one after it, once that is fixed. */
interface Step {
  dataset: Dataset;
  changes?: Change[];
}

export interface History {
  dataset: Dataset;
  /** What Undo goes back to, the newest last. */
  past: Step[];
  /** What Redo goes forward to, the next last. */
  future: Step[];
  /** The field that the newest step's typing belongs to, so that a word typed is one step. */
  field: string;
}

/** What is saved in the browser, read back. */
export interface Saved {
  history: History;
  /** The widget's settings, as saved: the editor checks them. */
  settings: unknown;
  /** When it was saved (ms since 1970), and by which editor; 0 and '' for the first format. */
  savedAt: number;
  tab: string;
  /** Read from the first format, which has no history: it is to be saved again in this one. */
  migrated: boolean;
}

const last = <T>(list: T[]): T | undefined => list[list.length - 1];

export const start = (dataset: Dataset): History => ({ dataset, past: [], future: [], field: '' });

/** Puts `dataset` on top of a stack of steps, the one below it now fixed to changes from it. */
function push(stack: Step[], dataset: Dataset): Step[] {
  const top = last(stack);
  const below = top && !top.changes ? [...stack.slice(0, -1), { dataset: top.dataset, changes: diff(dataset, top.dataset) }] : stack;
  return [...below, { dataset }].slice(-HISTORY_LIMIT);
}

/** Takes the top off a stack; the new top's changes led to the one taken, so they are dropped. */
function pop(stack: Step[]): Step[] {
  const rest = stack.slice(0, -1);
  const top = last(rest);
  return top ? [...rest.slice(0, -1), { dataset: top.dataset }] : rest;
}

/**
 * The history with `next` as its dataset. Typing in one field (`field` named, and the same as the
 * last edit's) stays one step; any other edit is a step of its own, and ends what Redo had.
 */
export function edit(history: History, next: Dataset, field = ''): History {
  if (next === history.dataset) return history;
  const sameField = field !== '' && field === history.field;
  return { dataset: next, past: sameField ? history.past : push(history.past, history.dataset), future: [], field };
}

/** A whole new dataset ("New dataset", "Load the example", a file): one step, undone at once. */
export const replace = (history: History, next: Dataset): History => edit(history, next);

export function undo(history: History): History {
  const previous = last(history.past);
  if (!previous) return history;
  return { dataset: previous.dataset, past: pop(history.past), future: push(history.future, history.dataset), field: '' };
}

export function redo(history: History): History {
  const next = last(history.future);
  if (!next) return history;
  return { dataset: next.dataset, past: push(history.past, history.dataset), future: pop(history.future), field: '' };
}

// --- changes between two datasets ------------------------------------------------------------

const isObject = (value: unknown): value is Record<Key, unknown> => typeof value === 'object' && value !== null;

/**
 * The changes that make `from` into `to`. The editor changes a dataset by copying only the path
 * to what changed, so the parts that are the same object are skipped at once. A list whose
 * items moved (a removal near its start) is saved whole rather than item by item.
 */
export function diff(from: unknown, to: unknown, path: Key[] = [], changes: Change[] = []): Change[] {
  if (Object.is(from, to)) return changes;
  if (!isObject(from) || !isObject(to) || Array.isArray(from) !== Array.isArray(to)) {
    changes.push([path, to]);
    return changes;
  }
  if (Array.isArray(from) && Array.isArray(to)) {
    const inner: Change[] = [];
    for (let i = 0; i < to.length; i++) diff(from[i], to[i], [...path, i], inner);
    const changedItems = new Set(inner.map(([at]) => at[path.length])).size;
    if (changedItems > Math.max(4, to.length / 4)) changes.push([path, to]);
    else {
      if (from.length > to.length) changes.push([[...path, 'length'], to.length]);
      changes.push(...inner);
    }
    return changes;
  }
  for (const key of Object.keys(from)) if (!Object.prototype.hasOwnProperty.call(to, key)) changes.push([[...path, key]]);
  for (const key of Object.keys(to)) diff(from[key], to[key], [...path, key], changes);
  return changes;
}

/** `data` with the value at `path` set (or removed), copying only the objects on the way. */
function put(data: unknown, path: Key[], change: Change): unknown {
  if (!path.length) return change[1];
  const [head, ...rest] = path;
  const container = (isObject(data) ? data : typeof head === 'number' ? [] : {}) as Record<Key, unknown>;
  const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<Key, unknown>;
  if (Array.isArray(copy) && head === 'length' && !rest.length) copy.length = Number(change[1]);
  else if (!rest.length && change.length < 2) delete copy[head];
  // Defined, not assigned: a saved "__proto__" key must stay a key, not become a prototype.
  else Object.defineProperty(copy, head, { value: put(container[head], rest, change), enumerable: true, writable: true, configurable: true });
  return copy;
}

export const apply = <T>(data: T, changes: Change[]): T => changes.reduce<unknown>((result, change) => put(result, change[0], change), data) as T;

const isChange = (change: unknown): change is Change =>
  Array.isArray(change) &&
  (change.length === 1 || change.length === 2) &&
  Array.isArray(change[0]) &&
  change[0].every((key: unknown) => typeof key === 'string' || typeof key === 'number');

// --- saved in the browser ------------------------------------------------------------------------

/** A stack of steps as saved: the changes from `dataset` to its top, then to each one below, at most `keep`. */
function chain(dataset: Dataset, stack: Step[], keep: number): Change[][] {
  const kept = stack.slice(Math.max(0, stack.length - keep));
  return kept.map((step, i) => (i === kept.length - 1 ? diff(dataset, step.dataset) : (step.changes ?? diff(kept[i + 1].dataset, step.dataset)))).reverse();
}

/** Steps from their saved changes, walking away from `dataset`; a step that cannot be read ends them. */
function unchain(dataset: Dataset, saved: unknown): Step[] {
  const stack: Step[] = [];
  let at = dataset;
  for (const changes of Array.isArray(saved) ? saved : []) {
    if (!Array.isArray(changes) || !changes.every(isChange)) break;
    at = apply(at, changes);
    if (!isObject(at)) break;
    stack.unshift(stack.length ? { dataset: at, changes } : { dataset: at });
  }
  return stack.slice(-HISTORY_LIMIT);
}

/** The text saved for a history, its last `keep` steps each way, and the settings beside it. */
export function serialize(history: History, settings: unknown, savedAt: number, tab: string, keep = HISTORY_LIMIT): string {
  const { dataset, past, future } = history;
  return JSON.stringify({ version: VERSION, savedAt, tab, dataset, settings, past: chain(dataset, past, keep), future: chain(dataset, future, keep) });
}

/**
 * What was saved, in this format or the first one; undefined when nothing usable was saved.
 * Throws when the text is no JSON. The dataset is never dropped for a history that cannot be read.
 */
export function parse(text: string | null): Saved | undefined {
  const saved: unknown = JSON.parse(text ?? 'null');
  if (!isObject(saved) || !isObject(saved.dataset) || Array.isArray(saved.dataset)) return undefined;
  const dataset = saved.dataset as unknown as Dataset;
  const migrated = saved.version === undefined;
  const history: History = { dataset, past: unchain(dataset, saved.past), future: unchain(dataset, saved.future), field: '' };
  const savedAt = typeof saved.savedAt === 'number' ? saved.savedAt : 0;
  return { history, settings: saved.settings, savedAt, tab: typeof saved.tab === 'string' ? saved.tab : '', migrated };
}

/** Whether an error is the storage being full (its name differs from browser to browser). */
export const isFull = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014);

export type Written = { ok: true; text: string; kept: number } | { ok: false; error: Error; full: boolean };

/**
 * Saves the history under `key`. When the storage is full, fewer steps are tried, down to none:
 * `kept` says how many steps each way were saved. A failed write leaves what was saved before.
 */
export function write(storage: Storage, key: string, history: History, settings: unknown, savedAt: number, tab: string): Written {
  const steps = Math.max(history.past.length, history.future.length);
  for (let keep = steps; ; keep = Math.floor(keep / 2)) {
    const text = serialize(history, settings, savedAt, tab, keep);
    try {
      storage.setItem(key, text);
      return { ok: true, text, kept: keep };
    } catch (error) {
      if (!isFull(error) || keep === 0) return { ok: false, error: error as Error, full: isFull(error) };
    }
  }
}
