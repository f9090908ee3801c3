/**
 * The editor's pure side: where each field of the dataset sits (its JSON path, its label, its
 * element id), how an edit changes the dataset without touching the previous one (so that undo
 * keeps every state for free), and how items are added, copied, moved and removed.
 */
import type { Dataset } from '../dataset/format.js';
import type { DataIssue } from '../dataset/validate.js';

/** A step of a JSON path: a key or a list index. */
export type Step = string | number;

/** The lists of the dataset that the editor shows as items, with the word for one item. */
/** `n` and the word for it, in the singular or the plural: "1 path", "3 criteria". */
export const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

export const LISTS = { paths: 'path', criteria: 'criterion', interests: 'interest', roles: 'role' } as const;
export type List = keyof typeof LISTS;

/** Splits a JSON path such as `roles[2].cta.href` into its steps. */
export function steps(path: string): Step[] {
  const out: Step[] = [];
  for (const [, key, index] of path.matchAll(/\.?([^.[\]]+)|\[(\d+)\]/g)) out.push(index === undefined ? key : Number(index));
  return out;
}

/** Joins steps into a JSON path, as the validator writes them. */
export const pathOf = (parts: Step[]) =>
  parts.reduce<string>((path, step) => (typeof step === 'number' ? `${path}[${step}]` : path ? `${path}.${step}` : step), '');

/** The element id of the field that edits a JSON path. */
export const fieldId = (path: string) => `field-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;

/**
 * The label of each field, by the pattern of its JSON path: the forms and the list of problems
 * take their words from here. A criterion's value for one path is labelled by that path's name.
 */
const LABELS: [RegExp, string][] = [
  [/^title$/, 'Title'],
  [/^intro$/, 'Introduction'],
  [/^lang$/, 'Language'],
  [/^(\w+\[\d+\]\.)?cta\.label$/, 'Call to action text'],
  [/^(\w+\[\d+\]\.)?cta\.href$/, 'Call to action link'],
  [/^(\w+\[\d+\]\.)?cta\.newTab$/, 'Open in a new tab'],
  [/^(\w+\[\d+\]\.)?source\.name$/, 'Source name'],
  [/^(\w+\[\d+\]\.)?source\.url$/, 'Source link'],
  [/^(\w+\[\d+\]\.)?source\.date$/, 'Source date'],
  [/^paths\[\d+\]\.id$/, 'Path id'],
  [/^paths\[\d+\]\.name$/, 'Path name'],
  [/^paths\[\d+\]\.summary$/, 'Summary'],
  [/^paths\[\d+\]\.badge$/, 'Badge'],
  [/^criteria\[\d+\]\.id$/, 'Criterion id'],
  [/^criteria\[\d+\]\.label$/, 'Criterion label'],
  [/^criteria\[\d+\]\.value$/, 'Value for every path'],
  [/^criteria\[\d+\]\.values\.[^.[]+$/, 'Value'],
  [/^criteria\[\d+\]\.note$/, 'Note'],
  [/^interests\[\d+\]\.id$/, 'Interest id'],
  [/^interests\[\d+\]\.label$/, 'Interest label'],
  [/^roles\[\d+\]\.id$/, 'Role id'],
  [/^roles\[\d+\]\.title$/, 'Role title'],
  [/^roles\[\d+\]\.path$/, 'Role path'],
  [/^roles\[\d+\]\.summary$/, 'Summary'],
  [/^roles\[\d+\]\.duties$/, 'Duties'],
  [/^roles\[\d+\]\.interests$/, 'Interests'],
  [/^roles\[\d+\]\.onet$/, 'O*NET-SOC code'],
  [/^(paths|criteria|interests|roles)\[\d+\]$/, ''],
  [/^(paths|criteria|interests|roles)$/, ''],
];

/** The label of the field at a JSON path, or `undefined` when no form field edits it. */
export const labelOf = (path: string) => LABELS.find(([pattern]) => pattern.test(path))?.[1];

/**
 * The path ids of a dataset, made once per list of paths and kept while that list lives: the
 * editor asks for the field of each issue of a validation, and a dataset of 10,000 paths may have
 * as many issues. The editor never changes a dataset in place (`setIn` copies), so a list of
 * paths has the same ids for as long as it exists.
 */
const pathIdCache = new WeakMap<object, Set<unknown>>();
function pathIdsOf(dataset: Dataset): Set<unknown> {
  const paths: unknown = dataset?.paths;
  if (!Array.isArray(paths)) return new Set();
  let ids = pathIdCache.get(paths);
  if (!ids) pathIdCache.set(paths, (ids = new Set(paths.map((item) => (item as { id?: unknown } | null)?.id))));
  return ids;
}

/**
 * The field that shows an issue: the field of the issue's own path, else of the nearest path
 * above it that has one (an item of a list of duties shows at the duties, a missing `values` at
 * its criterion). `''` when no form field fits (a `strings` entry, malformed JSON): the JSON view.
 */
export function fieldOf(path: string, dataset: Dataset): string {
  const parts = steps(path);
  const pathIds = pathIdsOf(dataset);
  while (parts.length) {
    const candidate = pathOf(parts);
    // A value for a path id that is no path has no field: it shows at its criterion.
    const valueFor = candidate.match(/^criteria\[\d+\]\.values\.([^.[]+)$/);
    if (labelOf(candidate) !== undefined && (!valueFor || pathIds.has(valueFor[1]))) return candidate;
    parts.pop();
  }
  return '';
}

/** The issues of a validation grouped by the field that shows them. */
export function placeIssues(issues: DataIssue[], dataset: Dataset): Map<string, DataIssue[]> {
  const placed = new Map<string, DataIssue[]>();
  for (const issue of issues) {
    const field = fieldOf(issue.path, dataset);
    const here = placed.get(field);
    if (here) here.push(issue);
    else placed.set(field, [issue]);
  }
  return placed;
}

/**
 * A copy of `data` with the value at `parts` replaced, sharing every untouched part with the
 * original. `undefined` removes the key; a call to action or a source left empty goes too.
 */
export function setIn<T>(data: T, parts: Step[], value: unknown): T {
  if (!parts.length) return value as T;
  const [head, ...rest] = parts;
  const container = (data ?? (typeof head === 'number' ? [] : {})) as Record<Step, unknown>;
  const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<Step, unknown>;
  const next = setIn(container[head], rest, value);
  const emptied = (head === 'cta' || head === 'source') && next && typeof next === 'object' && !Object.keys(next).length;
  if (next === undefined || emptied) delete copy[head];
  // Defined, not assigned: assigning to "__proto__" (a path id the validator refuses, but which a
  // person may type) would set the object's prototype, and the typed value would vanish.
  else Object.defineProperty(copy, head, { value: next, enumerable: true, writable: true, configurable: true });
  return copy as T;
}

/** Lowercase letters, digits and "-", as ids must be, made from a name. */
export const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');

const itemsOf = (dataset: Dataset, list: List): { id?: string }[] => (Array.isArray(dataset[list]) ? (dataset[list] as { id?: string }[]) : []);

/** An id made from `base` that no other item of the list has (`nursing`, `nursing-2`, …). */
export function uniqueId(dataset: Dataset, list: List, base: string, except?: number) {
  const taken = new Set(
    itemsOf(dataset, list)
      .filter((_, i) => i !== except)
      .map((item) => item?.id),
  );
  const start = base || LISTS[list];
  let id = start;
  for (let n = 2; taken.has(id); n++) id = `${start}-${n}`;
  return id;
}

/** The words that name an item on its buttons: "role Office manager", or "role 3" before it has a title. */
export function itemName(dataset: Dataset, list: List, index: number) {
  const item = itemsOf(dataset, list)[index] as Record<string, unknown> | undefined;
  const name = item?.name ?? item?.title ?? item?.label;
  return `${LISTS[list]} ${typeof name === 'string' && name.trim() ? name.trim() : index + 1}`;
}

/** The field that names the items of each list. */
export const NAME_FIELD: Record<List, string> = { paths: 'name', criteria: 'label', interests: 'label', roles: 'title' };

/** A new, empty item for a list, with an id of its own. */
export function newItem(dataset: Dataset, list: List): Record<string, unknown> {
  const id = uniqueId(dataset, list, `${LISTS[list]}-${itemsOf(dataset, list).length + 1}`);
  if (list === 'criteria') return { id, label: '', values: {} };
  if (list === 'roles') return { id, title: '', path: (Array.isArray(dataset.paths) && dataset.paths[0]?.id) || '' };
  return { id, [NAME_FIELD[list]]: '' };
}

/** Adds an item at the end of a list. */
export const addItem = (dataset: Dataset, list: List): Dataset => setIn(dataset, [list], [...itemsOf(dataset, list), newItem(dataset, list)]);

/** Puts a copy of an item right after it, with an id of its own and "(copy)" after its name. */
export function duplicateItem(dataset: Dataset, list: List, index: number): Dataset {
  const items = [...itemsOf(dataset, list)];
  const copy = structuredClone(items[index]) as Record<string, unknown>;
  const field = NAME_FIELD[list];
  if (typeof copy[field] === 'string') copy[field] = `${copy[field]} (copy)`;
  copy.id = uniqueId(dataset, list, `${slug(String(copy.id ?? '')) || LISTS[list]}-copy`);
  items.splice(index + 1, 0, copy);
  return setIn(dataset, [list], items);
}

/** Moves an item one place up (-1) or down (+1). */
export function moveItem(dataset: Dataset, list: List, index: number, by: -1 | 1): Dataset {
  const items = [...itemsOf(dataset, list)];
  const to = index + by;
  if (to < 0 || to >= items.length) return dataset;
  [items[index], items[to]] = [items[to], items[index]];
  return setIn(dataset, [list], items);
}

/** The roles of a path, by index. */
export const rolesOf = (dataset: Dataset, pathId: string) =>
  (Array.isArray(dataset.roles) ? dataset.roles : []).flatMap((role, i) => (role?.path === pathId ? [i] : []));

/**
 * Removes an item and whatever names it: a path's values in the criteria and its roles (moved to
 * the path `moveRolesTo`, or removed with it), an interest from the roles that name it.
 */
export function removeItem(dataset: Dataset, list: List, index: number, moveRolesTo?: string): Dataset {
  const items = itemsOf(dataset, list);
  const id = items[index]?.id;
  let next = setIn(
    dataset,
    [list],
    items.filter((_, i) => i !== index),
  );
  if (list === 'paths' && typeof id === 'string') {
    const roles = Array.isArray(next.roles) ? next.roles : [];
    next = setIn(
      next,
      ['roles'],
      moveRolesTo ? roles.map((role) => (role?.path === id ? { ...role, path: moveRolesTo } : role)) : roles.filter((role) => role?.path !== id),
    );
    if (!next.roles?.length && dataset.roles === undefined) next = setIn(next, ['roles'], undefined);
    next = renameRefs(next, 'paths', id, undefined);
  }
  if (list === 'interests' && typeof id === 'string') next = renameRefs(next, 'interests', id, undefined);
  return next;
}

/** Points every reference to a path or interest id at a new id, or drops it (`to` undefined). */
export function renameRefs(dataset: Dataset, list: List, from: string, to: string | undefined): Dataset {
  let next = dataset;
  if (list === 'paths' && Array.isArray(next.criteria))
    next = setIn(
      next,
      ['criteria'],
      next.criteria.map((criterion) => {
        const values = criterion?.values;
        if (!values || typeof values !== 'object' || !(from in values)) return criterion;
        // Rebuilt key by key, so that the renamed value keeps its place.
        const renamed = Object.fromEntries(Object.entries(values).flatMap(([key, value]) => (key !== from ? [[key, value]] : to ? [[to, value]] : [])));
        return { ...criterion, values: renamed };
      }),
    );
  if (list === 'paths' && to && Array.isArray(next.roles))
    next = setIn(
      next,
      ['roles'],
      next.roles.map((role) => (role?.path === from ? { ...role, path: to } : role)),
    );
  if (list === 'interests' && Array.isArray(next.roles))
    next = setIn(
      next,
      ['roles'],
      next.roles.map((role) =>
        Array.isArray(role?.interests) && role.interests.includes(from)
          ? { ...role, interests: role.interests.flatMap((interest) => (interest !== from ? [interest] : to ? [to] : [])) }
          : role,
      ),
    );
  return next;
}

/** Gives an item a new id and follows it in every reference. */
export function setItemId(dataset: Dataset, list: List, index: number, id: string): Dataset {
  const old = itemsOf(dataset, list)[index]?.id;
  const next = setIn(dataset, [list, index, 'id'], id);
  return typeof old === 'string' && old !== id ? renameRefs(next, list, old, id) : next;
}

/**
 * Renames an item. An id that was made from the old name (or given when the item was added)
 * follows the new name, so that nobody has to think of ids; one typed by hand stays.
 */
export function setItemName(dataset: Dataset, list: List, index: number, name: string): Dataset {
  const item = itemsOf(dataset, list)[index] as Record<string, unknown> | undefined;
  const field = NAME_FIELD[list];
  const old = typeof item?.[field] === 'string' ? (item[field] as string) : '';
  const id = item?.id;
  let next = setIn(dataset, [list, index, field], name);
  const generated = (id: string) => id.startsWith(LISTS[list]) && /^(-\d+)?$/.test(id.slice(LISTS[list].length));
  if (typeof id === 'string' && (generated(id) || id === uniqueId(dataset, list, slug(old), index)) && slug(name))
    next = setItemId(next, list, index, uniqueId(next, list, slug(name), index));
  return next;
}

/** Text as the lines of a box: one line is a text, several lines are a list. */
export const fromLines = (text: string): string | string[] => {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length > 1 ? lines : (lines[0] ?? '');
};

/** A text or a list of texts as the lines of a box. */
export const toLines = (value: unknown) => (Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '');

/** A blank dataset: what "New dataset" starts from. */
export const blank = (): Dataset => ({ version: 1, title: '', paths: [] });
